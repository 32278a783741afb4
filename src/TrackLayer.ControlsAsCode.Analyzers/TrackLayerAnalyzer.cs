using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// The base of every TrackLayer analyzer: fixes the settings every rule must share (concurrent execution, no analysis
/// of generated code (<see cref="GeneratedCodeFilter"/>), the opt-in gate), so a rule only says what it registers.
/// </summary>
/// <remarks>
/// <para>
/// The opt-in gate. Analyzers flow transitively through package and project references, but the package's
/// <c>build/</c> props do not: a project that references a library that references TrackLayer.ControlsAsCode gets
/// our analyzers without having asked for them. The props set the MSBuild property <c>TrackLayerControlsAsCode</c>
/// to <c>true</c> and make it visible to the compiler (<c>build_property.TrackLayerControlsAsCode</c>). Every action
/// a rule registers runs only when:
/// </para>
/// <list type="bullet">
/// <item><c>build_property.TrackLayerControlsAsCode</c> is <c>true</c> (the project opted in: a direct
/// <c>PackageReference</c>, or a project that set the property and the <c>CompilerVisibleProperty</c> itself); or</item>
/// <item>it is absent and the compilation was not configured by MSBuild at all (no <c>build_property.ProjectDir</c>,
/// which the .NET SDK always passes): tests, scripts and other hosts that add the analyzer on purpose.</item>
/// </list>
/// <para>
/// So <c>TrackLayerControlsAsCode=false</c> turns every rule off, and an MSBuild project that received the analyzers
/// only transitively sees nothing. Rules still check, as before, that the toolkit's types are referenced.
/// </para>
/// </remarks>
public abstract class TrackLayerAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The <c>.editorconfig</c>/global-config key the package's props set through <c>CompilerVisibleProperty</c>.</summary>
    public const string OptInKey = "build_property.TrackLayerControlsAsCode";

    /// <summary>A key the .NET SDK passes for every project it builds (Microsoft.NET.Sdk.Analyzers.targets).</summary>
    private const string MSBuildProjectKey = "build_property.ProjectDir";

    /// <inheritdoc />
    public sealed override void Initialize(AnalysisContext context)
    {
        context.EnableConcurrentExecution();
        // Generated code is skipped by GeneratedCodeFilter, not by the compiler: see there why.
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.Analyze | GeneratedCodeAnalysisFlags.ReportDiagnostics);
        InitializeCore(new GatedAnalysisContext(context));
    }

    /// <summary>Registers the rule's actions; concurrency, generated-code settings and the opt-in gate are already made.</summary>
    protected abstract void InitializeCore(AnalysisContext context);

    /// <summary>True when the project opted in to TrackLayer analysis (see the remarks on <see cref="TrackLayerAnalyzer"/>).</summary>
    public static bool IsEnabled(AnalyzerOptions? options)
    {
        var global = options?.AnalyzerConfigOptionsProvider.GlobalOptions;
        if (global is null)
        {
            return true;
        }

        if (global.TryGetValue(OptInKey, out var value) && !string.IsNullOrWhiteSpace(value))
        {
            return string.Equals(value.Trim(), "true", StringComparison.OrdinalIgnoreCase);
        }

        return !global.TryGetValue(MSBuildProjectKey, out var projectDir) || string.IsNullOrEmpty(projectDir);
    }

    /// <summary>
    /// Forwards every registration to the real context behind the opt-in gate, evaluated once per compilation. The
    /// rules keep the ordinary <see cref="AnalysisContext"/> API.
    /// </summary>
    private sealed class GatedAnalysisContext : AnalysisContext
    {
        private readonly AnalysisContext _inner;

        public GatedAnalysisContext(AnalysisContext inner) => _inner = inner;

        private void Gated(Action<CompilationStartAnalysisContext> register)
            => _inner.RegisterCompilationStartAction(start =>
            {
                if (IsEnabled(start.Options))
                {
                    register(new GeneratedCodeFilter(start));
                }
            });

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) => Gated(action);

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action)
            => Gated(start => start.RegisterCompilationEndAction(action));

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
            => Gated(start => start.RegisterSemanticModelAction(action));

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
            => Gated(start => start.RegisterSymbolAction(action, symbolKinds));

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
            => Gated(start => start.RegisterSymbolStartAction(action, symbolKind));

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
            => Gated(start => start.RegisterCodeBlockStartAction(action));

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
            => Gated(start => start.RegisterCodeBlockAction(action));

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
            => Gated(start => start.RegisterSyntaxTreeAction(action));

        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
            => Gated(start => start.RegisterAdditionalFileAction(action));

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
            => Gated(start => start.RegisterSyntaxNodeAction(action, syntaxKinds));

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
            => Gated(start => start.RegisterOperationBlockStartAction(action));

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
            => Gated(start => start.RegisterOperationBlockAction(action));

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
            => Gated(start => start.RegisterOperationAction(action, operationKinds));

        public override void EnableConcurrentExecution() => _inner.EnableConcurrentExecution();

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) => _inner.ConfigureGeneratedCodeAnalysis(analysisMode);
    }
}
