using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// TLC1002: a line of a <c>TrackLayer.Lexicon.txt</c> additional file that cannot be read, reported at that line of
/// that file (as BannedApiAnalyzers do for BannedSymbols.txt); and a malformed entry of the <c>tracklayer.lexicon.add</c>
/// or <c>tracklayer.lexicon.ignore</c> keys, reported once per compilation.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC1002MalformedLexiconEntryAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.MalformedLexiconEntry, DiagnosticDescriptors.MalformedLexiconOption);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(static start =>
        {
            if (start.Compilation.GetTypeByMetadataName(WellKnownNames.PersonalAttribute) is null)
            {
                return; // the toolkit is not referenced: TLC1001 does not run, its lexicon does not matter
            }

            start.RegisterAdditionalFileAction(AnalyzeFile);
            start.RegisterCompilationEndAction(AnalyzeOptions);
        });
    }

    private static void AnalyzeFile(AdditionalFileAnalysisContext context)
    {
        if (!UserLexicon.IsLexiconFile(context.AdditionalFile))
        {
            return;
        }

        var text = context.AdditionalFile.GetText(context.CancellationToken);
        if (text is null)
        {
            return;
        }

        var document = LexiconDocument.Parse(text.ToString());
        foreach (var error in document.Errors)
        {
            if (error.Line >= text.Lines.Count)
            {
                continue;
            }

            var line = text.Lines[error.Line];
            var start = System.Math.Min(line.Start + error.Column, line.End);
            var span = TextSpan.FromBounds(start, System.Math.Min(start + error.Length, line.End));
            var location = Location.Create(context.AdditionalFile.Path, span, text.Lines.GetLinePositionSpan(span));
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedLexiconEntry, location, error.Text, error.Message));
        }
    }

    private static void AnalyzeOptions(CompilationAnalysisContext context)
    {
        // The keys may differ per folder (.editorconfig sections): report each distinct malformed entry once.
        var seen = new HashSet<string>();
        foreach (var tree in context.Compilation.SyntaxTrees)
        {
            var options = context.Options.AnalyzerConfigOptionsProvider.GetOptions(tree);
            Report(context, options, UserLexicon.AddKey, add: true, seen);
            Report(context, options, UserLexicon.IgnoreKey, add: false, seen);
        }
    }

    private static void Report(CompilationAnalysisContext context, AnalyzerConfigOptions options, string key, bool add, HashSet<string> seen)
    {
        if (!options.TryGetValue(key, out var value) || string.IsNullOrWhiteSpace(value))
        {
            return;
        }

        var document = add ? LexiconDocument.ParseOptions(value, null) : LexiconDocument.ParseOptions(null, value);
        foreach (var error in document.Errors)
        {
            if (seen.Add(key + "\n" + error.Text))
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.MalformedLexiconOption, Location.None, error.Text, error.Message, key));
            }
        }
    }
}
