using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Xunit.Abstractions;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>
/// TLC1001 on unannotated, realistic tracking and shop code (Corpus/*.cs; see Corpus/README.md for the manifest):
/// recall over the members marked <c>// expect:</c>, false-positive rate over the <c>// lookalike</c> members.
/// </summary>
public class CorpusTests(ITestOutputHelper output)
{
    private static readonly Regex Expect = new(@"//\s*expect:\s*(\w+)");
    private static readonly Regex Lookalike = new(@"//\s*lookalike\b");

    [Fact]
    public async Task Recall_is_at_least_0_9_and_look_alikes_are_flagged_less_than_one_time_in_ten()
    {
        var directory = Path.Combine(AppContext.BaseDirectory, "Corpus");
        var files = Directory.GetFiles(directory, "*.cs").Order(StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 12, "the corpus has " + files.Length + " files");

        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), AnalyzerHarness.ParseOptions, f)).ToList();
        var compilation = AnalyzerHarness.Compile(trees, await AnalyzerHarness.ReferencesAsync());
        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        Assert.True(errors.Count == 0, "the corpus must compile:\n" + string.Join("\n", errors.Take(10)));

        var analyzer = new TLC1001UnclassifiedPersonalDataAnalyzer();
        var diagnostics = await compilation
            .WithAnalyzers([analyzer], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), null, concurrentAnalysis: true, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync();
        var flagged = diagnostics
            .Where(d => d.Id == "TLC1001")
            .ToDictionary(d => (d.Location.SourceTree!.FilePath, d.Location.GetLineSpan().StartLinePosition.Line), d => d.Properties["Category"]);

        int expected = 0, found = 0, rightCategory = 0, lookalikes = 0, falseLookalikes = 0, neutral = 0, falseNeutral = 0;
        var misses = new List<string>();
        var wrong = new List<string>();
        foreach (var tree in trees)
        {
            var lines = tree.GetText().Lines;
            foreach (var member in MemberLines(tree))
            {
                var text = lines[member].ToString();
                var key = (tree.FilePath, member);
                var isFlagged = flagged.TryGetValue(key, out var category);
                var where = Path.GetFileName(tree.FilePath) + ":" + (member + 1) + ": " + text.Trim();
                var expectation = Expect.Match(text);
                if (expectation.Success)
                {
                    expected++;
                    if (isFlagged)
                    {
                        found++;
                        if (category == expectation.Groups[1].Value) rightCategory++;
                        else wrong.Add(where + " (got " + category + ")");
                    }
                    else
                    {
                        misses.Add(where);
                    }
                }
                else if (Lookalike.IsMatch(text))
                {
                    lookalikes++;
                    if (isFlagged) { falseLookalikes++; wrong.Add(where + " (look-alike flagged " + category + ")"); }
                }
                else
                {
                    neutral++;
                    if (isFlagged) { falseNeutral++; wrong.Add(where + " (neutral flagged " + category + ")"); }
                }
            }
        }

        var recall = (double)found / expected;
        var lookalikeRate = (double)falseLookalikes / lookalikes;
        var categoryAccuracy = found == 0 ? 0 : (double)rightCategory / found;
        var precision = (double)found / (found + falseLookalikes + falseNeutral);
        output.WriteLine($"Corpus: {files.Length} files, {expected} personal members, {lookalikes} look-alikes, {neutral} neutral members.");
        output.WriteLine($"Recall {recall:F3} ({found}/{expected}); category accuracy {categoryAccuracy:F3}; look-alike false-positive rate {lookalikeRate:F3} ({falseLookalikes}/{lookalikes}); neutral false positives {falseNeutral}/{neutral}; precision {precision:F3}.");
        foreach (var miss in misses) output.WriteLine("missed: " + miss);
        foreach (var item in wrong) output.WriteLine("wrong:  " + item);
        Console.WriteLine($"TLC1001 corpus: recall {recall:F3} ({found}/{expected}), look-alike FP rate {lookalikeRate:F3} ({falseLookalikes}/{lookalikes}), neutral FP {falseNeutral}/{neutral}, precision {precision:F3}, category accuracy {categoryAccuracy:F3}");

        Assert.True(expected >= 150, "the corpus should hold at least 150 personal members, has " + expected);
        Assert.True(lookalikes >= 60, "the corpus should hold at least 60 look-alikes, has " + lookalikes);
        Assert.True(recall >= 0.9, $"recall {recall:F3} < 0.9; missed:\n" + string.Join("\n", misses));
        Assert.True(lookalikeRate < 0.1, $"look-alike false-positive rate {lookalikeRate:F3} >= 0.1:\n" + string.Join("\n", wrong));
    }

    /// <summary>Zero-based lines that declare a property, a field or a record positional parameter.</summary>
    private static IEnumerable<int> MemberLines(SyntaxTree tree)
    {
        var root = tree.GetRoot();
        var lines = new SortedSet<int>();
        foreach (var node in root.DescendantNodes())
        {
            SyntaxToken? identifier = node switch
            {
                Microsoft.CodeAnalysis.CSharp.Syntax.PropertyDeclarationSyntax p => p.Identifier,
                Microsoft.CodeAnalysis.CSharp.Syntax.VariableDeclaratorSyntax v when v.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.FieldDeclarationSyntax => v.Identifier,
                Microsoft.CodeAnalysis.CSharp.Syntax.ParameterSyntax p when p.Parent?.Parent is Microsoft.CodeAnalysis.CSharp.Syntax.RecordDeclarationSyntax => p.Identifier,
                _ => null,
            };
            if (identifier is { } token)
            {
                lines.Add(token.GetLocation().GetLineSpan().StartLinePosition.Line);
            }
        }

        return lines;
    }
}
