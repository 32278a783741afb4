using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers;

internal static partial class DiagnosticDescriptors
{
    /// <summary>The <see cref="CategoryProperty"/> value of a TLC1001 diagnostic on a member that looks like a secret.</summary>
    public const string CredentialSuggestion = "Credential";

    public static readonly DiagnosticDescriptor MalformedLexiconEntry = new(
        id: DiagnosticIds.MalformedLexiconEntry,
        title: "Malformed personal-data lexicon entry",
        messageFormat: "Lexicon entry '{0}' is ignored: {1}",
        category: DataClassificationCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A line of a TrackLayer.Lexicon.txt additional file cannot be read, so the term it meant to add or silence has no effect. Lines are '<term>:<Category>[:word|exact|short]', '-<term>', '@neutral-before ...', '@value-after ...', '@credential-value-after ...' or '# comment'.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.MalformedLexiconEntry));

    /// <summary>
    /// The same rule for the <c>tracklayer.lexicon.add</c>/<c>ignore</c> keys of <c>.editorconfig</c>: those have no source
    /// location a compiler can point at, so they are reported once per compilation, at its end.
    /// </summary>
    public static readonly DiagnosticDescriptor MalformedLexiconOption = new(
        id: DiagnosticIds.MalformedLexiconEntry,
        title: "Malformed personal-data lexicon entry",
        messageFormat: "Lexicon entry '{0}' in the .editorconfig key {2} is ignored: {1}",
        category: DataClassificationCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An entry of tracklayer.lexicon.add ('<term>:<Category>[:word|exact|short]', comma-separated) or tracklayer.lexicon.ignore (comma-separated terms) cannot be read, so it has no effect.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.MalformedLexiconEntry),
        customTags: WellKnownDiagnosticTags.CompilationEnd);
}
