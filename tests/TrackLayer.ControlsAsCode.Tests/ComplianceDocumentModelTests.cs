using System;
using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Model.Tests;

/// <summary>The model behind the documents: the SOC 2 cross-reference, evidence kinds, review dates, transports.</summary>
public class ComplianceDocumentModelTests
{
    [Fact]
    public void The_soc2_cross_reference_covers_exactly_the_93_catalog_controls_with_known_series()
    {
        Assert.Equal(
            ControlCatalog.Controls.Select(c => c.Id).OrderBy(id => id, StringComparer.Ordinal),
            TrustServicesCriteria.MappedControlIds.OrderBy(id => id, StringComparer.Ordinal));
        Assert.All(ControlCatalog.Controls, c =>
        {
            var series = TrustServicesCriteria.For(c.Id);
            Assert.All(series, s => Assert.Contains(s, TrustServicesCriteria.Series));
            // In AICPA order, without repeats.
            Assert.Equal(series.OrderBy(s => TrustServicesCriteria.Series.ToList().IndexOf(s)), series);
            Assert.Equal(series.Distinct(), series);
        });
        Assert.Empty(TrustServicesCriteria.For("5.32"));
        Assert.Equal(new[] { "CC6", "C1" }, TrustServicesCriteria.For("8.24"));
        Assert.Empty(TrustServicesCriteria.For("A.12.4.1"));
    }

    [Fact]
    public void The_soc2_notice_says_indicative_and_names_its_basis()
    {
        Assert.StartsWith("SOC 2 Trust Services Criteria cross-reference: indicative only.", TrustServicesCriteria.Notice);
        Assert.Contains("TrackLayer's own mapping", TrustServicesCriteria.Notice);
        Assert.Contains("not the AICPA's published mapping", TrustServicesCriteria.Notice);
    }

    [Theory]
    [InlineData("https://wiki.example/runbook", "Url")]
    [InlineData("mailto:security@example.com", "Url")]
    [InlineData("SEC-142", "Ticket")]
    [InlineData("#512", "Ticket")]
    [InlineData("tracklayer/pipeline#7", "Ticket")]
    [InlineData("docs/hashing.md", "RepositoryPath")]
    [InlineData("docs\\hashing.md", "RepositoryPath")]
    [InlineData("SECURITY.md", "RepositoryPath")]
    [InlineData("docs/policy.md#scope", "RepositoryPath")]
    [InlineData("src/Hasher.cs:12", "RepositoryPath")]
    [InlineData("runbooks/", "RepositoryPath")]
    [InlineData("/etc/policy.md", "AbsolutePath")]
    [InlineData("C:\\policies\\a.md", "AbsolutePath")]
    [InlineData("Annual penetration test report", "Text")]
    [InlineData("", "Text")]
    [InlineData(null, "Text")]
    public void Evidence_references_are_classified(string? reference, string expected) =>
        Assert.Equal(expected, EvidenceReference.Classify(reference).ToString());

    [Theory]
    [InlineData("docs/policy.md#scope", "docs/policy.md")]
    [InlineData("src/Hasher.cs:12", "src/Hasher.cs")]
    [InlineData(" docs/a.md ", "docs/a.md")]
    public void Evidence_path_part_drops_anchors_and_lines(string reference, string expected) =>
        Assert.Equal(expected, EvidenceReference.PathPart(reference));

    [Theory]
    [InlineData("2025-05-01", "P1Y", "2026-05-01", false)] // due today: not yet overdue
    [InlineData("2025-04-30", "P1Y", "2026-05-01", true)]
    [InlineData("2026-02-28", "P1M", "2026-03-29", true)]
    [InlineData("2026-04-01", "P30D", "2026-05-01", false)]
    [InlineData(null, "P1Y", "2030-01-01", false)]
    [InlineData("yesterday", "P1Y", "2030-01-01", false)]
    public void Reviews_are_overdue_after_the_interval(string? reviewedOn, string interval, string today, bool overdue)
    {
        Assert.True(Iso8601.TryParseDuration(interval, out var duration));
        Assert.True(Iso8601.TryParseDate(today, out var date));
        Assert.Equal(overdue, ReviewSchedule.IsOverdue(reviewedOn, duration, date, out _));
    }

    [Theory]
    [InlineData("https://graph.facebook.com", "Https", "HTTPS (TLS)")]
    [InlineData("HTTP://crm.example", "Http", "HTTP (unencrypted)")]
    [InlineData("sftp://files.example", "Other", "sftp")]
    [InlineData("graph.facebook.com", "Other", "unknown (no scheme)")]
    [InlineData(null, "NotDeclared", "not declared")]
    public void Transport_is_read_off_the_endpoint(string? endpoint, string transport, string description)
    {
        Assert.Equal(transport, Transports.Of(endpoint).ToString());
        Assert.Equal(description, Transports.Describe(Transports.Of(endpoint), endpoint));
    }

    [Fact]
    public void Derived_data_comes_from_payload_types_in_any_merged_assembly_one_level_deep()
    {
        var events = new ComplianceDeclarations("Shared");
        events.ClassifiedMembers.Add(new ClassifiedMember("Shared.Lead", "Email", ClassificationKind.PersonalData) { TypeKey = "Shared.Lead", Category = DataCategory.Email });
        events.ClassifiedMembers.Add(new ClassifiedMember("Shared.Lead", "Token", ClassificationKind.Credential) { TypeKey = "Shared.Lead" });
        events.ClassifiedMembers.Add(new ClassifiedMember("Shared.Visit", "Ip", ClassificationKind.PersonalData) { TypeKey = "Shared.Visit", Category = DataCategory.IpAddress });
        var app = new ComplianceDeclarations("App");
        app.Destinations.Add(new DestinationDeclaration("crm", "App.Crm") { DeclaringTypeKey = "App.Crm", PayloadTypes = new[] { "Shared.Lead", "System.String" } });
        app.Destinations.Add(new DestinationDeclaration("none", "assembly"));

        var documents = ComplianceDocumentSetBuilder.Build(new[] { app, events });

        var crm = documents.Destinations.Rows.Single(r => r.Declaration.Id == "crm");
        Assert.Equal(new[] { "Email" }, crm.DerivedCategories);
        Assert.Equal(PersonalDataEvidence.DerivedOnly, crm.PersonalDataEvidence);
        Assert.True(crm.SendsPersonalData);
        Assert.Equal(PersonalDataEvidence.None, documents.Destinations.Rows.Single(r => r.Declaration.Id == "none").PersonalDataEvidence);
        Assert.Equal(new[] { "Email", "Token", "Ip" }, documents.Classifications.Rows.Select(m => m.MemberName));
        Assert.Equal(new[] { "crm", "none" }, documents.Retention.Rows.Select(r => r.Destination.Declaration.Id));
    }
}
