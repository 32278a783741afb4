using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Egress;
using Xunit.Abstractions;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

/// <summary>
/// Every outbound call to an undeclared third-party host in realistic client code (EgressCorpus/) is flagged, every
/// unknown host too, and nothing else: the markers in the files are the expectation.
/// </summary>
public class EgressCorpusTests(ITestOutputHelper output)
{
    private static readonly Regex Marker = new(@"/\*!(TLC\d{4})\*/", RegexOptions.Compiled);

    [Fact]
    public async Task Every_undeclared_and_unknown_egress_in_the_corpus_is_flagged_and_nothing_else()
    {
        var directory = Path.Combine(FindRepositoryRoot(), "tests", "TrackLayer.ControlsAsCode.Analyzers.Tests", "EgressCorpus");
        var files = Directory.GetFiles(directory, "*.cs").OrderBy(f => f, StringComparer.Ordinal).ToArray();
        Assert.True(files.Length >= 3, "the corpus is missing");

        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), new CSharpParseOptions(LanguageVersion.Latest), path: Path.GetFileName(f))).ToArray();
        var references = (await Verify.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None)).Add(Verify.Toolkit);
        var compilation = CSharpCompilation.Create(
            "EgressCorpus",
            trees,
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        Assert.Empty(compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error));

        var expected = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var tree in trees)
        {
            var text = tree.GetText().ToString();
            foreach (Match match in Marker.Matches(text))
            {
                var position = match.Index + match.Length;
                expected.Add(Key(match.Groups[1].Value, tree.GetLineSpan(new Microsoft.CodeAnalysis.Text.TextSpan(position, 0))));
            }
        }

        var analyzers = ImmutableArray.Create<DiagnosticAnalyzer>(new TLC2101UndeclaredEgressAnalyzer(), new TLC2102EgressHostUnknownAnalyzer());
        var diagnostics = await compilation.WithAnalyzers(analyzers).GetAnalyzerDiagnosticsAsync(CancellationToken.None);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
        var actual = new SortedSet<string>(diagnostics.Select(d => Key(d.Id, d.Location.GetLineSpan())), StringComparer.Ordinal);

        var undeclared = expected.Count(e => e.StartsWith("TLC2101", StringComparison.Ordinal));
        var flaggedUndeclared = actual.Intersect(expected).Count(e => e.StartsWith("TLC2101", StringComparison.Ordinal));
        output.WriteLine($"Undeclared third-party egress: {flaggedUndeclared} of {undeclared} flagged (TLC2101)");
        output.WriteLine($"Unknown hosts: {actual.Intersect(expected).Count(e => e.StartsWith("TLC2102", StringComparison.Ordinal))} of {expected.Count - undeclared} flagged (TLC2102)");
        output.WriteLine($"Unexpected diagnostics: {actual.Except(expected).Count()}");

        Assert.True(undeclared >= 15, "the corpus should hold at least 15 undeclared third-party calls");
        Assert.Equal(expected, actual);
    }

    private static string Key(string id, FileLinePositionSpan span)
        => $"{id} {span.Path}:{span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrackLayer.ControlsAsCode.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found from " + AppContext.BaseDirectory);
    }
}
