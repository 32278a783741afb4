using BenchmarkDotNet.Attributes;
using Microsoft.Build.Framework;
using TrackLayer.ControlsAsCode.Build;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// The build task on an assembly with 5,000 declared types: read the metadata, build the documents, write them.
/// Budget: at most 200 ms. (That a no-change build runs no generation at all is shown by the build-level measurement.)
/// </summary>
/// <remarks>
/// Warm means as a reused process runs it, every method promoted by the tiered JIT: a method called once per run (the
/// loops over every member) is promoted after 30 calls, so the warm-up runs at least 30 operations.
/// </remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 10, iterationCount: 8)]
public class DocumentGenerationBenchmarks
{
    private string _directory = "";
    private string _assembly = "";
    private GeneratedCompilation _generated = null!;

    [Params(5000)]
    public int DeclaredTypes { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _directory = Directory.CreateTempSubdirectory("tlc-bench-task-").FullName;
        _assembly = Path.Combine(_directory, "Generated.Tracking.dll");
        _generated = new GeneratedCompilation(DeclaredTypes, seed: 42, projectDirectory: Path.Combine(_directory, "src") + Path.DirectorySeparatorChar);
        _generated.WriteSources(); // read by the task for declaration lines, as in a real build
        _generated.Emit(_assembly);
        if (!Generate()) throw new InvalidOperationException("The task failed on the generated assembly.");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_directory, recursive: true);

    [Benchmark(Description = "GenerateComplianceDocuments")]
    public bool Generate() => new GenerateComplianceDocuments
    {
        Assembly = _assembly,
        OutputDirectory = Path.Combine(_directory, "compliance"),
        ProjectDirectory = _generated.ProjectDirectory, // as the targets pass $(MSBuildProjectDirectory)
        BuildEngine = new SilentBuildEngine(),
    }.Execute();

    /// <summary>Counts errors and drops every message: the benchmark measures the task, not logging.</summary>
    internal sealed class SilentBuildEngine : IBuildEngine
    {
        public bool ContinueOnError => false;
        public int LineNumberOfTaskNode => 0;
        public int ColumnNumberOfTaskNode => 0;
        public string ProjectFileOfTaskNode => "";
        public bool BuildProjectFile(string projectFileName, string[] targetNames, System.Collections.IDictionary globalProperties, System.Collections.IDictionary targetOutputs) => false;
        public void LogCustomEvent(CustomBuildEventArgs e) { }
        public void LogErrorEvent(BuildErrorEventArgs e) => throw new InvalidOperationException(e.Code + ": " + e.Message);
        public void LogMessageEvent(BuildMessageEventArgs e) { }
        public void LogWarningEvent(BuildWarningEventArgs e) { }
    }
}
