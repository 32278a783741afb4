using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>
/// Runs analyzers the way an IDE does, through <see cref="CompilationWithAnalyzers"/>, on plain compilations (for the
/// corpus and the fuzz test, which need no expected-diagnostic markup).
/// </summary>
internal static class AnalyzerHarness
{
    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static ImmutableArray<MetadataReference> _references;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <summary>net8.0 reference assemblies, the compliance abstractions, the toolkit: resolved once.</summary>
    public static async Task<ImmutableArray<MetadataReference>> ReferencesAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_references.IsDefault)
            {
                var resolved = await Verify.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
                _references = resolved.Add(Verify.Toolkit);
            }

            return _references;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>Every analyzer type in the analyzer assembly, found by reflection (rules added later are included).</summary>
    public static ImmutableArray<DiagnosticAnalyzer> AllAnalyzers()
        => typeof(TrackLayerAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t) && t.GetConstructor(Type.EmptyTypes) is not null)
            .OrderBy(t => t.FullName, StringComparer.Ordinal)
            .Select(t => (DiagnosticAnalyzer)Activator.CreateInstance(t)!)
            .ToImmutableArray();

    public static CSharpCompilation Compile(IEnumerable<SyntaxTree> trees, ImmutableArray<MetadataReference> references)
        => CSharpCompilation.Create(
            "Harness",
            trees.Append(CSharpSyntaxTree.ParseText(Verify.NewtonsoftStandIn, ParseOptions, "Newtonsoft.cs")),
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
}
