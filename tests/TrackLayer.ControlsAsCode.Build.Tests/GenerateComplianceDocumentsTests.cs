using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

namespace TrackLayer.ControlsAsCode.Build.Tests;

public sealed class GenerateComplianceDocumentsTests : IDisposable
{
    private readonly TempDirectory _temp = new();
    private readonly FakeBuildEngine _engine = new();

    public GenerateComplianceDocumentsTests()
    {
        // The App sample's evidence: present, so the evidence check (tested in BuildChecksTests) stays quiet.
        Directory.CreateDirectory(_temp.Combine("docs"));
        File.WriteAllText(_temp.Combine("docs", "hashing.md"), "# Hashing");
    }

    public void Dispose() => _temp.Dispose();

    private GenerateComplianceDocuments Task(string assembly, string output, params string[] references) => new()
    {
        BuildEngine = _engine,
        Assembly = assembly,
        OutputDirectory = output,
        ReferencedAssemblies = references.Select(r => (ITaskItem)new TaskItem(r)).ToArray(),
        ProjectDirectory = _temp.Path,
        ProjectFile = _temp.Combine("Sample.App.csproj"),
        // The checks have their own tests; these are about writing.
        UndecidedControls = "off",
        Today = "2026-05-01",
    };

    internal static readonly string[] DocumentNames =
    {
        "StatementOfApplicability.md", "StatementOfApplicability.html", "StatementOfApplicability.csv", "StatementOfApplicability.json",
        "DestinationInventory.md", "DestinationInventory.html", "DestinationInventory.csv", "DestinationInventory.json",
        "DataClassificationRegister.md", "DataClassificationRegister.html", "DataClassificationRegister.csv", "DataClassificationRegister.json",
        "RetentionRegister.md", "RetentionRegister.html", "RetentionRegister.csv", "RetentionRegister.json",
    };

    [Fact]
    public void Writes_all_four_documents_in_all_four_formats_and_reports_them()
    {
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("obj", "compliance");

        var task = Task(assembly, output);
        var succeeded = task.Execute();

        Assert.True(succeeded, string.Join("\n", _engine.Errors.Select(e => e.Message)));
        Assert.Empty(_engine.Errors);
        Assert.Empty(_engine.Warnings);
        var md = Path.Combine(output, "StatementOfApplicability.md");
        var json = Path.Combine(output, "StatementOfApplicability.json");
        Assert.Equal(DocumentNames.Select(n => Path.Combine(output, n)), task.WrittenFiles.Select(i => i.ItemSpec));
        Assert.Equal(DocumentNames.Select(n => Path.Combine(output, n)), task.ChangedFiles.Select(i => i.ItemSpec));
        Assert.All(DocumentNames, n => Assert.True(File.Exists(Path.Combine(output, n)), n));
        Assert.Equal(DocumentNames.OrderBy(n => n, StringComparer.Ordinal), Directory.GetFiles(output).Select(Path.GetFileName).OrderBy(n => n, StringComparer.Ordinal));
        Assert.Contains(_engine.Messages, m => m.Importance == MessageImportance.High &&
                                               m.Message == "TrackLayer.ControlsAsCode: Statement of Applicability written to " + md + " (16 documents in " + output + ", 16 changed)");

        // Read from the compiled assembly: the version stamp, the 2013 id mapped to 8.15, the implementations.
        var text = File.ReadAllText(md);
        Assert.Contains("- **Version:** 2.3.1\n", text);
        Assert.Contains("- **Source revision:** 4f1c9e2ab\n", text);
        Assert.Contains("| 8.15 | Logging | Technological | Yes | Contractual requirement |  |  | Partially implemented | SRE |  | " +
                        "Sample.AuditLog..ctor [Sources/Sample.App.cs:33]<br>Sample.AuditLog.Path (append-only) [Sources/Sample.App.cs:36]<br>" +
                        "Sample.IdentifierHasher.SaltVersion (salt rotation log) [Sources/Sample.App.cs:21] | 12.4.1, 12.4.2, 12.4.3 | CC7 |  | Sample.SecurityControls [Sources/Sample.App.cs:18] |", text);
        Assert.Contains("| A.99.1 | excluded | Sample.SecurityControls [Sources/Sample.App.cs:18] | not an ISO/IEC 27001:2022 Annex A control id |", text);

        // Deterministic content: no absolute paths and no BOM.
        var bytes = File.ReadAllBytes(json);
        Assert.NotEqual(0xEF, bytes[0]);
        Assert.All(DocumentNames, n => Assert.DoesNotContain(_temp.Path, File.ReadAllText(Path.Combine(output, n))));
        Assert.Empty(Directory.GetFiles(output, "*.tmp"));
    }

    [Fact]
    public void A_second_run_on_the_same_input_writes_the_same_bytes()
    {
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("out");

        Assert.True(Task(assembly, output).Execute());
        var first = Directory.GetFiles(output).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();
        Assert.True(Task(assembly, output).Execute());
        var second = Directory.GetFiles(output).OrderBy(f => f, StringComparer.Ordinal).Select(File.ReadAllBytes).ToList();

        Assert.Equal(16, first.Count);
        Assert.Equal(first, second);
    }

