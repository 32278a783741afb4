using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// The floor: an analyzer that registers the same callbacks as a real one (same symbol, syntax and operation kinds,
/// same compilation-start and -end shape) and does nothing in them. What our analyzers cost beyond it is their own work;
/// the floor itself is what merely visiting the code costs.
/// </summary>
internal sealed class FloorAnalyzer : DiagnosticAnalyzer
{
    private static readonly DiagnosticDescriptor Never = new("FLOOR", "floor", "floor", "floor", DiagnosticSeverity.Hidden, true);

    private readonly CallbackShape _shape;

    public FloorAnalyzer(CallbackShape shape) => _shape = shape;

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.RegisterCompilationStartAction(start =>
        {
            if (!_shape.SymbolKinds.IsEmpty) start.RegisterSymbolAction(static _ => { }, _shape.SymbolKinds);
            if (!_shape.OperationKinds.IsEmpty) start.RegisterOperationAction(static _ => { }, _shape.OperationKinds);
            if (!_shape.SyntaxKinds.IsEmpty) start.RegisterSyntaxNodeAction(static _ => { }, _shape.SyntaxKinds);
            if (_shape.SyntaxTree) start.RegisterSyntaxTreeAction(static _ => { });
            if (_shape.SemanticModel) start.RegisterSemanticModelAction(static _ => { });
            if (_shape.OperationBlock) start.RegisterOperationBlockAction(static _ => { });
            if (_shape.CompilationEnd) start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
