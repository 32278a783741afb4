using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// <c>--quick-report</c>: what <c>-p:ReportAnalyzer=true</c> shows, in process and warm (JIT done, as in a compiler
/// server): each of our analyzers' execution time as the compiler's driver records it, for one codebase. With
/// <c>one-thread</c> the analyzers run one at a time, as with the compiler's <c>/parallel-</c>: steadier figures on a
/// shared machine, for comparing two versions.
/// </summary>
internal static class QuickReport
{
    public static void Run(int files, bool violations, int runs, bool concurrent)
    {
        var generated = new GeneratedCompilation(files, seed: 42, violations);
        var analyzers = OurAnalyzers.Create();
        Dictionary<string, TimeSpan> last = new();
        for (var i = 0; i < runs; i++)
        {
            var options = new CompilationWithAnalyzersOptions(
                new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), onAnalyzerException: null, concurrentAnalysis: concurrent, logAnalyzerExecutionTime: true);
            // As in a build, the compiler has bound the references and declarations before analyzers ask: that work is
            // not the analyzers' own.
            var compilation = generated.Create();
            compilation.GetDeclarationDiagnostics();
            // The previous run's compilation is garbage now: collected here, not inside the next run's callbacks.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            GC.Collect();
            var withAnalyzers = compilation.WithAnalyzers(analyzers, options);
            withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            last = analyzers.ToDictionary(
                a => a.GetType().Name,
                a => withAnalyzers.GetAnalyzerTelemetryInfoAsync(a, CancellationToken.None).GetAwaiter().GetResult().ExecutionTime);
            // The first run includes compiling our code and building the lexicon (as a build's compiler does); later
            // runs show the work alone.
            Console.WriteLine($"run {i + 1}: {last.Values.Sum(t => t.TotalMilliseconds):F1} ms");
        }

        Console.WriteLine($"{files} generated files, violations {(violations ? "planted" : "none")}, run {runs} of {runs}: execution time per analyzer");
        foreach (var (name, time) in last.OrderByDescending(p => p.Value))
        {
            Console.WriteLine($"{time.TotalMilliseconds,9:F1} ms  {name}");
        }

        Console.WriteLine($"{last.Values.Sum(t => t.TotalMilliseconds),9:F1} ms  all");
    }
}
