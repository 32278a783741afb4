using Basic.Reference.Assemblies;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Extensions.Compliance.Classification;
using TrackLayer.ControlsAsCode.CodebaseGenerator;

namespace TrackLayer.ControlsAsCode.Benchmarks;

/// <summary>A generated codebase, parsed once, compiled as a user's net8.0 project would be.</summary>
internal sealed class GeneratedCompilation
{
    private static readonly MetadataReference[] References = Net80.References.All
        .Cast<MetadataReference>()
        .Append(MetadataReference.CreateFromFile(typeof(PersonalAttribute).Assembly.Location))
        .Append(MetadataReference.CreateFromFile(Path.Combine(AppContext.BaseDirectory, "ref-net8.0",
            Path.GetFileName(typeof(DataClassificationAttribute).Assembly.Location))))
        .ToArray();

    /// <summary>Where the generated files claim to live by default: absolute, as in a real build's PDB.</summary>
    public const string DefaultProjectDirectory = "/generated/Generated.Tracking/";

    private readonly SyntaxTree[] _trees;

    /// <param name="projectDirectory">Where the files live (ends with a separator); <see cref="WriteSources"/> puts them there.</param>
    public GeneratedCompilation(int files, int seed, bool violations = true, string projectDirectory = DefaultProjectDirectory)
    {
        ProjectDirectory = projectDirectory;
        Codebase = CodebaseGenerator.CodebaseGenerator.Generate(files, seed, violations);
        var options = new CSharpParseOptions(LanguageVersion.Latest);
        var usings = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Net.Http; global using System.Threading.Tasks;",
            options, ProjectDirectory + "GlobalUsings.cs", System.Text.Encoding.UTF8);
        _trees = Codebase.Files.Select(f => CSharpSyntaxTree.ParseText(f.Text, options, ProjectDirectory + f.Path, System.Text.Encoding.UTF8)).Append(usings).ToArray();
    }

    public GeneratedCodebase Codebase { get; }

    public string ProjectDirectory { get; }

    /// <summary>
    /// Writes the source files where the PDB says they are: the task reads each declaring type's file for its
    /// declaration line, as it does in a real build.
    /// </summary>
    public void WriteSources()
    {
        foreach (var tree in _trees)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(tree.FilePath)!);
            File.WriteAllText(tree.FilePath, tree.GetText().ToString());
        }
    }

    /// <summary>A fresh compilation over the same parsed trees: no binding is cached from a previous run.</summary>
    public CSharpCompilation Create() => CSharpCompilation.Create(
        "Generated.Tracking",
        _trees,
        References,
        new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable, deterministic: true));

    /// <summary>Emits the assembly (and its portable PDB) to <paramref name="path"/>; throws on compile errors.</summary>
    public void Emit(string path)
    {
        var pdb = Path.ChangeExtension(path, ".pdb");
        using var peStream = File.Create(path);
        using var pdbStream = File.Create(pdb);
        var result = Create().Emit(peStream, pdbStream, options: new Microsoft.CodeAnalysis.Emit.EmitOptions(debugInformationFormat: Microsoft.CodeAnalysis.Emit.DebugInformationFormat.PortablePdb));
        var errors = result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Take(10).ToList();
        if (!result.Success) throw new InvalidOperationException("The generated codebase does not compile:\n" + string.Join("\n", errors));
    }

    /// <summary>
    /// Compiler errors and warnings of the generated code. The benchmarks refuse to measure a codebase with either: a
    /// realistic one compiles clean, and thousands of warnings would be the build's logging, not its analysis.
    /// </summary>
    public IReadOnlyList<Diagnostic> CompilerProblems() =>
        Create().GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
}
