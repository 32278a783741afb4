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

    /// <summary>
    /// Compiles <paramref name="source"/> into <c>&lt;directory&gt;/&lt;assemblyName&gt;.dll</c> and returns the path. With
    /// <paramref name="withPdb"/>, a portable PDB goes beside it, and the source file is named
    /// <c>&lt;directory&gt;/Sources/&lt;assemblyName&gt;.cs</c> in it (so locations read "Sources/Sample.App.cs:12").
    /// </summary>
    public static string Compile(string directory, string source, string assemblyName = "Sample.App", bool withDeclarationApi = true, bool withPdb = true)
    {
        // The source goes on disk too, as in a real project: the task reads it to find a type's declaration line.
        var sourcePath = Path.Combine(directory, "Sources", assemblyName + ".cs");
        Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
        File.WriteAllText(sourcePath, source);
        var tree = CSharpSyntaxTree.ParseText(source, new CSharpParseOptions(LanguageVersion.Latest), path: sourcePath, encoding: System.Text.Encoding.UTF8);
        var compilation = CSharpCompilation.Create(
            assemblyName,
            new[] { tree },
            withDeclarationApi ? References : Net80.References.All.Cast<MetadataReference>(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

        var path = Path.Combine(directory, assemblyName + ".dll");
        var pdbPath = Path.ChangeExtension(path, ".pdb");
        Microsoft.CodeAnalysis.Emit.EmitResult result;
        if (withPdb)
        {
            using var peStream = File.Create(path);
            using var pdbStream = File.Create(pdbPath);
            result = compilation.Emit(peStream, pdbStream, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(
                debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb, pdbFilePath: pdbPath));
        }
        else
        {
            result = compilation.Emit(path);
        }

        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).ToList();
        if (!result.Success || errors.Count > 0)
        {
            throw new InvalidOperationException("The test source does not compile:" + Environment.NewLine + string.Join(Environment.NewLine, errors));
        }

        return path;
    }
}
