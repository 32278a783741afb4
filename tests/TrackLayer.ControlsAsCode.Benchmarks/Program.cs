using BenchmarkDotNet.Running;
using TrackLayer.ControlsAsCode.Benchmarks;

// BenchmarkDotNet: dotnet run -c Release --project tests/TrackLayer.ControlsAsCode.Benchmarks -- --filter '*'
// A rough look while working on an analyzer: ... -- --quick [files] [runs] [analyzer name prefix]; on the build task: -- --quick-task [types] [runs]
if (args.Length > 0 && args[0] == "--quick")
{
    QuickComparison.Run(
        files: args.Length > 1 ? int.Parse(args[1]) : 500,
        runs: args.Length > 2 ? int.Parse(args[2]) : 7,
        only: args.Length > 3 ? args[3] : null);
    return;
}

if (args.Length > 0 && args[0] == "--quick-task")
{
    QuickTaskProfile.Run(types: args.Length > 1 ? int.Parse(args[1]) : 5000, runs: args.Length > 2 ? int.Parse(args[2]) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
