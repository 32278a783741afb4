using System.Collections.Immutable;
using System.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// A fast, rough look while working on an analyzer (<c>--quick</c>): each analyzer alone and all together against
/// their floors, alternating runs, medians. The figures to publish come from the BenchmarkDotNet run.
/// </summary>
internal static class QuickComparison
{
    public static void Run(int files, int runs, string? only = null)
    {
        var generated = new GeneratedCompilation(files, seed: 42);
        Console.WriteLine($"{files} generated files, {runs} alternating runs each, median milliseconds");
        Console.WriteLine($"{"analyzer",-58} {"floor",8} {"ours",8} {"ratio",6} {"extra",7}");
        var totalExtra = 0.0;
        foreach (var name in OurAnalyzers.Names().Where(n => only is null || n.StartsWith(only, StringComparison.Ordinal)))
        {
            var ours = OurAnalyzers.Named(name);
            var floor = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer(CallbackShape.Record(ours, generated.Create())));
            OurAnalyzers.Run(generated.Create(), ours); // warm up: JIT, lexicon
            OurAnalyzers.Run(generated.Create(), floor);
            var floorTimes = new List<double>();
            var ourTimes = new List<double>();
            for (var i = 0; i < runs; i++)
            {
                floorTimes.Add(Time(() => OurAnalyzers.Run(generated.Create(), floor)));
                ourTimes.Add(Time(() => OurAnalyzers.Run(generated.Create(), ours)));
            }

            var f = Median(floorTimes);
            var o = Median(ourTimes);
            if (name != OurAnalyzers.All) totalExtra += o - f;
            Console.WriteLine($"{name,-58} {f,8:F1} {o,8:F1} {o / f,6:F2} {o - f,7:F1}");
        }

        Console.WriteLine($"sum of the single analyzers' extra time: {totalExtra:F1} ms");
    }

    private static double Time(Action action)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
