using System.Reflection;

namespace TrackLayer.ControlsAsCode.Package.Tests;

/// <summary>
/// Packs TrackLayer.ControlsAsCode once per test run from the build this test project already triggered
/// (<c>dotnet pack --no-build</c>), into a temporary local feed.
/// </summary>
public sealed class PackedToolkit : IDisposable
{
    public const string Version = "0.1.0-e2e";

    public PackedToolkit()
    {
        RepositoryRoot = Metadata("RepositoryRoot");
        Feed = Directory.CreateTempSubdirectory("tlc-feed-").FullName;

        var project = Path.Combine(RepositoryRoot, "src", "TrackLayer.ControlsAsCode", "TrackLayer.ControlsAsCode.csproj");
        PackResult = DotNetCli.Run(RepositoryRoot, null,
            "pack", project, "--no-build", "-c", Metadata("Configuration"), "-o", Feed, "-p:PackageVersion=" + Version);
        PackagePath = Path.Combine(Feed, "TrackLayer.ControlsAsCode." + Version + ".nupkg");
    }

    public string RepositoryRoot { get; }

    public string Feed { get; }

    public DotNetCli.Result PackResult { get; }

    public string PackagePath { get; }

    public void Dispose()
    {
        try { Directory.Delete(Feed, recursive: true); }
        catch (IOException) { /* a temp folder left behind is harmless */ }
    }

    private static string Metadata(string key) =>
        typeof(PackedToolkit).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == key).Value!;
}

[CollectionDefinition(Name)]
public sealed class PackedToolkitCollection : ICollectionFixture<PackedToolkit>
{
    public const string Name = "Packed toolkit";
}
