namespace TrackLayer.ControlsAsCode.Model;

// Destination declarations (TLC2001–TLC2099) and control, ISMS and certification declarations (TLC3xxx).
// Ids are stable once documented: retire an id, never renumber it.
internal static partial class DiagnosticIds
{
    public const string DestinationWithoutDeclaration = "TLC2001";
    public const string DestinationDeclarationIncomplete = "TLC2002";
    public const string RetentionNotIsoDuration = "TLC2003";
    public const string PlainHttpEndpoint = "TLC2004";
    public const string DuplicateDestinationId = "TLC2005";

    public const string UnknownControlId = "TLC3001";
    public const string Iso2013ControlId = "TLC3002";
    public const string ExcludedWithoutJustification = "TLC3003";
    public const string ApplicableWithoutOwner = "TLC3004";
    public const string ApplicableWithoutStatus = "TLC3005";
    public const string ApplicableWithoutReason = "TLC3006";
    public const string ConflictingControlDeclarations = "TLC3007";
    public const string InvalidDate = "TLC3008";
    public const string CertifiedWithoutCertificate = "TLC3009";
    public const string DuplicateControlDeclaration = "TLC3010";
}
