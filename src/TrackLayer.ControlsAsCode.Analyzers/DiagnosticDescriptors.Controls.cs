using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers;

// Destination declarations (TLC2001–TLC2099) and control / certification declarations (TLC3xxx).
internal static partial class DiagnosticDescriptors
{
    /// <summary>Diagnostic property: replacement values a fix offers (2022 ids, an https URL), separated by <see cref="SuggestionSeparator"/>.</summary>
    public const string SuggestionsProperty = "Suggestions";

    /// <summary>Separates <see cref="SuggestionsProperty"/> values; no control id or URL we suggest contains it.</summary>
    public const char SuggestionSeparator = ' ';

    /// <summary>Diagnostic property of TLC2001: the destination id the fix's skeleton proposes.</summary>
    public const string DestinationIdProperty = "DestinationId";

    private static readonly string[] CompilationEndTags = { WellKnownDiagnosticTags.CompilationEnd };

    public static readonly DiagnosticDescriptor DestinationWithoutDeclaration = new(
        id: DiagnosticIds.DestinationWithoutDeclaration,
        title: "Destination type without a [Destination] declaration",
        messageFormat: "'{0}' implements ITrackingDestination but has no [Destination] declaration; declare its id, owner, purpose and retention",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A class or struct that implements ITrackingDestination sends tracking data out, but without a [Destination] declaration it is missing from the destination inventory, the retention register and the flow checks.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DestinationWithoutDeclaration));

    public static readonly DiagnosticDescriptor DestinationDeclarationIncomplete = new(
        id: DiagnosticIds.DestinationDeclarationIncomplete,
        title: "Destination declaration without owner, purpose or retention",
        messageFormat: "Destination '{0}' does not declare {1}; state who owns it, why data goes there and how long it is kept",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Every destination in the inventory needs an id, an owner, a purpose and a retention period. An empty or white-space value counts as missing.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DestinationDeclarationIncomplete));

    public static readonly DiagnosticDescriptor RetentionNotIsoDuration = new(
        id: DiagnosticIds.RetentionNotIsoDuration,
        title: "Retention is not an ISO 8601 duration",
        messageFormat: "Retention '{0}' of destination '{1}' is not an ISO 8601 duration; write it as P90D, P13M, P2Y or P4W",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The retention register computes deletion dates from the declared retention, so it must be an ISO 8601 duration (P90D, P14M, P1Y6M, P4W, PT12H) rather than prose.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.RetentionNotIsoDuration));

    public static readonly DiagnosticDescriptor PlainHttpEndpoint = new(
        id: DiagnosticIds.PlainHttpEndpoint,
        title: "Destination endpoint uses plain HTTP",
        messageFormat: "Endpoint '{0}' of destination '{1}' is plain http://; send data over https://",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Tracking data sent over plain HTTP can be read and altered in transit (ISO/IEC 27001:2022 A.8.24, A.5.14). Loopback endpoints (localhost, 127.0.0.0/8, [::1]) are not flagged: the data does not leave the host.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.PlainHttpEndpoint));

    public static readonly DiagnosticDescriptor DuplicateDestinationId = new(
        id: DiagnosticIds.DuplicateDestinationId,
        title: "Destination id declared more than once",
        messageFormat: "Destination id '{0}' is declared {1} times; give each destination its own id",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Destination ids key the destination inventory and the flow checks; two declarations with one id (compared ignoring case) make both ambiguous.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DuplicateDestinationId),
        customTags: CompilationEndTags);

    public static readonly DiagnosticDescriptor UnknownControlId = new(
        id: DiagnosticIds.UnknownControlId,
        title: "Unknown Annex A control id",
        messageFormat: "'{0}' is not an ISO/IEC 27001:2022 Annex A control id; use an id from 5.1 to 8.34, such as 8.24",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The control id names no ISO/IEC 27001:2022 Annex A control and no ISO/IEC 27001:2013 control, so the declaration cannot appear in the Statement of Applicability.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnknownControlId));

    public static readonly DiagnosticDescriptor Iso2013ControlId = new(
        id: DiagnosticIds.Iso2013ControlId,
        title: "ISO/IEC 27001:2013 control id",
        messageFormat: "'{0}' is an ISO/IEC 27001:2013 control id; declare the 2022 control {1}",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Certification against ISO/IEC 27001:2013 ended in October 2025. The declaration is mapped to its 2022 successor in the documents, but the code should say the id the auditor reads.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.Iso2013ControlId));

    public static readonly DiagnosticDescriptor ExcludedWithoutJustification = new(
        id: DiagnosticIds.ExcludedWithoutJustification,
        title: "Excluded control without justification",
        messageFormat: "Control {0} is excluded without a justification; say why it does not apply",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ISO/IEC 27001:2022 clause 6.1.3 d) requires the Statement of Applicability to justify every exclusion.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ExcludedWithoutJustification));

    public static readonly DiagnosticDescriptor ApplicableWithoutOwner = new(
        id: DiagnosticIds.ApplicableWithoutOwner,
        title: "Applicable control without owner",
        messageFormat: "Applicable control {0} has no Owner; name the role or team that answers for it",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An applicable control nobody owns is not operated; auditors ask who is responsible for each control.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ApplicableWithoutOwner));

    public static readonly DiagnosticDescriptor ApplicableWithoutStatus = new(
        id: DiagnosticIds.ApplicableWithoutStatus,
        title: "Applicable control without implementation status",
        messageFormat: "Applicable control {0} has no implementation Status; set Status = ImplementationStatus.Implemented, PartiallyImplemented, Planned or NotImplemented",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Statement of Applicability states how far each applicable control is implemented (ISO/IEC 27001:2022 clause 6.1.3 d); an unspecified status shows as a gap.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ApplicableWithoutStatus));

    public static readonly DiagnosticDescriptor ApplicableWithoutReason = new(
        id: DiagnosticIds.ApplicableWithoutReason,
        title: "Applicable control without inclusion reason",
        messageFormat: "Applicable control {0} gives InclusionReason.None; say why it is included (RiskAssessment, LegalRequirement, ContractualRequirement or BestPractice)",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "ISO/IEC 27001:2022 clause 6.1.3 d) requires the justification for including each control.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ApplicableWithoutReason));

    public static readonly DiagnosticDescriptor ConflictingControlDeclarations = new(
        id: DiagnosticIds.ConflictingControlDeclarations,
        title: "Control declared more than once with conflicting values",
        messageFormat: "Control {0} is declared {1} times with different {2}; keep one declaration",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The Statement of Applicability has one row per control; declarations of the same control (on types or the assembly) that disagree cannot both be true.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.ConflictingControlDeclarations),
        customTags: CompilationEndTags);

    public static readonly DiagnosticDescriptor InvalidDate = new(
        id: DiagnosticIds.InvalidDate,
        title: "Date is not an ISO 8601 date",
        messageFormat: "{0} '{1}' is not an ISO 8601 date; write it as YYYY-MM-DD, for example 2026-04-24",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Review, status and certificate dates drive overdue-review checks and appear in the documents; they must be calendar dates in the form YYYY-MM-DD.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.InvalidDate));

    public static readonly DiagnosticDescriptor CertifiedWithoutCertificate = new(
        id: DiagnosticIds.CertifiedWithoutCertificate,
        title: "Certified status without certificate details",
        messageFormat: "CertificationState.Certified is declared without {0}; declare the certificate or state the real status (InProgress)",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The documents call the system certified only when a certificate is declared with its certification body, number and date; without them the claim cannot be checked.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.CertifiedWithoutCertificate));

    public static readonly DiagnosticDescriptor DuplicateControlDeclaration = new(
        id: DiagnosticIds.DuplicateControlDeclaration,
        title: "Control declared more than once",
        messageFormat: "Control {0} is declared {1} times with the same values; remove the duplicate",
        category: ControlsCategory,
        defaultSeverity: DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "Identical declarations of one control do no harm today, but the next edit to one of them makes them conflict.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.DuplicateControlDeclaration),
        customTags: CompilationEndTags);
}
