using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>
/// Which callbacks an analyzer registers, recorded by running its <c>Initialize</c> and compilation-start actions
/// against recording contexts over the benchmark's own compilation (so a rule that registers nothing when the toolkit
/// is absent is recorded as registering nothing).
/// </summary>
internal sealed record CallbackShape(
    ImmutableArray<SymbolKind> SymbolKinds,
    ImmutableArray<OperationKind> OperationKinds,
    ImmutableArray<SyntaxKind> SyntaxKinds,
    bool SyntaxTree,
    bool SemanticModel,
    bool OperationBlock,
    bool CompilationEnd)
{
    public static CallbackShape Record(IEnumerable<DiagnosticAnalyzer> analyzers, Compilation compilation)
    {
        var recorder = new Recorder(compilation);
        foreach (var analyzer in analyzers) analyzer.Initialize(recorder);
        return recorder.Shape();
    }

    public override string ToString() =>
        $"symbols [{string.Join(", ", SymbolKinds)}], operations [{string.Join(", ", OperationKinds)}], syntax [{string.Join(", ", SyntaxKinds)}]" +
        (SyntaxTree ? ", tree" : "") + (SemanticModel ? ", semantic model" : "") + (OperationBlock ? ", operation block" : "") + (CompilationEnd ? ", compilation end" : "");

    private sealed class Recorder : AnalysisContext
    {
        private readonly Compilation _compilation;
        private readonly HashSet<SymbolKind> _symbols = new();
        private readonly HashSet<OperationKind> _operations = new();
        private readonly HashSet<SyntaxKind> _syntax = new();
        private bool _tree, _model, _block, _end;

        public Recorder(Compilation compilation) => _compilation = compilation;

        public CallbackShape Shape() => new(
            _symbols.Order().ToImmutableArray(), _operations.Order().ToImmutableArray(), _syntax.Order().ToImmutableArray(),
            _tree, _model, _block, _end);

        public override void EnableConcurrentExecution() { }

        public override void ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags analysisMode) { }

        public override void RegisterCompilationStartAction(Action<CompilationStartAnalysisContext> action) =>
            action(new StartRecorder(this, _compilation));

        public override void RegisterCompilationAction(Action<CompilationAnalysisContext> action) => _end = true;

        public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => _model = true;

        public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
            _symbols.UnionWith(symbolKinds);

        public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
            _symbols.Add(symbolKind);

        public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => _block = true;

        public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => _block = true;

        public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => _tree = true;

        public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
            _syntax.UnionWith(syntaxKinds.Cast<SyntaxKind>());

        public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
            _operations.UnionWith(operationKinds);

        public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => _block = true;

        public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => _block = true;

        // The benchmark compilation has no additional files: such a callback would never run, in ours or the floor.
        public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) { }

        private sealed class StartRecorder(Recorder owner, Compilation compilation)
            : CompilationStartAnalysisContext(compilation, new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty), CancellationToken.None)
        {
            public override void RegisterCompilationEndAction(Action<CompilationAnalysisContext> action) => owner._end = true;

            public override void RegisterSemanticModelAction(Action<SemanticModelAnalysisContext> action) => owner._model = true;

            public override void RegisterSymbolAction(Action<SymbolAnalysisContext> action, ImmutableArray<SymbolKind> symbolKinds) =>
                owner._symbols.UnionWith(symbolKinds);

            public override void RegisterSymbolStartAction(Action<SymbolStartAnalysisContext> action, SymbolKind symbolKind) =>
                owner._symbols.Add(symbolKind);

            public override void RegisterCodeBlockStartAction<TLanguageKindEnum>(Action<CodeBlockStartAnalysisContext<TLanguageKindEnum>> action) => owner._block = true;

            public override void RegisterCodeBlockAction(Action<CodeBlockAnalysisContext> action) => owner._block = true;

            public override void RegisterSyntaxTreeAction(Action<SyntaxTreeAnalysisContext> action) => owner._tree = true;

            public override void RegisterSyntaxNodeAction<TLanguageKindEnum>(Action<SyntaxNodeAnalysisContext> action, ImmutableArray<TLanguageKindEnum> syntaxKinds) =>
                owner._syntax.UnionWith(syntaxKinds.Cast<SyntaxKind>());

            public override void RegisterOperationAction(Action<OperationAnalysisContext> action, ImmutableArray<OperationKind> operationKinds) =>
                owner._operations.UnionWith(operationKinds);

            public override void RegisterOperationBlockStartAction(Action<OperationBlockStartAnalysisContext> action) => owner._block = true;

            public override void RegisterOperationBlockAction(Action<OperationBlockAnalysisContext> action) => owner._block = true;

            public override void RegisterAdditionalFileAction(Action<AdditionalFileAnalysisContext> action) { }
        }
    }
}
