using System.Collections.Immutable;
using TrackLayer.ControlsAsCode.Benchmarks.Floor;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary><c>--check-floor-shape</c>: the build-level floor must register what our analyzers register together.</summary>
internal static class FloorShapeCheck
{
    public static int Run()
    {
        var ours = CallbackShape.Record(OurAnalyzers.Create(), new GeneratedCompilation(files: 10, seed: 42).Create());
        var floor = new CallbackShape(
            BuildFloorAnalyzer.SymbolKinds.Order().ToImmutableArray(),
            BuildFloorAnalyzer.OperationKinds.Order().ToImmutableArray(),
            BuildFloorAnalyzer.SyntaxKinds.Order().ToImmutableArray(),
            SyntaxTree: false,
            SemanticModel: false,
            OperationBlock: false,
            CompilationEnd: BuildFloorAnalyzer.CompilationEnd);
        if (ours.ToString() == floor.ToString())
        {
            Console.WriteLine($"floor shape matches ours: {floor}");
            return 0;
        }

        Console.Error.WriteLine($"BuildFloorAnalyzer is out of date.{Environment.NewLine}  ours:  {ours}{Environment.NewLine}  floor: {floor}");
        return 1;
    }
}
