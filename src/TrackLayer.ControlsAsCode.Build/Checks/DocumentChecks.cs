using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Checks;

/// <summary>
/// The build-time checks on what the documents say (TLC5003–TLC5006): undecided controls, overdue reviews, evidence
/// paths that point to no file, destinations with personal data and no contract. Each diagnostic points at the
/// declaring type's source line when the PDB gives it, else at the project file.
/// </summary>
internal sealed class DocumentChecks
{
    private readonly CheckSettings _settings;
    private readonly string _projectFile;
    private readonly string? _projectDirectory;
    private readonly string _evidenceRoot;

    public DocumentChecks(CheckSettings settings, string projectFile, string? projectDirectory, string evidenceRoot)
    {
        _settings = settings;
        _projectFile = projectFile;
        _projectDirectory = projectDirectory;
        _evidenceRoot = evidenceRoot;
    }

    /// <summary>Warnings and errors (by <see cref="UndecidedSeverity"/>) in a stable order.</summary>
    public (List<BuildDiagnostic> Warnings, List<BuildDiagnostic> Errors) Run(ComplianceDocumentSet documents, IReadOnlyList<ComplianceDeclarations> assemblies)
    {
        var warnings = new List<BuildDiagnostic>();
        var errors = new List<BuildDiagnostic>();

        var undecided = documents.Soa.Rows.Where(r => r.Applicability == Applicability.Undecided).Select(r => r.Control.Id).ToList();
        if (undecided.Count > 0 && _settings.Undecided != UndecidedSeverity.Off)
        {
            var diagnostic = new BuildDiagnostic(DiagnosticIds.UndecidedControls, _projectFile,
                undecided.Count.ToString(CultureInfo.InvariantCulture) + " of " + documents.Soa.Rows.Count.ToString(CultureInfo.InvariantCulture) +
                " ISO/IEC 27001:2022 Annex A controls are undecided, so the Statement of Applicability cannot say whether they apply: " +
                string.Join(", ", undecided) + ". Declare each with [ApplicableControl] or [ExcludedControl] (TrackLayerUndecidedControls sets this check to off, warning or error).");
            (_settings.Undecided == UndecidedSeverity.Error ? errors : warnings).Add(diagnostic);
        }

        var controls = assemblies.SelectMany(a => a.Controls)
            .OrderBy(c => c.DeclaredOn, StringComparer.Ordinal).ThenBy(c => c.ControlId, StringComparer.Ordinal).ToList();
        foreach (var control in controls)
        {
            if (ReviewSchedule.IsOverdue(control.ReviewedOn, _settings.ReviewInterval, _settings.Today, out var due))
            {
                warnings.Add(At(DiagnosticIds.ReviewOverdue, control.Location,
                    "The review of control " + control.ControlId + " (declared on " + control.DeclaredOn + ") dated " + control.ReviewedOn +
                    " is older than the review interval " + _settings.ReviewInterval.Text + ": it was due on " + Date(due) +
                    ". Review the declaration and update ReviewedOn."));
            }

            foreach (var evidence in control.Evidence)
            {
                if (EvidenceReference.Classify(evidence) == EvidenceKind.RepositoryPath && !EvidenceExists(EvidenceReference.PathPart(evidence)))
                {
                    warnings.Add(At(DiagnosticIds.EvidenceNotFound, control.Location,
                        "The evidence '" + evidence + "' of control " + control.ControlId + " (declared on " + control.DeclaredOn +
                        ") is a repository path, but no file or folder '" + EvidenceReference.PathPart(evidence) + "' exists under '" + _evidenceRoot +
                        "'. Fix the path, add the document, or reference a URL or ticket id instead."));
                }
            }
        }

        foreach (var row in documents.Destinations.Rows)
        {
            var d = row.Declaration;
            if (ReviewSchedule.IsOverdue(d.ReviewedOn, _settings.ReviewInterval, _settings.Today, out var due))
            {
                warnings.Add(At(DiagnosticIds.ReviewOverdue, d.Location,
                    "The review of destination '" + d.Id + "' (declared on " + d.DeclaredOn + ") dated " + d.ReviewedOn +
                    " is older than the review interval " + _settings.ReviewInterval.Text + ": it was due on " + Date(due) +
                    ". Review the destination and update ReviewedOn."));
            }

            if (row.SendsPersonalData && string.IsNullOrWhiteSpace(d.Contract))
            {
                var why = d.SendsPersonalData ? "declares that it receives personal data" : "receives personal data through its payload types (" + string.Join(", ", row.DerivedCategories) + ")";
                warnings.Add(At(DiagnosticIds.PersonalDataWithoutContract, d.Location,
                    "Destination '" + d.Id + "' (declared on " + d.DeclaredOn + ") " + why +
                    " but names no contract or data processing agreement. Set Contract on its [Destination] to the agreement's reference."));
            }
        }

        return (warnings, errors);
    }

    private bool EvidenceExists(string relative)
    {
        foreach (var root in new[] { _evidenceRoot, _projectDirectory })
        {
            if (string.IsNullOrEmpty(root)) continue;
            try
            {
                var full = Path.GetFullPath(Path.Combine(root, relative.Replace('\\', Path.DirectorySeparatorChar).Replace('/', Path.DirectorySeparatorChar)));
                if (File.Exists(full) || Directory.Exists(full)) return true;
            }
            catch (Exception e) when (e is ArgumentException || e is NotSupportedException || e is PathTooLongException)
            {
                // Characters no path can hold: it points to no file.
            }
        }

        return false;
    }

    /// <summary>A diagnostic at the declaration's source line, or at the project file without one.</summary>
    private BuildDiagnostic At(string id, SourceLocation? location, string message)
    {
        if (location is null || _projectDirectory is null || location.File.StartsWith("/_", StringComparison.Ordinal))
        {
            return new BuildDiagnostic(id, _projectFile, message);
        }

        return new BuildDiagnostic(id, Path.GetFullPath(Path.Combine(_projectDirectory, location.File)), message, location.Line);
    }

    private static string Date(DateTime date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The repository root: the nearest folder at or above <paramref name="start"/> holding .git (a folder, or a file in a worktree).</summary>
    public static string? FindRepositoryRoot(string? start)
    {
        if (string.IsNullOrWhiteSpace(start)) return null;
        var directory = new DirectoryInfo(Path.GetFullPath(start));
        while (directory is not null)
        {
            var git = Path.Combine(directory.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git)) return directory.FullName;
            directory = directory.Parent;
        }

        return null;
    }
}
