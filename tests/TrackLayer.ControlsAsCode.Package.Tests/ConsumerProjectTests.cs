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

        var build = DotNetCli.Run(project, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") },
            "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");

        Assert.True(build.ExitCode == 0, build.ToString());
        Assert.Contains("warning TLC1001", build.Output);
        Assert.Contains("'PhoneNumber'", build.Output);
        Assert.DoesNotContain("'Email'", build.Output); // classified: no warning

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

    private string WriteConsumer()
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
