using System;
using System.Linq;
using System.Text.Json;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;
using M = TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Tests;

public sealed class SoaWriterTests
{
    /// <summary>Declarations built by hand: the writers are tested on the model alone, independent of the reader.</summary>
    private static M.ComplianceDocumentSet Statement()
    {
        var declarations = new M.ComplianceDeclarations("Sample.App")
        {
            Isms = new M.IsmsDeclaration
            {
                Scope = "Server-side tracking pipeline",
                Organization = "TrackLayer GmbH",
                Owner = "CISO",
                HasCertificationStatus = true,
                CertificationState = M.CertificationState.InProgress,
                AsOf = "2026-04-24",
                TargetWindow = "Q4 2026",
            },
        };
        declarations.Controls.Add(new M.ControlDeclaration("8.24", M.Applicability.Applicable, "Sample.Crypto")
        {
            Reasons = M.InclusionReason.RiskAssessment | M.InclusionReason.BestPractice,
            Justification = "Hash | encrypt\nidentifiers <before> they leave",
            Status = M.ImplementationStatus.Implemented,
            Owner = "Platform team",
            Evidence = new[] { "docs/hashing.md", "SEC-42" },
            ReviewedOn = "2026-04-24",
        });
        declarations.Controls.Add(new M.ControlDeclaration("7.4", M.Applicability.Excluded, "assembly") { Justification = "No premises", Owner = "CISO" });
        declarations.Controls.Add(new M.ControlDeclaration("A.99.1", M.Applicability.Applicable, "assembly"));
        declarations.Implementations.Add(new M.ControlImplementation("8.24", "Sample.IdentifierHasher.Hash") { Note = "SHA-256" });
        var documents = M.ComplianceDocumentSetBuilder.Build(new[] { declarations });
        documents.Soa.Version = "2.3.1";
        documents.Soa.SourceRevision = "4f1c9e2ab";
        return documents;
    }

    private static string Markdown() => Rendered.Text(new MarkdownDocumentWriter(SoaLayout.BaseName, SoaLayout.Build), Statement());

