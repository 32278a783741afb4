namespace TrackLayer.ControlsAsCode.Model;

internal static partial class DiagnosticIds
{
    /// <summary>A line of a user's <c>TrackLayer.Lexicon.txt</c>, or an entry of the <c>.editorconfig</c> lexicon keys, is malformed.</summary>
    public const string MalformedLexiconEntry = "TLC1002";
}
