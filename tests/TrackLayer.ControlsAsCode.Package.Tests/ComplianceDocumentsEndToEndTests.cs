using System.Text.Json;

namespace TrackLayer.ControlsAsCode.Package.Tests;

/// <summary>
/// The documents as a user gets them from the packed package: a multi-targeted app with a project reference that
/// declares things of its own; all four documents in all four formats, written once, merged, incremental, deterministic.
/// </summary>
[Collection(PackedToolkitCollection.Name)]
public sealed class ComplianceDocumentsEndToEndTests(PackedToolkit toolkit) : IDisposable
{
    private static readonly string[] Documents = { "StatementOfApplicability", "DestinationInventory", "DataClassificationRegister", "RetentionRegister" };
    private static readonly string[] Formats = { "md", "html", "csv", "json" };

    private readonly string _root = Directory.CreateTempSubdirectory("tlc-documents-").FullName;

    [Fact]
    public void A_multi_targeted_app_writes_all_documents_once_merged_incrementally_and_deterministically()
    {
        Assert.True(File.Exists(toolkit.PackagePath), toolkit.PackResult.ToString());
        var app = WriteSolution();
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };
        DotNetCli.Result Build(params string[] extra) =>
            DotNetCli.Run(app, environment, new[] { "build", "-nodeReuse:false", "-p:UseSharedCompilation=false" }.Concat(extra).ToArray());

