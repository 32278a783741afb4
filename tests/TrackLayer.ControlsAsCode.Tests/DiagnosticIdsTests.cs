using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Model.Tests;

/// <summary>Every diagnostic id has the shape, the docs page and the release-tracking row a user relies on.</summary>
public class DiagnosticIdsTests
{
    private static readonly string RepositoryRoot = typeof(DiagnosticIdsTests).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "RepositoryRoot").Value!;

    private static string[] AllIds() => typeof(DiagnosticIds).GetFields(BindingFlags.Public | BindingFlags.Static)
        .Where(f => f.IsLiteral && f.Name != nameof(DiagnosticIds.HelpLinkBase))
        .Select(f => (string)f.GetRawConstantValue()!)
        .ToArray();

    public static TheoryData<string> Ids() => new(AllIds());

    [Fact]
    public void Ids_are_unique()
    {
        var ids = AllIds();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_the_TLC_shape_and_a_help_link_to_its_page(string id)
    {
        Assert.Matches(new Regex("^TLC[1-5][0-9]{3}$"), id);
        Assert.EndsWith("/docs/rules/" + id + ".md", DiagnosticIds.HelpLink(id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_has_a_docs_page_that_names_it(string id)
    {
        var page = Path.Combine(RepositoryRoot, "docs", "rules", id + ".md");
        Assert.True(File.Exists(page), page + " is missing");
        Assert.StartsWith("# " + id + ":", File.ReadAllText(page));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Id_is_release_tracked(string id)
    {
        var tracked = Directory.EnumerateFiles(Path.Combine(RepositoryRoot, "src"), "AnalyzerReleases.*.md", SearchOption.AllDirectories)
            .Any(file => File.ReadLines(file).Any(line => line.StartsWith(id + " ", StringComparison.Ordinal)));
        Assert.True(tracked, id + " is in no AnalyzerReleases.*.md file");
    }
}
