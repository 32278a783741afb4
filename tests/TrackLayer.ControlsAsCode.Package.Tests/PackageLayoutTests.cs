using System.IO.Compression;
using System.Xml.Linq;

namespace TrackLayer.ControlsAsCode.Package.Tests;

[Collection(PackedToolkitCollection.Name)]
public class PackageLayoutTests(PackedToolkit toolkit)
{
    [Fact]
    public void Holds_exactly_the_api_the_analyzers_the_build_files_the_presets_and_the_task()
    {
        Assert.True(File.Exists(toolkit.PackagePath), toolkit.PackResult.ToString());
        using var package = ZipFile.OpenRead(toolkit.PackagePath);

        var files = package.Entries
            .Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) &&
                           !name.StartsWith("package/", StringComparison.Ordinal) &&
                           name != "[Content_Types].xml")
            .Order(StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(new[]
        {
            "README.md",
            "TrackLayer.ControlsAsCode.nuspec",
            "analyzers/dotnet/cs/TrackLayer.ControlsAsCode.Analyzers.dll",
            "analyzers/dotnet/cs/TrackLayer.ControlsAsCode.CodeFixes.dll",
            "build/TrackLayer.ControlsAsCode.props",
            "build/TrackLayer.ControlsAsCode.targets",
            "build/presets/default.globalconfig",
            "build/presets/none.globalconfig",
            "build/presets/strict.globalconfig",
            "buildMultiTargeting/TrackLayer.ControlsAsCode.props",
            "buildMultiTargeting/TrackLayer.ControlsAsCode.targets",
            "lib/netstandard2.0/TrackLayer.ControlsAsCode.dll",
            "lib/netstandard2.0/TrackLayer.ControlsAsCode.xml",
            "tasks/net472/TrackLayer.ControlsAsCode.Build.dll",
            "tasks/net8.0/TrackLayer.ControlsAsCode.Build.dll",
        }, files);
    }

    [Fact]
    public void Depends_only_on_the_dotnet_compliance_abstractions()
    {
        using var package = ZipFile.OpenRead(toolkit.PackagePath);
        using var nuspec = package.GetEntry("TrackLayer.ControlsAsCode.nuspec")!.Open();
        var ns = XNamespace.Get("http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd");

        var dependencies = XDocument.Load(nuspec).Descendants(ns + "dependency").Select(d => (string)d.Attribute("id")!).Distinct();

        Assert.Equal(new[] { "Microsoft.Extensions.Compliance.Abstractions" }, dependencies);
    }
}
