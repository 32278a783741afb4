using System.Text.Json;

namespace TrackLayer.ControlsAsCode.Package.Tests;

/// <summary>
/// A project outside the repository references the packed TrackLayer.ControlsAsCode from a local folder feed,
/// with its own nuget.config and package cache, and builds: exactly what a new user does.
/// </summary>
[Collection(PackedToolkitCollection.Name)]
public sealed class ConsumerProjectTests(PackedToolkit toolkit) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("tlc-consumer-").FullName;

    [Fact]
    public void A_consumer_gets_the_warning_and_the_statement_of_applicability()
    {
        Assert.True(File.Exists(toolkit.PackagePath), toolkit.PackResult.ToString());
        var project = WriteConsumer();
        var app = WriteTransitiveApp();

        // Building the app builds the consumer first: one build checks both.
        var build = Build(app);

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning TLC1001", build.Output);
        Assert.Contains("'PhoneNumber'", build.Output);
        Assert.DoesNotContain("'Email'", build.Output); // classified: no warning

        // The app gets the analyzers only transitively (through the consumer), not the package's props: no opt-in, no rules.
        Assert.DoesNotContain("'TransitiveEmail'", build.Output);

        var compliance = Path.Combine(project, "bin", "Debug", "net10.0", "compliance");
        Assert.True(File.Exists(Path.Combine(compliance, "StatementOfApplicability.md")), build.ToString());
        Assert.Contains("Statement of Applicability written to", build.Output);

        using var soa = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(compliance, "StatementOfApplicability.json")));
        var controls = soa.RootElement.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(93, controls.Count);
        var cryptography = controls.Single(c => c.GetProperty("id").GetString() == "8.24");
        Assert.Equal("applicable", cryptography.GetProperty("applicability").GetString());
        Assert.Equal("undecided", controls.Single(c => c.GetProperty("id").GetString() == "5.1").GetProperty("applicability").GetString());
    }

    [Fact]
    public void Strict_preset_set_in_the_project_file_makes_TLC1001_an_error_and_editorconfig_still_wins()
    {
        Assert.True(File.Exists(toolkit.PackagePath), toolkit.PackResult.ToString());
        var project = WriteConsumer(analysisLevel: "strict");

        var strict = Build(project);

        Assert.True(strict.ExitCode != 0, strict.ToString());
        Assert.Contains("error TLC1001", strict.Output);
        Assert.Contains("'PhoneNumber'", strict.Output);
        Assert.DoesNotContain("warning TLC1001", strict.Output);

        // A rule's own .editorconfig entry beats the preset's category entry.
        File.WriteAllText(Path.Combine(project, ".editorconfig"), """
            root = true

            [*.cs]
            dotnet_diagnostic.TLC1001.severity = none
            """);
        var silenced = Build(project);

        Assert.True(silenced.ExitCode == 0, silenced.ToString());
        Assert.DoesNotContain("TLC1001", silenced.Output);
    }

    private DotNetCli.Result Build(string project)
        => DotNetCli.Run(project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") },
            "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");

    /// <summary>A project that references the consumer, and so gets the package only transitively.</summary>
    private string WriteTransitiveApp()
    {
        var app = Directory.CreateDirectory(Path.Combine(_root, "App")).FullName;
        File.Copy(Path.Combine(_root, "Consumer", "nuget.config"), Path.Combine(app, "nuget.config"));
        File.WriteAllText(Path.Combine(app, "App.csproj"), """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Consumer/Consumer.csproj" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Signup.cs"), """
            namespace App;

            public sealed class Signup
            {
                public string? TransitiveEmail { get; set; }
            }
            """);
        return app;
    }

    private string WriteConsumer(string? analysisLevel = null)
    {
        var project = Directory.CreateDirectory(Path.Combine(_root, "Consumer")).FullName;
        File.WriteAllText(Path.Combine(project, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <clear />
                <add key="local" value="{toolkit.Feed}" />
                <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(project, "Consumer.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                {(analysisLevel is null ? "" : "<TrackLayerAnalysisLevel>" + analysisLevel + "</TrackLayerAnalysisLevel>")}
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="TrackLayer.ControlsAsCode" Version="{PackedToolkit.Version}" />
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(project, "Checkout.cs"), """
            using TrackLayer.ControlsAsCode;

            [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]

            namespace Consumer;

            [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "Platform", Status = ImplementationStatus.Implemented)]
            public sealed class Cryptography { }

            public sealed class CheckoutEvent
            {
                [Personal(DataCategory.Email)] public string? Email { get; set; }
                public string? PhoneNumber { get; set; }
                public string? ProductName { get; set; }
            }
            """);
        return project;
    }

    public void Dispose()
    {
        try { Directory.Delete(_root, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }
}
