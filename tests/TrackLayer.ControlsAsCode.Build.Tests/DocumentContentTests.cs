using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using M = TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>Every column of every document, on compiled test assemblies, in every format.</summary>
public sealed class DocumentContentTests : IDisposable
{
    private readonly TaskRunner _run = new();

    public void Dispose() => _run.Dispose();

    private void Generate(string source, string name)
    {
        var assembly = TestAssembly.Compile(_run.Temp.Path, source, assemblyName: name);
        var task = _run.Task(assembly);
        task.UndecidedControls = "off";
        Assert.True(task.Execute(), string.Join("\n", _run.Engine.Errors.Select(e => e.Message)));
    }

    private JsonElement Json(string file) => JsonDocument.Parse(_run.Read(file)).RootElement;

    [Fact]
    public void Soa_csv_has_every_column_and_93_rows_in_catalog_order()
    {
        Generate(Samples.App, "Sample.App");
        var rows = _run.ReadCsv("StatementOfApplicability.csv");

        Assert.Equal(new[]
        {
            "Id", "Control", "Theme", "Applicable", "Inclusion reasons", "Justification for inclusion", "Justification for exclusion",
            "Implementation status", "Owner", "Evidence", "Implemented by", "ISO 27001:2013", "SOC 2 TSC (indicative)", "Reviewed on", "Declared on",
        }, rows[0]);
        Assert.Equal(M.ControlCatalog.Controls.Select(c => c.Id), rows.Skip(1).Select(r => r[0]));

        Assert.Equal(new[]
        {
            "8.24", "Use of cryptography", "Technological", "Yes", "Risk assessment, Legal requirement", "Identifiers leave the pipeline | hashed", "",
            "Implemented", "Platform team", "docs/hashing.md\nSEC-42",
            "Sample.IdentifierHasher (SHA-256 of normalised identifiers) [Sources/Sample.App.cs:21]\nSample.IdentifierHasher.Hash [Sources/Sample.App.cs:24]",
            "10.1.1, 10.1.2", "CC6, C1", "2026-04-24", "Sample.SecurityControls [Sources/Sample.App.cs:18]",
        }, rows.Single(r => r[0] == "8.24"));
        Assert.Equal(new[]
        {
            "7.4", "Physical security monitoring", "Physical", "No", "", "", "Fully cloud-hosted: no premises are in scope", "", "CISO", "", "", "", "CC6, CC7", "2026-04-01", "assembly",
        }, rows.Single(r => r[0] == "7.4"));
        Assert.Equal(new[] { "5.7", "Threat intelligence", "Organizational", "Undecided", "", "", "", "", "", "", "", "", "CC3, CC7", "", "" }, rows.Single(r => r[0] == "5.7"));
    }