        // First build: written once, in the first target framework's output folder.
        var first = Build();
        Assert.True(first.ExitCode == 0, first.ToString());
        var compliance = Path.Combine(app, "bin", "Debug", "net8.0", "compliance");
        Assert.False(Directory.Exists(Path.Combine(app, "bin", "Debug", "net10.0", "compliance")), "the second target framework wrote documents too");
        Assert.Equal(1, Occurrences(first.Output, "Statement of Applicability written to"));
        Assert.Equal(
            Documents.SelectMany(d => Formats.Select(f => d + "." + f)).Order(StringComparer.Ordinal),
            Directory.GetFiles(compliance).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("warning TLC5003", first.Output);

        // Every format is what it says it is.
        foreach (var document in Documents)
        {
            Assert.StartsWith("# ", File.ReadAllText(Path.Combine(compliance, document + ".md")));
            var html = File.ReadAllText(Path.Combine(compliance, document + ".html"));
            Assert.StartsWith("<!DOCTYPE html>", html);
            Assert.Contains("<dd id=\"certification-status\">ISO/IEC 27001 certification in progress as of 2026-04-24, target certification window Q4 2026. Not yet certified.</dd>", html);
            var csv = File.ReadAllBytes(Path.Combine(compliance, document + ".csv"));
            Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, csv.Take(3));
            using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(compliance, document + ".json")));
            Assert.Equal(1, json.RootElement.GetProperty("schemaVersion").GetInt32());
            Assert.Equal(new[] { "App", "Shared" }, json.RootElement.GetProperty("sourceAssemblies").EnumerateArray().Select(e => e.GetString()));
        }

        // Merged: the app's destination carries the shared library's classified event type; the library's control is in the SoA.
        using (var soa = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(compliance, "StatementOfApplicability.json"))))
        {
            var controls = soa.RootElement.GetProperty("controls").EnumerateArray().ToList();
            Assert.Equal(93, controls.Count);
            var logging = controls.Single(c => c.GetProperty("id").GetString() == "8.15");
            Assert.Equal("Shared.LoggingControl", logging.GetProperty("declaredOn").GetString());
            Assert.Equal("../Shared/Shared.cs", logging.GetProperty("declaredAt").GetProperty("file").GetString());
        }

        using (var inventory = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(compliance, "DestinationInventory.json"))))
        {
            var crm = inventory.RootElement.GetProperty("destinations")[0];
            Assert.Equal("crm", crm.GetProperty("id").GetString());
            Assert.Equal("Program.cs", crm.GetProperty("declaredAt").GetProperty("file").GetString());
            Assert.Equal(new[] { "Shared.LeadEvent.Email" },
                crm.GetProperty("derivedPersonalData").EnumerateArray().Select(m => m.GetProperty("type").GetString() + "." + m.GetProperty("member").GetString()));
        }

        var bytes = Directory.GetFiles(compliance).Order(StringComparer.Ordinal).ToDictionary(f => f, File.ReadAllBytes);
        var times = Directory.GetFiles(compliance).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        // No change: the target is skipped and no file is touched.
        var second = Build("-v:d");
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("Skipping target \"TrackLayerGenerateComplianceDocuments\" because all output files are up-to-date", second.Output);
        Assert.DoesNotContain("Statement of Applicability written to", second.Output);
        Assert.All(times, t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));

        // A deleted document brings the target back; the others keep their bytes and timestamps.
        var deleted = Path.Combine(compliance, "RetentionRegister.html");
        File.Delete(deleted);
        var third = Build();
        Assert.True(third.ExitCode == 0, third.ToString());
        Assert.Contains("(16 documents in " + compliance + ", 1 changed)", third.Output.Replace(compliance + Path.DirectorySeparatorChar, compliance, StringComparison.Ordinal));
        Assert.Equal(bytes[deleted], File.ReadAllBytes(deleted));
        Assert.All(times.Where(t => t.Key != deleted), t => Assert.Equal(t.Value, File.GetLastWriteTimeUtc(t.Key)));

        // A clean rebuild gives byte-identical documents.
        Directory.Delete(Path.Combine(app, "bin"), recursive: true);
        Directory.Delete(Path.Combine(app, "obj"), recursive: true);
        var clean = Build();
        Assert.True(clean.ExitCode == 0, clean.ToString());
        Assert.All(bytes, b => Assert.Equal(b.Value, File.ReadAllBytes(b.Key)));

        // Design-time builds (the IDE's) never write documents.
        Directory.Delete(compliance, recursive: true);
        var designTime = Build("-p:DesignTimeBuild=true");
        Assert.False(Directory.Exists(compliance), designTime.ToString());
    }

    private string WriteSolution()
    {
        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{toolkit.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);

        var shared = Directory.CreateDirectory(Path.Combine(_root, "Shared")).FullName;
        File.WriteAllText(Path.Combine(shared, "Shared.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
                <TrackLayerGenerateComplianceDocuments>false</TrackLayerGenerateComplianceDocuments>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TrackLayer.ControlsAsCode" Version="{PackedToolkit.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(shared, "Shared.cs"), """
            using TrackLayer.ControlsAsCode;

            namespace Shared;

            [ApplicableControl("8.15", InclusionReason.RiskAssessment, Owner = "SRE", Status = ImplementationStatus.Implemented, ReviewedOn = "2026-04-24")]
            public sealed class LoggingControl { }

            public sealed class LeadEvent
            {
                [Personal(DataCategory.Email)] public string Email { get; init; } = "";
                [NonPersonal] public string Campaign { get; init; } = "";
            }
            """);

        var app = Directory.CreateDirectory(Path.Combine(_root, "App")).FullName;
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <OutputType>Exe</OutputType>
                <TargetFrameworks>net8.0;net10.0</TargetFrameworks>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TrackLayer.ControlsAsCode" Version="{PackedToolkit.Version}" />
                <ProjectReference Include="../Shared/Shared.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Program.cs"), """
            using TrackLayer.ControlsAsCode;

            [assembly: IsmsScope("Tracking pipeline", Organization = "Example GmbH", Owner = "CISO")]
            [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]

            System.Console.WriteLine(new App.CrmDestination().Describe(new Shared.LeadEvent()));

            namespace App
            {
                [Destination("crm", Vendor = "Acme", Owner = "Sales", Purpose = "Leads", Retention = "P30D", Endpoint = "https://crm.example",
                    SendsPersonalData = true, Contract = "DPA-1", ReviewedOn = "2026-04-24")]
                public sealed class CrmDestination : ITrackingDestination
                {
                    public string Describe(Shared.LeadEvent lead) => lead.Campaign;
                }
            }
            """);
        return app;
    }

    private static int Occurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal)) count++;
        return count;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
