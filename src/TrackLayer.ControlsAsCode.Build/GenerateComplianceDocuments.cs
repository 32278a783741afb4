using System;
using System.Collections.Generic;
using System.IO;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TrackLayer.ControlsAsCode.Build.Checks;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build;

/// <summary>
/// Writes the compliance documents (Statement of Applicability, destination inventory, data classification register,
/// retention register; each as Markdown, HTML, CSV and JSON) from what a compiled assembly and its references declare,
/// then runs the build-time checks (TLC5003–TLC5006). Reads metadata only (never loads the assemblies), renders every
/// document before writing any, rewrites a file only when its bytes change, and replaces each file atomically, so a
/// failed build leaves the previous documents intact.
/// </summary>
public sealed class GenerateComplianceDocuments : Microsoft.Build.Utilities.Task
{
    /// <summary>The message the sample's README (and users' build logs) look for.</summary>
    internal const string WrittenMessagePrefix = "TrackLayer.ControlsAsCode: Statement of Applicability written to ";

    /// <summary>The compiled assembly (the one in obj/, which keeps every attribute; not a reference assembly).</summary>
    [Required]
    public string Assembly { get; set; } = "";

    /// <summary>
    /// Assemblies whose declarations are merged in when they declare anything (project and package references of an
    /// app). One that does not reference TrackLayer.ControlsAsCode is skipped after a look at its AssemblyRef table.
    /// </summary>
    public ITaskItem[]? ReferencedAssemblies { get; set; }

    /// <summary>The folder the documents are written to; created when missing.</summary>
    [Required]
    public string OutputDirectory { get; set; } = "";

    /// <summary>The version to state; overrides the assembly's informational version.</summary>
    public string? Version { get; set; }

    /// <summary>The source revision (commit) to state; overrides the '+sha' suffix of the assembly's informational version.</summary>
    public string? SourceRevision { get; set; }

    /// <summary>The project directory: source paths from the PDB are written relative to it.</summary>
    public string? ProjectDirectory { get; set; }

    /// <summary>The project file, where diagnostics without a source line point.</summary>
    public string? ProjectFile { get; set; }

    /// <summary><c>off</c>, <c>warning</c> (default) or <c>error</c>: how TLC5003 reports undecided controls.</summary>
    public string? UndecidedControls { get; set; }

    /// <summary>How old a review may be (ISO 8601 duration, default <c>P1Y</c>) before TLC5004.</summary>
    public string? ReviewInterval { get; set; }

    /// <summary>The date reviews are measured against (<c>yyyy-MM-dd</c>); default: today (UTC). Set it for reproducible checks.</summary>
    public string? Today { get; set; }

    /// <summary>Where repository-relative evidence paths are looked up; default: the nearest folder above the project holding .git.</summary>
    public string? EvidenceRoot { get; set; }

    /// <summary>Whether the documents state when they were generated (off by default: the bytes then depend on the declarations alone).</summary>
    public bool IncludeTimestamp { get; set; }

    /// <summary>The timestamp to state (ISO 8601) when <see cref="IncludeTimestamp"/> is set; overrides <see cref="SourceDateEpoch"/>.</summary>
    public string? TimestampValue { get; set; }

    /// <summary>SOURCE_DATE_EPOCH (seconds since 1970), used for the timestamp when <see cref="TimestampValue"/> is empty.</summary>
    public string? SourceDateEpoch { get; set; }

    /// <summary>Full paths of every document (written now or already up to date), for FileWrites.</summary>
    [Output]
    public ITaskItem[] WrittenFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>Full paths of the documents whose bytes changed in this run.</summary>
    [Output]
    public ITaskItem[] ChangedFiles { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>The clock, replaceable in tests.</summary>
    internal Func<DateTime> UtcNow { get; set; } = () => DateTime.UtcNow;

    public override bool Execute()
    {
        var projectFile = string.IsNullOrWhiteSpace(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode ?? "" : ProjectFile!;
        var settingErrors = new List<BuildDiagnostic>();
        var settings = CheckSettings.Parse(UndecidedControls, ReviewInterval, Today, IncludeTimestamp, TimestampValue, SourceDateEpoch, UtcNow(), projectFile, settingErrors);
        if (settingErrors.Count > 0)
        {
            settingErrors.ForEach(LogError);
            return false;
        }

        TaskWarmUp.Start(); // the rest of the task compiles on a second core while this thread reads the assembly
        var projectDirectory = string.IsNullOrWhiteSpace(ProjectDirectory) ? null : Path.GetFullPath(ProjectDirectory);
        var main = DeclarationReader.Read(Assembly, projectDirectory);
        if (main.Declarations is null)
        {
            foreach (var error in main.Errors)
            {
                LogError(error);
            }

            return false;
        }

        var assemblies = new List<ComplianceDeclarations> { main.Declarations };
        assemblies.AddRange(ReadReferences(main.Declarations.AssemblyName, projectDirectory));

        var documents = ComplianceDocumentSetBuilder.Build(assemblies);
        documents.Soa.Version = NonEmpty(Version) ?? main.Declarations.AssemblyVersion;
        documents.Soa.SourceRevision = NonEmpty(SourceRevision) ?? main.Declarations.SourceRevision;
        documents.GeneratedAt = settings.GeneratedAt;

        var rendered = RenderedDocument.RenderAll(documents, OutputDirectory);
        RenderedDocument.CommitAll(rendered);
        var written = new List<ITaskItem>();
        var changed = new List<ITaskItem>();
        for (var i = 0; i < rendered.Count; i++)
        {
            var document = rendered[i];
            if (document.Failure is { } e)
            {
                LogError(new BuildDiagnostic(
                    DiagnosticIds.DocumentWriteFailed,
                    document.Path,
                    "The compliance document could not be written to '" + document.Path + "'; the previous document, if any, is unchanged: " + e.Message));
                continue;
            }

            if (document.Changed)
            {
                changed.Add(new TaskItem(document.Path));
            }

            written.Add(new TaskItem(document.Path));
        }

        WrittenFiles = written.ToArray();
        ChangedFiles = changed.ToArray();
        if (Log.HasLoggedErrors)
        {
            return false;
        }

        Log.LogMessage(MessageImportance.High, WrittenMessagePrefix + rendered[0].Path +
                                               " (" + rendered.Count + " documents in " + Path.GetDirectoryName(rendered[0].Path) + ", " + changed.Count + " changed)");

        var evidenceRoot = NonEmpty(EvidenceRoot) is { } root
            ? Path.GetFullPath(root)
            : DocumentChecks.FindRepositoryRoot(projectDirectory) ?? projectDirectory ?? Directory.GetCurrentDirectory();
        var (warnings, errors) = new DocumentChecks(settings, projectFile, projectDirectory, evidenceRoot).Run(documents, assemblies);
        warnings.ForEach(LogWarning);
        errors.ForEach(LogError);
        return !Log.HasLoggedErrors;
    }

    /// <summary>
    /// Reads the referenced assemblies and keeps those that declare something. A reference that cannot be read is a
    /// warning, not an error: the project's own declarations are still documented, and the warning says what is missing.
    /// </summary>
    private IEnumerable<ComplianceDeclarations> ReadReferences(string mainAssemblyName, string? projectDirectory)
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

            var result = DeclarationReader.Read(path, projectDirectory, onlyIfReferencingApi: true);
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
            lineNumber: diagnostic.Line,
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
            lineNumber: diagnostic.Line,
            columnNumber: 0,
            endLineNumber: 0,
            endColumnNumber: 0,
            message: diagnostic.Message);

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
}
