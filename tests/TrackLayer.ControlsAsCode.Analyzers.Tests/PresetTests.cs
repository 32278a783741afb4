using System;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>The severity presets shipped in the package cover every category the analyzers use.</summary>
public class PresetTests
{
    private static string[] Categories() => typeof(TrackLayerAnalyzer).Assembly.GetTypes()
        .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
        .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
        .Select(d => d.Category)
        .Concat(new[] { DiagnosticDescriptors.DataClassificationCategory, DiagnosticDescriptors.DestinationsCategory, DiagnosticDescriptors.DataFlowCategory, DiagnosticDescriptors.ControlsCategory })
        .Distinct()
        .ToArray();

    [Theory]
    [InlineData("strict", "error")]
    [InlineData("none", "none")]
    public void Preset_sets_every_category(string preset, string severity)
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("build", "presets", preset + ".globalconfig")).Select(l => l.Trim()).ToArray();
        Assert.Contains("is_global = true", lines);
        Assert.Contains("global_level = -1", lines);
        foreach (var category in Categories())
        {
            Assert.Contains("dotnet_analyzer_diagnostic.category-" + category + ".severity = " + severity, lines);
        }
    }

    [Fact]
    public void Default_preset_changes_no_severity()
    {
        var lines = File.ReadAllLines(RepositoryFiles.PathOf("build", "presets", "default.globalconfig"))
            .Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToArray();
        Assert.Equal(new[] { "is_global = true", "global_level = -1" }, lines);
    }

    [Fact]
    public void Props_select_a_preset_by_TrackLayerAnalysisLevel_and_make_the_opt_in_visible()
    {
        var props = File.ReadAllText(RepositoryFiles.PathOf("build", "TrackLayer.ControlsAsCode.props"));
        Assert.Contains("<GlobalAnalyzerConfigFiles Include=\"$(TrackLayerPresetsDirectory)$(TrackLayerAnalysisLevel).globalconfig\"", props);
        Assert.Contains("<CompilerVisibleProperty Include=\"TrackLayerControlsAsCode\" />", props);
        Assert.Equal(TrackLayerAnalyzer.OptInKey, "build_property.TrackLayerControlsAsCode");
    }
}
