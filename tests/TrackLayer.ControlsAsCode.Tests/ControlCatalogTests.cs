using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Model.Tests;

public class ControlCatalogTests
{
    [Fact]
    public void Has_the_93_Annex_A_controls()
    {
        Assert.Equal(93, ControlCatalog.Controls.Count);
    }

    [Theory]
    [InlineData("Organizational", 37)]
    [InlineData("People", 8)]
    [InlineData("Physical", 14)]
    [InlineData("Technological", 34)]
    public void Has_the_standard_number_of_controls_per_theme(string theme, int expected)
    {
        Assert.Equal(expected, ControlCatalog.Controls.Count(c => c.Theme.ToString() == theme));
    }

    [Fact]
    public void Ids_are_unique_consecutive_and_in_the_clause_of_their_theme()
    {
        foreach (var group in ControlCatalog.Controls.GroupBy(c => c.Theme))
        {
            var clause = (int)group.Key;
            var expected = Enumerable.Range(1, group.Count()).Select(n => clause + "." + n);
            Assert.Equal(expected, group.Select(c => c.Id));
        }

        Assert.Equal(93, ControlCatalog.Controls.Select(c => c.Id).Distinct().Count());
    }

    [Fact]
    public void Controls_are_listed_in_numeric_id_order()
    {
        var ids = ControlCatalog.Controls.Select(c => c.Id).ToList();
        Assert.Equal(ids.OrderBy(i => i, ControlIdComparer.Instance), ids);
    }

    [Fact]
    public void Every_title_is_present_and_unique()
    {
        Assert.All(ControlCatalog.Controls, c => Assert.False(string.IsNullOrWhiteSpace(c.Title)));
        Assert.Equal(93, ControlCatalog.Controls.Select(c => c.Title).Distinct().Count());
    }

    [Fact]
    public void Covers_all_114_controls_of_the_2013_edition_and_each_maps_to_a_2022_control()
    {
        var old = ControlCatalog.Iso2013Ids.ToList();
        Assert.Equal(114, old.Count);
        Assert.All(old, id => Assert.NotEmpty(ControlCatalog.SuccessorsOf2013(id)));

        // The 2013 Annex A had 14 clauses (A.5 to A.18) with these control counts.
        var perClause = old.GroupBy(id => id.Split('.')[0]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(2, perClause["5"]);
        Assert.Equal(7, perClause["6"]);
        Assert.Equal(6, perClause["7"]);
        Assert.Equal(10, perClause["8"]);
        Assert.Equal(14, perClause["9"]);
        Assert.Equal(2, perClause["10"]);
        Assert.Equal(15, perClause["11"]);
        Assert.Equal(14, perClause["12"]);
        Assert.Equal(7, perClause["13"]);
        Assert.Equal(13, perClause["14"]);
        Assert.Equal(5, perClause["15"]);
        Assert.Equal(7, perClause["16"]);
        Assert.Equal(4, perClause["17"]);
        Assert.Equal(8, perClause["18"]);
    }

    [Theory]
    [InlineData("5.1", "Policies for information security", "5.1.1,5.1.2")]
    [InlineData("5.7", "Threat intelligence", "")]
    [InlineData("5.23", "Information security for use of cloud services", "")]
    [InlineData("6.3", "Information security awareness, education and training", "7.2.2")]
    [InlineData("7.4", "Physical security monitoring", "")]
    [InlineData("8.16", "Monitoring activities", "")]
    [InlineData("8.24", "Use of cryptography", "10.1.1,10.1.2")]
    [InlineData("8.34", "Protection of information systems during audit testing", "12.7.1")]
    public void Known_controls_have_their_official_title_and_predecessors(string id, string title, string predecessors)
    {
        Assert.True(ControlCatalog.TryGet(id, out var control));
        Assert.Equal(title, control.Title);
        Assert.Equal(predecessors, string.Join(",", control.Iso2013Ids));
    }

    [Fact]
    public void The_2022_edition_has_eleven_new_controls()
    {
        var added = ControlCatalog.Controls.Where(c => c.Iso2013Ids.Count == 0).Select(c => c.Id);
        Assert.Equal(new[] { "5.7", "5.23", "5.30", "7.4", "8.9", "8.10", "8.11", "8.12", "8.16", "8.23", "8.28" }, added);
    }

    [Fact]
    public void A_2013_control_split_across_two_2022_controls_maps_to_both()
    {
        Assert.Equal(new[] { "5.36", "8.8" }, ControlCatalog.SuccessorsOf2013("A.18.2.3").Select(c => c.Id));
    }

    [Theory]
    [InlineData("A.8.24")]
    [InlineData(" 8.24 ")]
    [InlineData("a.8.24")]
    public void Lookup_accepts_the_A_prefix_and_white_space(string id)
    {
        Assert.True(ControlCatalog.TryGet(id, out var control));
        Assert.Equal("8.24", control.Id);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("9.1")]
    [InlineData("5.38")]
    [InlineData("10.1.1")]
    public void Lookup_rejects_what_is_not_a_2022_id(string? id)
    {
        Assert.False(ControlCatalog.TryGet(id, out _));
    }
}
