using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

/// <summary>Test helpers of the egress and flow rules, on top of the shared <see cref="Verify"/> setup.</summary>
internal static class EgressVerify
{
    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => Verify.AnalyzerAsync<TAnalyzer>(source, expected);

    public static Task BrokenAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => Verify.AnalyzerAsync<TAnalyzer>(source, withToolkit: true, CompilerDiagnostics.None, expected);

    public static Task WithoutToolkitAsync<TAnalyzer>(string source)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => Verify.AnalyzerAsync<TAnalyzer>(source, withToolkit: false, CompilerDiagnostics.Errors);

    /// <summary>The source with a referenced project <c>Declarations</c> that holds <paramref name="referencedSource"/>.</summary>
    public static async Task WithReferencedProjectAsync<TAnalyzer>(string source, string referencedSource, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = Verify.ReferenceAssemblies };
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalReferences.Add(Verify.Toolkit);
        var declarations = new ProjectState("Declarations", Microsoft.CodeAnalysis.LanguageNames.CSharp, "/0/Declarations", "cs")
        {
            ReferenceAssemblies = Verify.ReferenceAssemblies,
        };
        declarations.Sources.Add(referencedSource);
        declarations.AdditionalReferences.Add(Verify.Toolkit);
        test.TestState.AdditionalProjects.Add("Declarations", declarations);
        test.TestState.AdditionalProjectReferences.Add("Declarations");
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    public static Task CodeFixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
        => Verify.CodeFixAsync<TAnalyzer, TCodeFix>(source, fixedSource);
}
