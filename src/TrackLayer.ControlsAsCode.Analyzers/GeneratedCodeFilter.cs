using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// Skips generated code for every rule, in place of <c>ConfigureGeneratedCodeAnalysis(None)</c>.
/// </summary>
/// <remarks>
/// With <c>None</c>, the compiler checks each reported diagnostic's location for generated code, and the first
/// diagnostic in a file makes it scan the whole file for <c>[GeneratedCode]</c> symbols: in a codebase with violations
/// in most files that scan cost more than all of our rules' own work. The rules analyze and report in generated code
/// instead, and this wrapper drops every callback whose context says the code is generated (the compiler already knows
/// that cheaply, from file names, <c>&lt;auto-generated&gt;</c> headers and <c>[GeneratedCode]</c> on the symbol).
/// </remarks>
internal sealed class GeneratedCodeFilter : CompilationStartAnalysisContext
{
    private readonly CompilationStartAnalysisContext _inner;

#pragma warning disable RS1012 // A forwarding wrapper: every registration below goes to 'inner'.
    public GeneratedCodeFilter(CompilationStartAnalysisContext inner)
        : base(inner.Compilation, inner.Options, inner.CancellationToken)
    {
        _inner = inner;
    }

    /// <summary>
    /// The compiler's own context behind a filter. Its value caches (<c>TryGetValue</c>) are not virtual, so a rule that
    /// uses them must call them there.
    /// </summary>
    public static CompilationStartAnalysisContext Unwrap(CompilationStartAnalysisContext context)
        => context is GeneratedCodeFilter filter ? filter._inner : context;
#pragma warning restore RS1012

    public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds)
        => _inner.RegisterSymbolAction(c => { if (!c.IsGeneratedCode) action(c); }, symbolKinds);

    public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds)
        => _inner.RegisterSyntaxNodeAction(c => { if (!c.IsGeneratedCode) action(c); }, syntaxKinds);

    public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds)
        => _inner.RegisterOperationAction(c => { if (!c.IsGeneratedCode) action(c); }, operationKinds);

    public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action)
        => _inner.RegisterSyntaxTreeAction(c => { if (!c.IsGeneratedCode) action(c); });

    public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action)
        => _inner.RegisterSemanticModelAction(c => { if (!c.IsGeneratedCode) action(c); });

    public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action)
        => _inner.RegisterCodeBlockAction(c => { if (!c.IsGeneratedCode) action(c); });

    public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action)
        => _inner.RegisterOperationBlockAction(c => { if (!c.IsGeneratedCode) action(c); });

    public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind)
        => _inner.RegisterSymbolStartAction(c => { if (!c.IsGeneratedCode) action(c); }, symbolKind);

    public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action)
        => _inner.RegisterOperationBlockStartAction(c => { if (!c.IsGeneratedCode) action(c); });

    // Callbacks without a place in generated code of their own: passed through.
    public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action)
        => _inner.RegisterCodeBlockStartAction(action);

    public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action)
        => _inner.RegisterCompilationEndAction(action);

    public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action)
        => _inner.RegisterAdditionalFileAction(action);
}
