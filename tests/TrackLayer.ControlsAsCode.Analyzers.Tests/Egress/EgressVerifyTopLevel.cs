using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

/// <summary>Runs an analyzer on a console application (top-level statements need an executable).</summary>
internal static class EgressVerifyTopLevel
{
    public static async Task RunAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = Verify.ReferenceAssemblies };
        test.TestState.Sources.Add(source);
        test.TestState.AdditionalReferences.Add(Verify.Toolkit);
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }
}
