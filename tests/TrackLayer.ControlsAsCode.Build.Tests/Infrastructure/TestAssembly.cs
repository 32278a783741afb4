using System;
using System.IO;
using System.Linq;
using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

/// <summary>
/// Compiles a C# snippet to a .dll on disk, as the user's build would: against the .NET 8 reference assemblies,
/// the real TrackLayer.ControlsAsCode.dll (netstandard2.0) and Microsoft.Extensions.Compliance.Abstractions.dll (net8.0). The reader then sees
/// our attributes as TypeReferences into another assembly, which is the normal case.
/// </summary>
internal static class TestAssembly
{
    private static readonly MetadataReference[] References = Net80.References.All
        .Cast<MetadataReference>()
        .Concat(new[]
        {
            MetadataReference.CreateFromFile(typeof(PersonalAttribute).Assembly.Location),
            // The net8.0 build the test project copies beside itself (the loaded net9.0 build needs System.Runtime 9).
            MetadataReference.CreateFromFile(Path.Combine(
                Path.GetDirectoryName(typeof(DataClassificationAttribute).Assembly.Location)!,
                "ref-net8.0",
                Path.GetFileName(typeof(DataClassificationAttribute).Assembly.Location))),
        })
        .ToArray();

    /// <summary>Compiles <paramref name="source"/> into <c>&lt;directory&gt;/&lt;assemblyName&gt;.dll</c> and returns the path.</summary>
    public static string Compile(string directory, string source, string assemblyName = "Sample.App", bool withDeclarationApi = true)
    {
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest));
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { tree },
            withDeclarationApi ? References : Net80.References.All.Cast<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

        var path = Path.Combine(directory, assemblyName + ".dll");
        var result = compilation.Emit(path);
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success || errors.Count > 0)
        {
            throw new InvalidOperationException("The test source does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return path;
    }
}
