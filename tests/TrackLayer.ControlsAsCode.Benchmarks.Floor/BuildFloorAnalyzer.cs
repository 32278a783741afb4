using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Benchmarks.Floor;

/// <summary>
/// The floor inside a real build: registers the callbacks all of our analyzers register together, and does nothing in
/// them, so <c>-p:ReportAnalyzer=true</c> times merely visiting the code in the same build as ours and the SDK's.
/// </summary>
/// <remarks>
/// The compiler creates it without arguments, so its shape is written out here; the benchmark project's
/// <c>--check-floor-shape</c> (which <c>measure-build.sh</c> runs first) fails when it no longer matches ours.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class BuildFloorAnalyzer : DiagnosticAnalyzer
{
    public static readonly ImmutableArray<SymbolKind> SymbolKinds = ImmutableArray.Create(SymbolKind.NamedType, SymbolKind.Property, SymbolKind.Field);

    public static readonly ImmutableArray<OperationKind> OperationKinds =
        ImmutableArray.Create(OperationKind.Invocation, OperationKind.ObjectCreation, OperationKind.SimpleAssignment);

    public static readonly ImmutableArray<SyntaxKind> SyntaxKinds = ImmutableArray.Create(SyntaxKind.CompilationUnit);

    public const bool CompilationEnd = true;

    private static readonly DiagnosticDescriptor Never = new("FLOOR", "floor", "floor", "floor", DiagnosticSeverity.Hidden, true);

    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => ImmutableArray.Create(Never);

    public override void Initialize(AnalysisContext context)
    {
        // The same settings as ours (TrackLayerAnalyzer): concurrent, generated code visited and filtered per callback.
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        context.RegisterCompilationStartAction(start =>
        {
            start.RegisterSymbolAction(static _ => { }, SymbolKinds);
            start.RegisterOperationAction(static _ => { }, OperationKinds);
            start.RegisterSyntaxNodeAction(static _ => { }, SyntaxKinds);
            start.RegisterCompilationEndAction(static _ => { });
        });
    }
}
