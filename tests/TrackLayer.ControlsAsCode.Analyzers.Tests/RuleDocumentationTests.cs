using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>Every rule has its page, its help link and its release-tracking line (Meziantou style meta-test).</summary>
public class RuleDocumentationTests
{
    public static IEnumerable<object[]> Rules()
        => typeof(TrackLayerAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Select(d => new object[] { d.Id });

    [Theory]
    [MemberData(nameof(Rules))]
    public void Rule_has_page_help_link_and_release_entry(string id)
    {
        var root = FindRepositoryRoot();
        Assert.True(File.Exists(Path.Combine(root, "docs", "rules", id + ".md")), id + " has no docs/rules page");

        var descriptor = typeof(TrackLayerAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics)
            .Single(d => d.Id == id);
        Assert.Equal(DiagnosticIds.HelpLink(id), descriptor.HelpLinkUri);
        Assert.StartsWith("TLC", id, StringComparison.Ordinal);

        var analyzers = Path.Combine(root, "src", "TrackLayer.ControlsAsCode.Analyzers");
        var releases = File.ReadAllText(Path.Combine(analyzers, "AnalyzerReleases.Shipped.md"))
            + File.ReadAllText(Path.Combine(analyzers, "AnalyzerReleases.Unshipped.md"));
        Assert.Contains(id + " | " + descriptor.Category, releases, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_rule_file_is_named_by_its_id()
    {
        var analyzers = typeof(TrackLayerAnalyzer).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t))
            .ToList();
        Assert.NotEmpty(analyzers);
        foreach (var type in analyzers)
        {
            var ids = ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics.Select(d => d.Id);
            Assert.Contains(ids, id => type.Name.StartsWith(id, StringComparison.Ordinal));
        }
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "TrackLayer.ControlsAsCode.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root not found from " + AppContext.BaseDirectory);
    }
}
