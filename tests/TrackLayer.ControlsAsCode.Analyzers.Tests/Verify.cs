using System.Collections.Immutable;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>Shared test setup: one reference-assembly set, the real toolkit and compliance assemblies as references.</summary>
internal static class Verify
{
    /// <summary>
    /// Resolved once (through NuGet at first use) and reused by every test. The compliance abstractions come as a package,
    /// so the test compilation gets their net8.0 asset, as a net8.0 user would (the test's own copy is the net9.0 one:
    /// CS1705 against net8.0 reference assemblies). Keep the version in step with Directory.Packages.props.
    /// </summary>
    public static readonly ReferenceAssemblies ReferenceAssemblies = ReferenceAssemblies.Net.Net80.AddPackages(
        ImmutableArray.Create(new PackageIdentity("Microsoft.Extensions.Compliance.Abstractions", "9.0.0")));

    public static readonly MetadataReference Toolkit = MetadataReference.CreateFromFile(typeof(PersonalAttribute).Assembly.Location);

    /// <summary>Stand-in for Newtonsoft.Json's attribute, so the tests need no Newtonsoft package.</summary>
    public const string NewtonsoftStandIn = """
        namespace Newtonsoft.Json
        {
            [System.AttributeUsage(System.AttributeTargets.Property | System.AttributeTargets.Field | System.AttributeTargets.Parameter)]
            public sealed class JsonPropertyAttribute : System.Attribute
            {
                public JsonPropertyAttribute() { }
                public JsonPropertyAttribute(string propertyName) { PropertyName = propertyName; }
                public string PropertyName { get; set; }
            }
        }
        """;

    public static DiagnosticResult Diagnostic() => new(DiagnosticDescriptors.UnclassifiedPersonalData);

    public static Task AnalyzerAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => AnalyzerAsync<TAnalyzer>(source, withToolkit: true, compilerDiagnostics: CompilerDiagnostics.Errors, expected);

    public static async Task AnalyzerAsync<TAnalyzer>(
        string source,
        bool withToolkit,
        CompilerDiagnostics compilerDiagnostics,
        params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies,
            CompilerDiagnostics = compilerDiagnostics,
        };
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(NewtonsoftStandIn);
        if (withToolkit)
        {
            test.TestState.AdditionalReferences.Add(Toolkit);
        }

        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Like <see cref="AnalyzerAsync{TAnalyzer}(string, DiagnosticResult[])"/>, with a hook to add additional files or analyzer config files.</summary>
    public static async Task AnalyzerAsync<TAnalyzer>(string source, System.Action<SolutionState> configure, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
    {
        var test = new CSharpAnalyzerTest<TAnalyzer, DefaultVerifier> { ReferenceAssemblies = ReferenceAssemblies };
        test.TestState.Sources.Add(source);
        test.TestState.Sources.Add(NewtonsoftStandIn);
        test.TestState.AdditionalReferences.Add(Toolkit);
        configure(test.TestState);
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Runs a code fix with a chosen code action (by equivalence key), for the fix and for Fix All.</summary>
    public static async Task CodeFixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, string equivalenceKey, int? iterations = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies,
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
        };

        // Diagnostics the chosen action leaves alone stay marked up in the fixed code.
        test.FixedState.MarkupHandling = MarkupMode.Allow;
        test.TestState.AdditionalReferences.Add(Toolkit);
        if (iterations is not null)
        {
            test.NumberOfIncrementalIterations = iterations;
            test.NumberOfFixAllIterations = 1;
        }

        await test.RunAsync(CancellationToken.None);
    }

    public static async Task CodeFixAsync<TAnalyzer, TCodeFix>(string source, string fixedSource, int? iterations = null)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = ReferenceAssemblies,
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.TestState.AdditionalReferences.Add(Toolkit);
        if (iterations is not null)
        {
            test.NumberOfIncrementalIterations = iterations;
            test.NumberOfFixAllIterations = 1;
        }

        await test.RunAsync(CancellationToken.None);
    }
}
