using BenchmarkDotNet.Running;
using TrackLayer.ControlsAsCode.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/TrackLayer.ControlsAsCode.Benchmarks -- --filter '*'
// A rough look while working on an analyzer: ... -- --quick [files] [runs] [analyzer name prefix]; on the build task: -- --quick-task [types] [runs]
// Each analyzer's execution time as the compiler records it, in process and warm: ... -- --quick-report [files] [planted|none] [runs] [one-thread]
// The build-level floor's shape against our analyzers' (measure-build.sh runs it): ... -- --check-floor-shape
// The task's documents for a generated assembly, kept for a byte-for-byte diff before and after a change: -- --write-task [types] [folder] [runs]
// The task once in this fresh process, as a build runs it (the first call prepares a 5,000-type assembly in <folder>): -- --task-once <folder> [--warm-up-only]
if (args.Length > 0 && args[0] == "--quick")
{
    QuickComparison.Run(
        files: args.Length > 1 ? int.Parse(args[1]) : 500,
        runs: args.Length > 2 ? int.Parse(args[2]) : 7,
        only: args.Length > 3 ? args[3] : null);
    return 0;
}

if (args.Length > 0 && args[0] == "--quick-task")
{
    QuickTaskProfile.Run(types: args.Length > 1 ? int.Parse(args[1]) : 5000, runs: args.Length > 2 ? int.Parse(args[2]) : 3);
    return 0;
}

if (args.Length > 0 && args[0] == "--write-task")
{
    QuickTaskProfile.WriteDocuments(types: args.Length > 1 ? int.Parse(args[1]) : 5000, folder: args.Length > 2 ? args[2] : "compliance-documents", runs: args.Length > 3 ? int.Parse(args[3]) : 0);
    return 0;
}

if (args.Length > 0 && args[0] == "--task-once")
{
    var dir = args[1];
    var assembly = Path.Combine(dir, "Generated.Tracking.dll");
    var projectDirectory = Path.Combine(dir, "src") + Path.DirectorySeparatorChar;
    if (!File.Exists(assembly))
    {
        var generated = new GeneratedCompilation(5000, seed: 42, projectDirectory: projectDirectory);
        generated.WriteSources();
        generated.Emit(assembly);
        return 0;
    }
    if (Directory.Exists(Path.Combine(dir, "compliance"))) Directory.Delete(Path.Combine(dir, "compliance"), true);
    if (args.Length > 2 && args[2] == "--warm-up-only")
    {
        var warmUp = System.Diagnostics.Stopwatch.StartNew();
        var methods = TrackLayer.ControlsAsCode.Build.TaskWarmUp.CompileAll();
        Console.WriteLine($"warm-up {warmUp.Elapsed.TotalMilliseconds:F0} ms, {methods} methods");
        return 0;
    }

    var clock = System.Diagnostics.Stopwatch.StartNew();
    var ok = new TrackLayer.ControlsAsCode.Build.GenerateComplianceDocuments
    {
        Assembly = assembly, OutputDirectory = Path.Combine(dir, "compliance"), ProjectDirectory = projectDirectory,
        BuildEngine = new DocumentGenerationBenchmarks.SilentBuildEngine(),
    }.Execute();
    Console.WriteLine($"task-once {clock.Elapsed.TotalMilliseconds:F0} ms ok={ok}; garbage collections gen0/1/2: " +
                      $"{GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, paused {GC.GetTotalPauseDuration().TotalMilliseconds:F0} ms");
    return 0;
}

if (args.Length > 0 && args[0] == "--quick-report")
{
    QuickReport.Run(
        files: args.Length > 1 ? int.Parse(args[1]) : 500,
        violations: args.Length <= 2 || args[2] != "none",
        runs: args.Length > 3 ? int.Parse(args[3]) : 5,
        concurrent: args.Length <= 4 || args[4] != "one-thread");
    return 0;
}

if (args.Length > 0 && args[0] == "--check-floor-shape")
{
    return FloorShapeCheck.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
