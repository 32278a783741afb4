using BenchmarkDotNet.Running;

// dotnet run -c Release --project tests/TrackLayer.ControlsAsCode.Benchmarks -- --filter '*'
// (BenchmarkDotNet's switcher: --filter '*AnalyzerBenchmarks*' or '*DocumentGenerationBenchmarks*').
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
