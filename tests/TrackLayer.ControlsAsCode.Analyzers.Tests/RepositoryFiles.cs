using System;
using System.IO;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>Finds files of this repository (docs, presets, the sample) from the test's output folder.</summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> LazyRoot = new(() =>
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrackLayer.ControlsAsCode.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found from " + AppContext.BaseDirectory);
    });

    public static string Root => LazyRoot.Value;

    public static string PathOf(params string[] parts) => Path.Combine(Root, Path.Combine(parts));
}
