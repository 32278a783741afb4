using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>Every analyzer the package ships, found by reflection so a new rule is measured without editing this file.</summary>
internal static class OurAnalyzers
{
    public const string All = "All";

    public static ImmutableArray<DiagnosticAnalyzer> Create() => typeof(TrackLayerAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetCustomAttributes(typeof(DiagnosticAnalyzerAttribute), false).Length > 0)
        .OrderBy(t => t.Name, StringComparer.Ordinal)
        .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
        .ToImmutableArray();

    public static IEnumerable<string> Names() => Create().Select(a => a.GetType().Name).Prepend(All);

    public static ImmutableArray<DiagnosticAnalyzer> Named(string name) =>
        name == All ? Create() : Create().Where(a => a.GetType().Name == name).ToImmutableArray();

    /// <summary>Runs analyzers over a compilation as the IDE and the compiler do, failing on any analyzer exception.</summary>
    public static ImmutableArray<Diagnostic> Run(Compilation compilation, ImmutableArray<DiagnosticAnalyzer> analyzers)
    {
        Exception? failure = null;
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, _, _) => failure ??= e,
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation.WithAnalyzers(analyzers, options).GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        if (failure is not null) throw new InvalidOperationException("An analyzer threw.", failure);
        return diagnostics;
    }
}
