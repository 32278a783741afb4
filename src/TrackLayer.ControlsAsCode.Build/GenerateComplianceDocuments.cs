using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build;

/// <summary>
/// Writes the Statement of Applicability (Markdown and JSON) from what a compiled assembly, and optionally its
/// references, declare. Reads metadata only (never loads the assemblies), renders every document before writing
/// any, and replaces each file atomically, so a failed build leaves the previous documents intact.
/// </summary>
public sealed class GenerateComplianceDocuments : Microsoft.Build.Utilities.Task
{
    /// <summary>The message the sample's README (and users' build logs) look for.</summary>
    internal const string WrittenMessagePrefix = "TrackLayer.ControlsAsCode: Statement of Applicability written to ";

    // One writer per format; the order is the order of WrittenFiles.
    private static readonly ISoaDocumentWriter[] Writers = { new MarkdownSoaWriter(), new JsonSoaWriter() };

    /// <summary>The compiled assembly (the one in obj/, which keeps every attribute; not a reference assembly).</summary>
    [Required]
    public string Assembly { get; set; } = "";

    /// <summary>Assemblies whose declarations are merged in when they declare anything (project references of an app).</summary>
    public ITaskItem[]? ReferencedAssemblies { get; set; }

    /// <summary>The folder the documents are written to; created when missing.</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>The version to state; overrides the assembly's informational version.</summary>
    public string? Version { get; set; }

    /// <summary>The source revision (commit) to state; overrides the '+sha' suffix of the assembly's informational version.</summary>
    public string? SourceRevision { get; set; }

    /// <summary>Full paths of the documents written (for FileWrites and incremental builds).</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var main = DeclarationReader.Read(Assembly);
        if (main.Declarations is null)
        {
            foreach (var error in main.Errors)
            {
                LogError(error);
            }

            return false;
        }

        var assemblies = new List<ComplianceDeclarations> { main.Declarations };
        assemblies.AddRange(ReadReferences(main.Declarations.AssemblyName));

        var soa = StatementOfApplicabilityBuilder.Build(assemblies);
        soa.Version = NonEmpty(Version) ?? main.Declarations.AssemblyVersion;
        soa.SourceRevision = NonEmpty(SourceRevision) ?? main.Declarations.SourceRevision;

        // Render everything before writing anything: a rendering bug then leaves every previous document in place.
        var documents = Writers.Select(w => new { Path = Path.GetFullPath(Path.Combine(OutputDirectory, w.FileName)), Text = w.Write(soa) }).ToList();

        var written = new List<ITaskItem>();
        foreach (var document in documents)
        {
            try
            {
                AtomicFile.WriteAllText(document.Path, document.Text);
                written.Add(new TaskItem(document.Path));
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                LogError(new BuildDiagnostic(
                    DiagnosticIds.DocumentWriteFailed,
                    document.Path,
                    "The Statement of Applicability could not be written to '" + document.Path + "'; the previous document, if any, is unchanged: " + e.Message));
            }
        }

        WrittenFiles = written.ToArray();
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        Log.LogMessage(MessageImportance.High, WrittenMessagePrefix + documents[0].Path);
        return true;
    }

    /// <summary>
    /// Reads the referenced assemblies and keeps those that declare something. A reference that cannot be read is a
    /// warning, not an error: the project's own declarations are still documented, and the warning says what is missing.
    /// </summary>
    private IEnumerable<ComplianceDeclarations> ReadReferences(string mainAssemblyName)
    {
        var seenNames = new HashSet<string>(StringComparer.Ordinal) { mainAssemblyName };
        var seenPaths = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in ReferencedAssemblies ?? Array.Empty<ITaskItem>())
        {
            var path = item.ItemSpec;
            if (string.IsNullOrWhiteSpace(path) || !seenPaths.Add(Path.GetFullPath(path)))
            {
                continue;
            }

            var result = DeclarationReader.Read(path);
            if (result.Declarations is null)
            {
                foreach (var error in result.Errors)
                {
                    LogWarning(error);
                }

                continue;
            }

            // The same assembly can come in twice (the project itself, or two copies of one reference): merge it once.
            if (result.Declarations.HasAnyDeclaration && seenNames.Add(result.Declarations.AssemblyName))
            {
                yield return result.Declarations;
            }
        }
    }

    // No message arguments are passed, so TaskLoggingHelper does not run string.Format: a '{' in a path stays literal.
    private void LogError(BuildDiagnostic diagnostic) =>
        Log.LogError(
            subcategory: null,
            errorCode: diagnostic.Id,
            helpKeyword: null,
            helpLink: DiagnosticIds.HelpLink(diagnostic.Id),
            file: diagnostic.File,
            lineNumber: 0,
            columnNumber: 0,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: diagnostic.Message);

    private void LogWarning(BuildDiagnostic diagnostic) =>
        Log.LogWarning(
            subcategory: null,
            warningCode: diagnostic.Id,
            helpKeyword: null,
            helpLink: DiagnosticIds.HelpLink(diagnostic.Id),
            file: diagnostic.File,
            lineNumber: 0,
            columnNumber: 0,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: diagnostic.Message);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
