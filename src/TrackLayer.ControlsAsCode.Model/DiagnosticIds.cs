namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// Every diagnostic id of the toolkit, analyzers and build task alike, in one place.
/// TLC1xxx data classification, TLC2xxx destinations and egress, TLC3xxx control declarations,
/// TLC4xxx vendor profiles, TLC5xxx build-time document generation.
/// </summary>
internal static partial class DiagnosticIds
{
    public const string UnclassifiedPersonalData = "TLC1001";

    public const string DeclarationsUnreadable = "TLC5001";
    public const string DocumentWriteFailed = "TLC5002";

    /// <summary>The page that documents a rule.</summary>
    public static string HelpLink(string id) => HelpLinkBase + id + ".md";

    public const string HelpLinkBase = "https://github.com/tracklayer/TrackLayer.ControlsAsCode/blob/main/docs/rules/";
}
