namespace TrackLayer.ControlsAsCode.Model;

// Build-time checks of the compliance documents (reported by the GenerateComplianceDocuments task).
internal static partial class DiagnosticIds
{
    public const string UndecidedControls = "TLC5003";
    public const string ReviewOverdue = "TLC5004";
    public const string EvidenceNotFound = "TLC5005";
    public const string PersonalDataWithoutContract = "TLC5006";
    public const string InvalidDocumentSetting = "TLC5007";
}

// Checks of the package's own MSBuild settings (reported by build/TrackLayer.ControlsAsCode.props).
internal static partial class DiagnosticIds
{
    public const string UnknownAnalysisLevel = "TLC5008";
}
