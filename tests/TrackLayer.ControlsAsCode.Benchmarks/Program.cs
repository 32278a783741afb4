using BenchmarkDotNet.Running;
using TrackLayer.ControlsAsCode.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/TrackLayer.ControlsAsCode.Benchmarks -- --filter '*'
// A rough look while working on an analyzer: ... -- --quick [files] [runs] [analyzer name prefix]; on the build task: -- --quick-task [types] [runs]
// Each analyzer's execution time as the compiler records it, in process and warm: ... -- --quick-report [files] [planted|none] [runs]
// The build-level floor's shape against our analyzers' (measure-build.sh runs it): ... -- --check-floor-shape
// The task's documents for a generated assembly, kept for a byte-for-byte diff before and after a change: -- --write-task [types] [folder] [runs]
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

if (args.Length > 0 && args[0] == "--quick-report")
{
    QuickReport.Run(
        files: args.Length > 1 ? int.Parse(args[1]) : 500,
        violations: args.Length <= 2 || args[2] != "none",
        runs: args.Length > 3 ? int.Parse(args[3]) : 5);
    return 0;
}

if (args.Length > 0 && args[0] == "--check-floor-shape")
{
    return FloorShapeCheck.Run();
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
