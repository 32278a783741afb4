using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.CodebaseGenerator;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// The diagnostics a correct analyzer set reports on a generated codebase, from what the generator planted. The
/// benchmarks check them before measuring, so a fast but wrong analyzer cannot pass.
/// </summary>
internal static class ExpectedDiagnostics
{
    public static IReadOnlyDictionary<string, int> For(GeneratedFacts facts) => new Dictionary<string, int>(StringComparer.Ordinal)
    {
        ["TLC1001"] = facts.UnclassifiedPersonalMembers,
        ["TLC2101"] = facts.UndeclaredHostCalls,
    };

    /// <summary>Throws unless every id the analyzers support is reported exactly as often as expected (zero when unlisted).</summary>
    public static void Check(ImmutableArray<Diagnostic> actual, IEnumerable<string> supportedIds, GeneratedFacts facts)
    {
        var expected = For(facts);
        var counts = actual.GroupBy(d => d.Id).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var problems = supportedIds.Distinct()
            .Select(id => (id, want: expected.GetValueOrDefault(id), got: counts.GetValueOrDefault(id)))
            .Where(x => x.want != x.got)
            .Select(x => $"{x.id}: expected {x.want}, got {x.got}" + Example(actual, x.id))
            .ToList();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The analyzers do not report what the generated codebase holds:\n" + string.Join("\n", problems));
        }
    }

    private static string Example(ImmutableArray<Diagnostic> actual, string id) =>
        actual.FirstOrDefault(d => d.Id == id) is { } d ? $" (e.g. {d.Location.GetLineSpan()}: {d.GetMessage()})" : "";
}