    [Fact]
    public void Json_lists_all_93_catalog_controls_with_declared_rows_filled_and_the_rest_undecided()
    {
        using var document = JsonDocument.Parse(Rendered.Text(new JsonSoaWriter(), Statement()));
        var root = document.RootElement;

        Assert.Equal("https://tracklayer.dev/schemas/soa/v1", root.GetProperty("schema").GetString());
        Assert.Equal(1, root.GetProperty("schemaVersion").GetInt32());
        Assert.Equal("ISO/IEC 27001 certification in progress as of 2026-04-24, target certification window Q4 2026. Not yet certified.", root.GetProperty("certificationStatement").GetString());
        Assert.Equal("2.3.1", root.GetProperty("version").GetString());
        Assert.Equal("4f1c9e2ab", root.GetProperty("sourceRevision").GetString());
        Assert.Equal("inProgress", root.GetProperty("isms").GetProperty("certificationState").GetString());

        var controls = root.GetProperty("controls").EnumerateArray().ToList();
        Assert.Equal(93, controls.Count);
        Assert.Equal(
            M.ControlCatalog.Controls.Select(c => c.Id + "|" + c.Title + "|" + c.Theme.ToString().ToLowerInvariant() + "|" + string.Join(",", c.Iso2013Ids)),
            controls.Select(c => c.GetProperty("id").GetString() + "|" + c.GetProperty("title").GetString() + "|" + c.GetProperty("theme").GetString() + "|" +
                                 string.Join(",", c.GetProperty("iso2013").EnumerateArray().Select(e => e.GetString()))));

        var crypto = controls.Single(c => c.GetProperty("id").GetString() == "8.24");
        Assert.Equal("applicable", crypto.GetProperty("applicability").GetString());
        Assert.Equal(new[] { "riskAssessment", "bestPractice" }, crypto.GetProperty("inclusionReasons").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("implemented", crypto.GetProperty("implementationStatus").GetString());
        Assert.Equal("Platform team", crypto.GetProperty("owner").GetString());
        Assert.Equal("Hash | encrypt\nidentifiers <before> they leave", crypto.GetProperty("justification").GetString());
        Assert.Equal(new[] { "docs/hashing.md", "SEC-42" }, crypto.GetProperty("evidence").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Sample.IdentifierHasher.Hash", crypto.GetProperty("implementedBy")[0].GetProperty("element").GetString());
        Assert.Equal(new[] { "10.1.1", "10.1.2" }, crypto.GetProperty("iso2013").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("2026-04-24", crypto.GetProperty("reviewedOn").GetString());

        var premises = controls.Single(c => c.GetProperty("id").GetString() == "7.4");
        Assert.Equal("excluded", premises.GetProperty("applicability").GetString());
        Assert.Equal("No premises", premises.GetProperty("justification").GetString());
        Assert.Equal(JsonValueKind.Null, premises.GetProperty("implementationStatus").ValueKind);

        var undecided = controls.Where(c => c.GetProperty("applicability").GetString() == "undecided").ToList();
        Assert.Equal(91, undecided.Count);
        Assert.All(undecided, c => Assert.Equal(JsonValueKind.Null, c.GetProperty("owner").ValueKind));

        Assert.Equal(91, root.GetProperty("totals").GetProperty("undecided").GetInt32());
        var unresolved = Assert.Single(root.GetProperty("unresolved").EnumerateArray().ToList());
        Assert.Equal("A.99.1", unresolved.GetProperty("controlId").GetString());
    }

    [Fact]
    public void Json_is_lf_only_and_ends_with_a_newline()
    {
        var json = Rendered.Text(new JsonSoaWriter(), Statement());

        Assert.DoesNotContain("\r", json);
        Assert.EndsWith("}\n", json);
        Assert.StartsWith("{\n  \"schema\": ", json);
    }

    [Fact]
    public void Markdown_states_the_certification_status_and_lists_every_control()
    {
        var markdown = Markdown();

        Assert.Contains("- **Certification status:** ISO/IEC 27001 certification in progress as of 2026-04-24, target certification window Q4 2026. Not yet certified.\n", markdown);
        Assert.Contains("- **ISMS scope:** Server-side tracking pipeline\n", markdown);
        Assert.Contains("- **Version:** 2.3.1\n", markdown);
        Assert.Contains("- **Source revision:** 4f1c9e2ab\n", markdown);
        Assert.Contains("| 93 | 1 | 1 | 91 | 1 | 0 | 0 | 0 | 0 |\n", markdown);
        Assert.All(M.ControlCatalog.Controls, c => Assert.Contains("\n| " + c.Id + " | " + c.Title + " | ", markdown));
        Assert.Contains("| 5.7 | Threat intelligence | Organizational | Undecided |", markdown);
        Assert.Contains("| 7.4 | Physical security monitoring | Physical | No |  |  | No premises |  | CISO |", markdown);
        Assert.DoesNotContain("\r", markdown);
    }

    [Fact]
    public void Markdown_escapes_pipes_newlines_and_angle_brackets_in_cells()
    {
        var markdown = Markdown();

        var row = markdown.Split('\n').Single(l => l.StartsWith("| 8.24 |", StringComparison.Ordinal));
        Assert.Contains("| Yes | Risk assessment, Best practice | Hash \\| encrypt<br>identifiers &lt;before&gt; they leave |  | Implemented | Platform team | docs/hashing.md<br>SEC-42 | Sample.IdentifierHasher.Hash (SHA-256) | 10.1.1, 10.1.2 | CC6, C1 | 2026-04-24 | Sample.Crypto |", row);
        // Every table row still has exactly the header's 15 cells (16 unescaped pipes).
        Assert.Equal(16, CountUnescapedPipes(row));
    }

    [Theory]
    [InlineData("a|b", "a\\|b")]
    [InlineData("line1\r\nline2\nline3\rline4", "line1<br>line2<br>line3<br>line4")]
    [InlineData("<script>&", "&lt;script&gt;&amp;")]
    [InlineData("C:\\docs|x", "C:\\\\docs\\|x")]
    [InlineData(null, "")]
    public void MarkdownText_escapes_cell_breaking_characters(string? input, string expected) =>
        Assert.Equal(expected, Rendered.Text(buffer => MarkdownText.Append(buffer, input)));

    [Fact]
    public void JsonTextWriter_escapes_quotes_backslashes_and_control_characters()
    {
        var text = Rendered.Text(buffer =>
        {
            var json = new JsonTextWriter(buffer);
            json.StartObject();
            json.String("text", "q\"b\\n\n\t\u0001\u2028é");
            json.EndObject();
            json.EndDocument();
        });

        Assert.Equal("{\n  \"text\": \"q\\\"b\\\\n\\n\\t\\u0001\\u2028é\"\n}\n", text);
        Assert.Equal("q\"b\\n\n\t\u0001\u2028é", JsonDocument.Parse(text).RootElement.GetProperty("text").GetString());
    }

    private static int CountUnescapedPipes(string line)
    {
        var count = 0;
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\') i++;
            else if (line[i] == '|') count++;
        }

        return count;
    }
}
