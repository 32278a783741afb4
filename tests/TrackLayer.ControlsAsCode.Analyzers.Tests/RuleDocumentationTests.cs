using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>
/// Every descriptor of every analyzer in the analyzer assembly (found by reflection, so rules added later are
/// included): id format, help link to its docs/rules page, the page exists and names it, a release-tracking row with
/// its category and severity (Meziantou style meta-test).
/// </summary>
public class RuleDocumentationTests
{
    private static readonly Regex IdFormat = new("^TLC[1-5][0-9]{3}$");

    private static IEnumerable<Type> AnalyzerTypes()
        => typeof(TrackLayerAnalyzer).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(t));

    private static IEnumerable<(Type Analyzer, DiagnosticDescriptor Descriptor)> Descriptors()
        => AnalyzerTypes().SelectMany(t => ((DiagnosticAnalyzer)Activator.CreateInstance(t)!).SupportedDiagnostics.Select(d => (t, d)));

    public static TheoryData<string> Ids() => new(Descriptors().Select(d => d.Descriptor.Id).Distinct().Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_has_page_help_link_and_release_entry(string id)
    {
        Assert.Matches(IdFormat, id);
        var page = RepositoryFiles.PathOf("docs", "rules", id + ".md");
        Assert.True(File.Exists(page), id + " has no docs/rules page");
        var heading = File.ReadLines(page).First();

        var analyzers = RepositoryFiles.PathOf("src", "TrackLayer.ControlsAsCode.Analyzers");
        var releaseRows = File.ReadAllLines(Path.Combine(analyzers, "AnalyzerReleases.Shipped.md"))
            .Concat(File.ReadAllLines(Path.Combine(analyzers, "AnalyzerReleases.Unshipped.md")))
            .Select(line => line.Split('|').Select(cell => cell.Trim()).ToArray())
            .Where(cells => cells.Length >= 3 && cells[0] == id)
            .ToList();

        foreach (var (analyzer, descriptor) in Descriptors().Where(d => d.Descriptor.Id == id))
        {
            var where = analyzer.Name + " " + id;
            Assert.Equal(DiagnosticIds.HelpLink(id), descriptor.HelpLinkUri);
            Assert.EndsWith("/docs/rules/" + id + ".md", descriptor.HelpLinkUri, StringComparison.Ordinal);
            Assert.Equal("# " + id + ": " + descriptor.Title, heading);
            Assert.StartsWith("TrackLayer.", descriptor.Category, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(descriptor.MessageFormat.ToString()), where + " has no message");
            Assert.False(string.IsNullOrWhiteSpace(descriptor.Description.ToString()), where + " has no description");
            Assert.True(
                releaseRows.Any(cells => cells[1] == descriptor.Category && cells[2] == descriptor.DefaultSeverity.ToString()),
                where + " has no release-tracking row '" + id + " | " + descriptor.Category + " | " + descriptor.DefaultSeverity + "'");
        }
    }

    [Fact]
    public void Every_rule_file_is_named_by_its_id()
    {
        var analyzers = AnalyzerTypes().ToList();
        Assert.NotEmpty(analyzers);
        foreach (var type in analyzers)
        {
            var ids = ((DiagnosticAnalyzer)Activator.CreateInstance(type)!).SupportedDiagnostics.Select(d => d.Id);
            Assert.Contains(ids, id => type.Name.StartsWith(id, StringComparison.Ordinal));
        }
    }

    [Fact]
    public void Every_analyzer_derives_from_the_base_class_that_gates_it()
    {
        foreach (var type in AnalyzerTypes())
        {
            Assert.True(typeof(TrackLayerAnalyzer).IsAssignableFrom(type), type.Name + " does not derive from TrackLayerAnalyzer (no opt-in gate, no shared settings)");
        }
    }

    [Fact]
    public void An_id_is_never_shared_by_two_analyzers()
    {
        var owners = Descriptors().GroupBy(d => d.Descriptor.Id).Where(g => g.Select(d => d.Analyzer).Distinct().Count() > 1).Select(g => g.Key);
        Assert.Empty(owners);
    }
}
