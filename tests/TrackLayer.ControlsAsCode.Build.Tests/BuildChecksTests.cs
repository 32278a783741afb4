using System;
using System.IO;
using System.Linq;
using Microsoft.Build.Framework;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using M = TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>TLC5003–TLC5007 on compiled test assemblies: what each flags, what it leaves alone, where it points.</summary>
public sealed class BuildChecksTests : IDisposable
{
    private readonly TaskRunner _run = new();
    private readonly string _assembly;

    public BuildChecksTests()
    {
        _assembly = TestAssembly.Compile(_run.Temp.Path, Samples.Checks, assemblyName: "Checks");
        Directory.CreateDirectory(_run.Temp.Combine("docs"));
        File.WriteAllText(_run.Temp.Combine("docs", "policy.md"), "# Policy");
    }

    public void Dispose() => _run.Dispose();

    private string Source => _run.Temp.Combine("Sources", "Checks.cs");

    [Fact]
    public void Undecided_controls_are_one_warning_at_the_project_file_listing_them_by_default()
    {
        Assert.True(_run.Task(_assembly).Execute());

        var warning = Assert.Single(_run.Engine.Warnings, w => w.Code == "TLC5003");
        Assert.Equal(_run.ProjectFile, warning.File);
        Assert.Equal(0, warning.LineNumber);
        Assert.StartsWith("91 of 93 ISO/IEC 27001:2022 Annex A controls are undecided", warning.Message);
        Assert.Contains(": 5.2, 5.3, ", warning.Message);
        Assert.DoesNotContain(" 5.1,", warning.Message);
        Assert.DoesNotContain(" 7.4,", warning.Message);
        Assert.Equal("https://github.com/tracklayer/TrackLayer.ControlsAsCode/blob/main/docs/rules/TLC5003.md", warning.HelpLink);
    }

    [Fact]
    public void Undecided_controls_as_error_fail_the_build_but_still_write_the_documents()
    {
        var task = _run.Task(_assembly);
        task.UndecidedControls = "error";

        Assert.False(task.Execute());

        Assert.Equal("TLC5003", Assert.Single(_run.Engine.Errors).Code);
        Assert.DoesNotContain(_run.Engine.Warnings, w => w.Code == "TLC5003");
        Assert.Equal(16, task.WrittenFiles.Length);
    }

    [Theory]
    [InlineData("off")]
    [InlineData("OFF")]
    public void Undecided_controls_off_reports_nothing(string value)
    {
        var task = _run.Task(_assembly);
        task.UndecidedControls = value;

        Assert.True(task.Execute());
        Assert.DoesNotContain(_run.Engine.Warnings, w => w.Code == "TLC5003");
    }

    [Fact]
    public void A_fully_decided_statement_has_no_undecided_warning()
    {
        var all = string.Join("\n", M.ControlCatalog.Controls.Select(c => "[assembly: ExcludedControl(\"" + c.Id + "\", \"Out of scope\")]"));
        var assembly = TestAssembly.Compile(_run.Temp.Combine("decided"), "using TrackLayer.ControlsAsCode;\n" + all, assemblyName: "Decided");

        Assert.True(_run.Task(assembly).Execute());
        Assert.Empty(_run.Engine.Warnings);
    }

    [Fact]
    public void Reviews_older_than_the_interval_are_flagged_at_the_declaration()
    {
        Assert.True(_run.Task(_assembly).Execute());

        var overdue = _run.Engine.Warnings.Where(w => w.Code == "TLC5004").ToList();
        Assert.Equal(2, overdue.Count);

        // Assembly-level control: no source line, so the project file.
        var control = overdue.Single(w => w.Message!.Contains("control 5.1", StringComparison.Ordinal));
        Assert.Equal(_run.ProjectFile, control.File);
        Assert.Equal("The review of control 5.1 (declared on assembly) dated 2024-01-10 is older than the review interval P1Y: it was due on 2025-01-10. Review the declaration and update ReviewedOn.", control.Message);

        // A destination declared on a type: its file and declaration line from the PDB.
        var destination = overdue.Single(w => w.Message!.Contains("destination 'crm'", StringComparison.Ordinal));
        Assert.Equal(Source, destination.File);
        Assert.Equal(Line("public sealed class CrmDestination"), destination.LineNumber);
        Assert.Contains("dated 2023-02-01", destination.Message);
        Assert.Contains("due on 2024-02-01", destination.Message);
    }

    [Theory]
    [InlineData("P2Y", "2026-05-01", 2)] // 5.1 (2024-01-10) and crm (2023-02-01); not 7.4 (2025-06-01)
    [InlineData("P10Y", "2026-05-01", 0)]
    [InlineData("P1Y", "2025-01-10", 1)] // 5.1 falls due that very day, which is not yet overdue; crm is
    [InlineData("P30D", "2026-05-01", 3)] // 5.1, 7.4, crm; not the two reviewed on 2026-04-01 (due today)
    public void The_interval_and_today_are_configurable(string interval, string today, int expectedWarnings)
    {
        var task = _run.Task(_assembly);
        task.ReviewInterval = interval;
        task.Today = today;

        Assert.True(task.Execute());
        Assert.Equal(expectedWarnings, _run.Engine.Warnings.Count(w => w.Code == "TLC5004"));
    }

