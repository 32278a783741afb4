using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using TrackLayer.ControlsAsCode.Build;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// The build task as a build runs it: once, in a fresh process (so its code is compiled by the JIT as it runs), on an
/// assembly with 5,000 declared types, writing all 16 documents for the first time. Each launch is a new process.
/// <see cref="DocumentGenerationBenchmarks"/> measures the same work warm, as a long-lived MSBuild node runs it.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 5, warmupCount: 0, iterationCount: 1)]
public class DocumentGenerationOneShotBenchmarks
{
    private string _directory = "";
    private string _assembly = "";
    private GeneratedCompilation _generated = null!;

    [Params(5000)]
    public int DeclaredTypes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // No warm-up call here: the task's code must still be uncompiled when it is measured.
        _directory = Directory.CreateTempSubdirectory("tlc-bench-task-once-").FullName;
        _assembly = Path.Combine(_directory, "Generated.Tracking.dll");
        _generated = new GeneratedCompilation(DeclaredTypes, seed: 42, projectDirectory: Path.Combine(_directory, "src") + Path.DirectorySeparatorChar);
        _generated.WriteSources(); // read by the task for declaration lines, as in a real build
        _generated.Emit(_assembly);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        var written = File.Exists(Path.Combine(_directory, "compliance", "StatementOfApplicability.md"));
        Directory.Delete(_directory, recursive: true);
        if (!written) throw new InvalidOperationException("The task wrote no Statement of Applicability.");
    }

    [Benchmark(Description = "GenerateComplianceDocuments, first call in a fresh process")]
    public bool Generate() => new GenerateComplianceDocuments
    {
        Assembly = _assembly,
        OutputDirectory = Path.Combine(_directory, "compliance"),
        ProjectDirectory = _generated.ProjectDirectory,
        BuildEngine = new DocumentGenerationBenchmarks.SilentBuildEngine(),
    }.Execute();
}
