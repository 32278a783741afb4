using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// Each of our analyzers, and all of them together, through <c>CompilationWithAnalyzers</c> on a generated 500-file
/// tracking codebase, beside the floor: an analyzer registering the same callbacks that does nothing. Budget: all of
/// ours together at most 1.5x the floor.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 6)]
public class AnalyzerBenchmarks
{
    private GeneratedCompilation _generated = null!;
    private ImmutableArray<DiagnosticAnalyzer> _ours;
    private ImmutableArray<DiagnosticAnalyzer> _floor;

    [Params(500)]
    public int Files { get; set; }

    /// <summary>
    /// <c>planted</c>: the generator's violations (472 TLC1001, 50 TLC2101); <c>none</c>: the same codebase with every
    /// finding fixed. <c>TLC_BENCH_VIOLATIONS=planted,none</c> runs both; planted alone by default.
    /// </summary>
    [ParamsSource(nameof(ViolationModes))]
    public string Violations { get; set; } = "planted";

    public static IEnumerable<string> ViolationModes()
        => Environment.GetEnvironmentVariable("TLC_BENCH_VIOLATIONS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
           ?? new[] { "planted" };

    [ParamsSource(nameof(AnalyzerNames))]
    public string Analyzer { get; set; } = OurAnalyzers.All;

    /// <summary>Every analyzer and "All"; <c>TLC_BENCH_ANALYZERS=All,TLC1001...</c> limits the run to those names (prefixes).</summary>
    public static IEnumerable<string> AnalyzerNames()
    {
        var only = Environment.GetEnvironmentVariable("TLC_BENCH_ANALYZERS")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return only is null || only.Length == 0
            ? OurAnalyzers.Names()
            : OurAnalyzers.Names().Where(name => only.Any(prefix => name.StartsWith(prefix, StringComparison.Ordinal)));
    }

    [GlobalSetup]
    public void Setup()
    {
        _generated = new GeneratedCompilation(Files, seed: 42, violations: Violations switch
        {
            "planted" => true,
            "none" => false,
            _ => throw new InvalidOperationException($"TLC_BENCH_VIOLATIONS takes 'planted' and 'none', not '{Violations}'."),
        });
        var problems = _generated.CompilerProblems();
        if (problems.Count > 0) throw new InvalidOperationException($"The generated codebase does not compile clean ({problems.Count} errors and warnings): " + problems[0]);

        _ours = OurAnalyzers.Named(Analyzer);
        _floor = ImmutableArray.Create<DiagnosticAnalyzer>(new FloorAnalyzer(CallbackShape.Record(_ours, _generated.Create())));

        ExpectedDiagnostics.Check(
            OurAnalyzers.Run(_generated.Create(), _ours),
            _ours.SelectMany(a => a.SupportedDiagnostics).Select(d => d.Id),
            _generated.Codebase.Facts);
    }

    [Benchmark(Baseline = true, Description = "Floor (same callbacks, no work)")]
    public int Floor() => OurAnalyzers.Run(_generated.Create(), _floor).Length;

    [Benchmark(Description = "TrackLayer analyzers")]
    public int Ours() => OurAnalyzers.Run(_generated.Create(), _ours).Length;
}