    [Fact]
    public void Soa_header_states_scope_status_version_revision_totals_and_the_soc2_basis()
    {
        Generate(Samples.App, "Sample.App");
        var md = _run.Read("StatementOfApplicability.md");

        Assert.Contains("- **ISMS scope:** Server-side tracking pipeline\n", md);
        Assert.Contains("- **Organization:** TrackLayer GmbH\n", md);
        Assert.Contains("- **Certification status:** ISO/IEC 27001 certification in progress as of 2026-04-24, target certification window Q4 2026. Not yet certified.\n", md);
        Assert.DoesNotContain("Certified", md);
        Assert.Contains("- **Version:** 2.3.1\n", md);
        Assert.Contains("- **Source revision:** 4f1c9e2ab\n", md);
        Assert.Contains("| 93 | 3 | 1 | 89 | 1 | 1 | 1 | 0 | 0 |\n", md);
        Assert.Contains("> SOC 2 Trust Services Criteria cross-reference: indicative only. TrackLayer's own mapping", md);
        Assert.DoesNotContain("**Generated at:**", md);

        var json = Json("StatementOfApplicability.json");
        Assert.StartsWith("SOC 2 Trust Services Criteria cross-reference: indicative only.", json.GetProperty("soc2Basis").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("generatedAt").ValueKind);
        var crypto = json.GetProperty("controls").EnumerateArray().Single(c => c.GetProperty("id").GetString() == "8.24");
        Assert.Equal(new[] { "CC6", "C1" }, crypto.GetProperty("soc2").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal("Identifiers leave the pipeline | hashed", crypto.GetProperty("inclusionJustification").GetString());
        Assert.Equal(JsonValueKind.Null, crypto.GetProperty("exclusionJustification").ValueKind);
        Assert.Equal("Sources/Sample.App.cs", crypto.GetProperty("declaredAt").GetProperty("file").GetString());
        Assert.Equal(18, crypto.GetProperty("declaredAt").GetProperty("line").GetInt32());
        var hash = crypto.GetProperty("implementedBy").EnumerateArray().Single(i => i.GetProperty("element").GetString() == "Sample.IdentifierHasher.Hash");
        Assert.Equal(24, hash.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Destination_inventory_has_every_column_with_derived_personal_data_from_payload_types()
    {
        Generate(Samples.Checks, "Checks");
        var rows = _run.ReadCsv("DestinationInventory.csv");

        Assert.Equal(new[]
        {
            "Id", "Vendor", "Owner", "Purpose", "Event types", "Personal data", "Personal data (derived)", "Consent-sensitive", "Consent category",
            "Retention", "Endpoint", "Transport", "Region", "Contract", "Vendor profile", "Reviewed on", "Declared on",
        }, rows[0]);
        Assert.Equal(new[] { "analytics", "crm", "declared-only" }, rows.Skip(1).Select(r => r[0]));

        // Batch<PageView>: the generic argument is a payload type; its special-category member counts, its [NonPersonal] one does not.
        Assert.Equal(new[]
        {
            "analytics", "not declared", "Product", "Funnels", "", "Yes (payload types carry it; declared as not sent)", "Health (special category)\nIP address", "No", "",
            "P14M", "https://analytics.example", "HTTPS (TLS)", "EU", "DPA-7", "", "2026-04-01", "Checks.AnalyticsDestination [Sources/Checks.cs:27]",
        }, rows[1]);
        // Send(Lead): Lead's personal members, not its credential, not the destination's own [Credential], not Lead.Visit's (one level only).
        Assert.Equal(new[]
        {
            "crm", "Acme CRM", "Sales", "Leads", "", "Yes (payload types carry it; declared as not sent)", "Email\nPhone (pseudonymised)", "No", "",
            "P30D", "http://crm.example/hook", "HTTP (unencrypted)", "not declared", "not declared", "", "2023-02-01", "Checks.CrmDestination [Sources/Checks.cs:14]",
        }, rows[2]);
        Assert.Equal("Yes (declared)", rows[3][5]);
        Assert.Equal("", rows[3][6]);

        var json = Json("DestinationInventory.json");
        Assert.Equal("https://tracklayer.dev/schemas/destination-inventory/v1", json.GetProperty("schema").GetString());
        var crm = json.GetProperty("destinations")[1];
        Assert.False(crm.GetProperty("sendsPersonalDataDeclared").GetBoolean());
        Assert.True(crm.GetProperty("sendsPersonalData").GetBoolean());
        Assert.Equal("derivedOnly", crm.GetProperty("personalDataEvidence").GetString());
        Assert.Equal("http", crm.GetProperty("transport").GetString());
        Assert.Equal(new[] { "Checks.Lead.Email", "Checks.Lead.Phone" },
            crm.GetProperty("derivedPersonalData").EnumerateArray().Select(m => m.GetProperty("type").GetString() + "." + m.GetProperty("member").GetString()));
    }

    [Fact]
    public void Data_classification_register_lists_every_classified_member_with_wire_name_category_handling_and_source()
    {
        Generate(Samples.App, "Sample.App");
        var rows = _run.ReadCsv("DataClassificationRegister.csv");

        Assert.Equal(new[] { "Type", "Member", "Wire name", "Classification", "Category", "Handling", "Source" }, rows[0]);
        Assert.Equal(new[]
        {
            "Sample.Envelope<TPayload>.Header.UserAgent", "Sample.PurchaseEvent.ApiKey", "Sample.PurchaseEvent.ClientIp", "Sample.PurchaseEvent.Condition",
            "Sample.PurchaseEvent.DeviceType", "Sample.PurchaseEvent.Email", "Sample.PurchaseEvent.HashedPhone", "Sample.PurchaseEvent.externalId",
            "Sample.Visitor.Fbc", "Sample.Visitor.Fbp",
        }, rows.Skip(1).Select(r => r[0] + "." + r[1]));
        Assert.Equal(new[] { "Sample.PurchaseEvent", "Email", "em", "Personal data", "Email", "Personal data in clear (GDPR): send only to destinations declared to receive it; redact in logs.", "Sources/Sample.App.cs:49" },
            rows.Single(r => r[1] == "Email"));
        Assert.Equal(new[] { "Pseudonymised personal data", "Phone", "Pseudonymised (SHA-256): still personal data (GDPR Recital 26); redact in logs." },
            rows.Single(r => r[1] == "HashedPhone").Skip(3).Take(3));
        Assert.Equal(new[] { "Special-category personal data", "Health" }, rows.Single(r => r[1] == "Condition").Skip(3).Take(2));
        Assert.Equal(new[] { "Credential or secret", "" }, rows.Single(r => r[1] == "ApiKey").Skip(3).Take(2));
        Assert.Equal("Sources/Sample.App.cs:80", rows.Single(r => r[1] == "UserAgent")[6]);

        var json = Json("DataClassificationRegister.json");
        var email = json.GetProperty("members").EnumerateArray().Single(m => m.GetProperty("member").GetString() == "Email");
        Assert.Equal("personalData", email.GetProperty("classification").GetString());
        Assert.Equal("email", email.GetProperty("category").GetString());
        Assert.Equal(49, email.GetProperty("location").GetProperty("line").GetInt32());
    }

    [Fact]
    public void Retention_register_states_what_is_kept_where_for_how_long()
    {
        Generate(Samples.Checks, "Checks");
        var rows = _run.ReadCsv("RetentionRegister.csv");

        Assert.Equal(new[] { "Destination", "Vendor", "Region", "Event types", "Personal data kept", "Retention (declared)", "Retention", "Owner", "Contract", "Declared on" }, rows[0]);
        Assert.Equal(new[] { "analytics", "not declared", "EU", "", "Health (special category)\nIP address", "P14M", "14 months", "Product", "DPA-7", "Checks.AnalyticsDestination [Sources/Checks.cs:27]" }, rows[1]);
        Assert.Equal("30 days", rows[2][6]);
        Assert.Equal(new[] { "Personal data (declared, categories not derived)", "not a duration", "not an ISO 8601 duration: not a duration" }, rows[3].Skip(4).Take(3));

        var json = Json("RetentionRegister.json");
        var analytics = json.GetProperty("entries")[0];
        Assert.Equal(0, analytics.GetProperty("retentionParsed").GetProperty("years").GetInt32());
        Assert.Equal(14, analytics.GetProperty("retentionParsed").GetProperty("months").GetInt32());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("entries")[2].GetProperty("retentionParsed").ValueKind);
    }

    [Fact]
    public void Every_document_carries_the_same_header()
    {
        Generate(Samples.App, "Sample.App");
        foreach (var name in new[] { "StatementOfApplicability", "DestinationInventory", "DataClassificationRegister", "RetentionRegister" })
        {
            Assert.Contains("- **Certification status:** ISO/IEC 27001 certification in progress as of 2026-04-24", _run.Read(name + ".md"));
            Assert.Contains("<dd id=\"certification-status\">ISO/IEC 27001 certification in progress as of 2026-04-24", _run.Read(name + ".html"));
            var json = Json(name + ".json");
            Assert.Equal(1, json.GetProperty("schemaVersion").GetInt32());
            Assert.Equal("2.3.1", json.GetProperty("version").GetString());
            Assert.Equal("Server-side tracking pipeline", json.GetProperty("isms").GetProperty("scope").GetString());
        }
    }

    [Fact]
    public void Without_a_pdb_the_documents_have_no_locations_and_say_nothing_false()
    {
        var assembly = TestAssembly.Compile(_run.Temp.Path, Samples.App, withPdb: false);
        var task = _run.Task(assembly);
        task.UndecidedControls = "off";
        Assert.True(task.Execute());

        var rows = _run.ReadCsv("StatementOfApplicability.csv");
        Assert.Equal("Sample.SecurityControls", rows.Single(r => r[0] == "8.24")[14]);
        Assert.DoesNotContain("Sources/", _run.Read("DataClassificationRegister.md"));
    }

    [Fact]
    public void A_rebuild_with_the_same_declarations_rewrites_no_file()
    {
        Generate(Samples.App, "Sample.App");
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        foreach (var file in Directory.GetFiles(_run.Output)) File.SetLastWriteTimeUtc(file, old);

        var task = _run.Task(Path.Combine(_run.Temp.Path, "Sample.App.dll"));
        task.UndecidedControls = "off";
        Assert.True(task.Execute());

        Assert.Empty(task.ChangedFiles);
        Assert.Equal(16, task.WrittenFiles.Length);
        Assert.All(Directory.GetFiles(_run.Output), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));
    }

    [Fact]
    public void A_rebuild_rewrites_exactly_the_documents_whose_bytes_differ()
    {
        Generate(Samples.App, "Sample.App");
        var expected = Directory.GetFiles(_run.Output).ToDictionary(f => f, File.ReadAllBytes);
        var old = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var sameLength = Path.Combine(_run.Output, "DataClassificationRegister.json");
        var shorter = Path.Combine(_run.Output, "StatementOfApplicability.md");
        var edited = File.ReadAllBytes(sameLength);
        edited[edited.Length - 2] ^= 1; // one bit, near the end: the whole file has to be compared
        File.WriteAllBytes(sameLength, edited);
        File.WriteAllBytes(shorter, expected[shorter].Take(expected[shorter].Length - 1).ToArray());
        foreach (var file in Directory.GetFiles(_run.Output)) File.SetLastWriteTimeUtc(file, old);

        var task = _run.Task(Path.Combine(_run.Temp.Path, "Sample.App.dll"));
        task.UndecidedControls = "off";
        Assert.True(task.Execute());

        Assert.Equal(new[] { shorter, sameLength }, task.ChangedFiles.Select(i => i.ItemSpec));
        Assert.Equal(16, task.WrittenFiles.Length);
        Assert.All(expected, e => Assert.Equal(e.Value, File.ReadAllBytes(e.Key)));
        Assert.All(expected.Keys.Where(f => f != sameLength && f != shorter), f => Assert.Equal(old, File.GetLastWriteTimeUtc(f)));
    }

    [Theory]
    [InlineData(null, null, null)]
    [InlineData("1777024800", null, "2026-04-24T10:00:00Z")]
    [InlineData("1777024800", "2026-01-02T03:04:05+01:00", "2026-01-02T02:04:05Z")]
    public void A_timestamp_appears_only_when_asked_for_and_comes_from_the_property_or_SOURCE_DATE_EPOCH(string? epoch, string? value, string? expected)
    {
        var assembly = TestAssembly.Compile(_run.Temp.Path, Samples.App);
        var task = _run.Task(assembly);
        task.UndecidedControls = "off";
        task.IncludeTimestamp = expected is not null;
        task.SourceDateEpoch = epoch;
        task.TimestampValue = value;
        Assert.True(task.Execute());

        var json = Json("StatementOfApplicability.json");
        if (expected is null)
        {
            Assert.Equal(JsonValueKind.Null, json.GetProperty("generatedAt").ValueKind);
            Assert.DoesNotContain("**Generated at:**", _run.Read("RetentionRegister.md"));
        }
        else
        {
            Assert.Equal(expected, json.GetProperty("generatedAt").GetString());
            Assert.Contains("- **Generated at:** " + expected + "\n", _run.Read("RetentionRegister.md"));
        }
    }

    [Fact]
    public void The_clock_is_the_timestamp_when_nothing_else_is_given()
    {
        var assembly = TestAssembly.Compile(_run.Temp.Path, Samples.App);
        var task = _run.Task(assembly);
        task.UndecidedControls = "off";
        task.IncludeTimestamp = true;
        task.UtcNow = () => new DateTime(2026, 7, 1, 12, 30, 0, DateTimeKind.Utc);
        Assert.True(task.Execute());

        Assert.Equal("2026-07-01T12:30:00Z", Json("DataClassificationRegister.json").GetProperty("generatedAt").GetString());
    }
}