    [Fact]
    public void Evidence_paths_to_no_file_are_flagged_but_urls_tickets_text_and_existing_files_are_not()
    {
        Assert.True(_run.Task(_assembly).Execute());

        var missing = Assert.Single(_run.Engine.Warnings, w => w.Code == "TLC5005");
        Assert.Equal(_run.ProjectFile, missing.File);
        Assert.StartsWith("The evidence 'docs/missing.md' of control 5.1 (declared on assembly) is a repository path, but no file or folder 'docs/missing.md' exists under '" + _run.Temp.Path + "'", missing.Message);
    }

    [Fact]
    public void Evidence_is_found_relative_to_the_project_when_the_evidence_root_lacks_it()
    {
        var task = _run.Task(_assembly);
        task.EvidenceRoot = _run.Temp.Combine("elsewhere");
        Directory.CreateDirectory(task.EvidenceRoot);
        File.WriteAllText(_run.Temp.Combine("docs", "missing.md"), "now here");

        Assert.True(task.Execute());
        Assert.DoesNotContain(_run.Engine.Warnings, w => w.Code == "TLC5005");
    }

    [Fact]
    public void Destinations_with_personal_data_and_no_contract_are_flagged_whether_declared_or_derived()
    {
        Assert.True(_run.Task(_assembly).Execute());

        var flagged = _run.Engine.Warnings.Where(w => w.Code == "TLC5006").OrderBy(w => w.Message, StringComparer.Ordinal).ToList();
        Assert.Equal(2, flagged.Count);
        Assert.Equal("Destination 'crm' (declared on Checks.CrmDestination) receives personal data through its payload types (Email, Phone (pseudonymised)) but names no contract or data processing agreement. Set Contract on its [Destination] to the agreement's reference.", flagged[0].Message);
        Assert.Equal(Source, flagged[0].File);
        Assert.Equal(Line("public sealed class CrmDestination"), flagged[0].LineNumber);
        Assert.StartsWith("Destination 'declared-only' (declared on Checks.DeclaredOnlyDestination) declares that it receives personal data but names no contract", flagged[1].Message);
        Assert.Equal(Line("public sealed class DeclaredOnlyDestination"), flagged[1].LineNumber);
        // 'analytics' carries personal data and names its contract.
        Assert.DoesNotContain(flagged, w => w.Message!.Contains("'analytics'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(nameof(GenerateComplianceDocuments.UndecidedControls), "loud", "TrackLayerUndecidedControls")]
    [InlineData(nameof(GenerateComplianceDocuments.ReviewInterval), "1 year", "TrackLayerReviewInterval")]
    [InlineData(nameof(GenerateComplianceDocuments.ReviewInterval), "P0D", "TrackLayerReviewInterval")]
    [InlineData(nameof(GenerateComplianceDocuments.Today), "tomorrow", "TrackLayerComplianceToday")]
    [InlineData(nameof(GenerateComplianceDocuments.SourceDateEpoch), "yesterday", "SOURCE_DATE_EPOCH")]
    [InlineData(nameof(GenerateComplianceDocuments.TimestampValue), "noon", "TrackLayerComplianceTimestampValue")]
    public void An_invalid_setting_is_a_TLC5007_error_naming_the_property_and_nothing_is_written(string parameter, string value, string property)
    {
        var task = _run.Task(_assembly);
        task.IncludeTimestamp = true;
        typeof(GenerateComplianceDocuments).GetProperty(parameter)!.SetValue(task, value);

        Assert.False(task.Execute());

        var error = Assert.Single(_run.Engine.Errors);
        Assert.Equal("TLC5007", error.Code);
        Assert.Equal(_run.ProjectFile, error.File);
        Assert.StartsWith("The value '" + value + "' of " + property + " is not valid", error.Message);
        Assert.False(Directory.Exists(_run.Output));
    }

    [Fact]
    public void Check_diagnostics_come_in_a_stable_order()
    {
        Assert.True(_run.Task(_assembly).Execute());
        var first = _run.Engine.Warnings.Select(w => w.Code + w.Message).ToList();
        Assert.True(_run.Task(_assembly).Execute());
        Assert.Equal(first, _run.Engine.Warnings.Select(w => w.Code + w.Message));
        Assert.Equal(new[] { "TLC5003", "TLC5004", "TLC5005", "TLC5004", "TLC5006", "TLC5006" }, _run.Engine.Warnings.Select(w => w.Code));
    }

    private int Line(string text) => Array.FindIndex(File.ReadAllLines(Source), l => l.Contains(text, StringComparison.Ordinal)) + 1;
}
