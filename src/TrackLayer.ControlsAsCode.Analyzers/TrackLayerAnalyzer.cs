using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// The base of every TrackLayer analyzer: fixes the settings every rule must share (concurrent execution, no analysis
/// of generated code), so a rule only says what it registers.
/// </summary>
public abstract class TrackLayerAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        InitializeCore(context);
    }

    /// <summary>Registers the rule's actions; concurrency and generated-code settings are already made.</summary>
    protected abstract void InitializeCore(AnalysisContext context);
}