    [Fact]
    public void Version_and_source_revision_parameters_override_the_assembly()
    {
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("out");
        var task = Task(assembly, output);
        task.Version = "9.9.9";
        task.SourceRevision = "deadbeef";

        Assert.True(task.Execute());

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "StatementOfApplicability.json")));
        Assert.Equal("9.9.9", json.RootElement.GetProperty("version").GetString());
        Assert.Equal("deadbeef", json.RootElement.GetProperty("sourceRevision").GetString());
    }

    [Fact]
    public void A_missing_assembly_is_a_TLC5001_error_and_writes_nothing()
    {
        var missing = _temp.Combine("obj", "Missing.dll");
        var output = _temp.Combine("out");
        var task = Task(missing, output);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("TLC5001", error.Code);
        Assert.Equal(missing, error.File);
        Assert.Equal("https://github.com/tracklayer/TrackLayer.ControlsAsCode/blob/main/docs/rules/TLC5001.md", error.HelpLink);
        Assert.Empty(task.WrittenFiles);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void A_garbage_assembly_is_a_TLC5001_error_and_writes_nothing()
    {
        var garbage = _temp.Combine("Garbage.dll");
        var bytes = new byte[2048];
        new Random(42).NextBytes(bytes);
        File.WriteAllBytes(garbage, bytes);
        var output = _temp.Combine("out");
        var task = Task(garbage, output);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("TLC5001", error.Code);
        Assert.Contains("Garbage.dll", error.Message);
        Assert.Empty(task.WrittenFiles);
        Assert.False(Directory.Exists(output));
    }

    [Fact]
    public void Referenced_assemblies_with_declarations_are_merged_and_others_are_left_out()
    {
        var libraries = _temp.Combine("refs");
        Directory.CreateDirectory(libraries);
        var library = TestAssembly.Compile(libraries, Samples.Library, assemblyName: "Sample.Shared");
        var plain = TestAssembly.Compile(libraries, Samples.Plain, assemblyName: "Sample.Plain");
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("out");

        Assert.True(Task(assembly, output, library, plain, library).Execute());

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "StatementOfApplicability.json")));
        var root = json.RootElement;
        Assert.Equal(new[] { "Sample.App", "Sample.Shared" }, root.GetProperty("sourceAssemblies").EnumerateArray().Select(e => e.GetString()));
        // The app's ISMS scope heads the merged statement; the library contributes its control and code.
        Assert.Equal("Server-side tracking pipeline", root.GetProperty("isms").GetProperty("scope").GetString());
        var monitoring = root.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "8.16");
        Assert.Equal("applicable", monitoring.GetProperty("applicability").GetString());
        Assert.Equal("Sample.Shared.Monitoring", monitoring.GetProperty("declaredOn").GetString());
        Assert.Equal("Sample.Shared.Monitoring.Watch", monitoring.GetProperty("implementedBy")[0].GetProperty("element").GetString());
    }

    [Fact]
    public void An_unreadable_reference_is_a_TLC5001_warning_and_the_documents_are_still_written()
    {
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("out");

        var task = Task(assembly, output, _temp.Combine("NotThere.dll"));

        Assert.True(task.Execute());
        Assert.Equal("TLC5001", Assert.Single(_engine.Warnings).Code);
        Assert.Equal(16, task.WrittenFiles.Length);
    }

    [Fact]
    public void A_document_that_cannot_be_written_is_a_TLC5002_error()
    {
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("out");
        // A folder where the JSON document should go: the final rename cannot replace it.
        Directory.CreateDirectory(Path.Combine(output, "StatementOfApplicability.json"));
        var task = Task(assembly, output);

        Assert.False(task.Execute());

        var error = Assert.Single(_engine.Errors);
        Assert.Equal("TLC5002", error.Code);
        Assert.Equal(Path.Combine(output, "StatementOfApplicability.json"), error.File);
        Assert.Equal(DocumentNames.Where(n => n != "StatementOfApplicability.json").Select(n => Path.Combine(output, n)), task.WrittenFiles.Select(i => i.ItemSpec));
        Assert.Empty(Directory.GetFiles(output, "*.tmp", SearchOption.AllDirectories).Concat(Directory.GetFiles(output, ".*")));
        Assert.DoesNotContain(_engine.Messages, m => m.Message?.StartsWith("TrackLayer.ControlsAsCode: Statement", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Documents_that_cannot_be_written_are_reported_in_document_order_while_the_rest_are_written()
    {
        var assembly = TestAssembly.Compile(_temp.Path, Samples.App);
        var output = _temp.Combine("out");
        // Two documents blocked, written by different threads: the errors still come in the documents' order.
        var blocked = new[] { "DataClassificationRegister.csv", "StatementOfApplicability.md" };
        foreach (var name in blocked)
        {
            Directory.CreateDirectory(Path.Combine(output, name));
        }

        var task = Task(assembly, output);

        Assert.False(task.Execute());
        Assert.Equal(
            DocumentNames.Where(blocked.Contains).Select(n => Path.Combine(output, n)),
            _engine.Errors.Select(e => e.File));
        Assert.All(_engine.Errors, e => Assert.Equal("TLC5002", e.Code));
        Assert.Equal(DocumentNames.Where(n => !blocked.Contains(n)).Select(n => Path.Combine(output, n)), task.WrittenFiles.Select(i => i.ItemSpec));
        Assert.All(task.WrittenFiles, f => Assert.True(File.Exists(f.ItemSpec)));
    }
}
