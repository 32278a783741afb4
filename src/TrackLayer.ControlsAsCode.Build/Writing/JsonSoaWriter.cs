using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Writes <c>StatementOfApplicability.json</c> for machines (GRC tools, dashboards, an SoA diff between builds).
/// Every property is always present (null when not declared), so consumers need no "is it there" checks; bump
/// <see cref="SchemaVersion"/> when a property changes meaning or goes away.
/// </summary>
internal sealed class JsonSoaWriter : IComplianceDocumentWriter
{
    public const string Schema = "https://tracklayer.dev/schemas/soa/v1";
    public const int SchemaVersion = 1;

    public string FileName => "StatementOfApplicability.json";

    public void Write(ComplianceDocumentSet documents, DocumentBuffer output)
    {
        var soa = documents.Soa;
        var json = new JsonTextWriter(output);
        json.StartObject();
        WriteHeader(json, documents, Schema, SchemaVersion);
        json.String("soc2Basis", TrustServicesCriteria.Notice);
        WriteTotals(json, soa.Totals);

        json.StartArray("controls");
        foreach (var row in soa.Rows)
        {
            WriteRow(json, row);
        }

        json.EndArray();

        json.StartArray("unresolved");
        foreach (var declaration in soa.Unresolved)
        {
            json.StartObject();
            json.String("controlId", declaration.ControlId);
            json.String("applicability", SoaLabels.ApplicabilityToken(declaration.Applicability));
            json.String("declaredOn", declaration.DeclaredOn);
            WriteLocation(json, "declaredAt", declaration.Location);
            json.String("reason", SoaLabels.UnresolvedReason(declaration));
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        json.EndDocument();
    }

    /// <summary>The header every document's JSON starts with (see docs/schemas/): schema, ISMS, status, build.</summary>
    internal static void WriteHeader(JsonTextWriter json, ComplianceDocumentSet documents, string schema, int schemaVersion)
    {
        var soa = documents.Soa;
        json.String("schema", schema);
        json.Number("schemaVersion", schemaVersion);
        WriteIsms(json, soa.Isms);
        json.String("certificationStatement", soa.CertificationStatement);
        json.String("version", soa.Version);
        json.String("sourceRevision", soa.SourceRevision);
        json.Strings("sourceAssemblies", soa.SourceAssemblies);
        json.String("generatedAt", documents.GeneratedAt);
    }

    /// <summary>A source location as <c>{ "file": "src/A.cs", "line": 12 }</c>, or null.</summary>
    internal static void WriteLocation(JsonTextWriter json, string name, SourceLocation? location)
    {
        if (location is null)
        {
            json.Null(name);
            return;
        }

        json.StartObject(name);
        json.String("file", location.File);
        json.Number("line", location.Line);
        json.EndObject();
    }

    private static void WriteIsms(JsonTextWriter json, IsmsDeclaration? isms)
    {
        if (isms is null)
        {
            json.Null("isms");
            return;
        }

        json.StartObject("isms");
        json.String("scope", isms.Scope);
        json.String("organization", isms.Organization);
        json.String("owner", isms.Owner);
        json.String("certificationState", isms.HasCertificationStatus ? SoaLabels.Token(isms.CertificationState) : null);
        json.String("asOf", isms.AsOf);
        json.String("targetWindow", isms.TargetWindow);
        json.String("certificationBody", isms.CertificationBody);
        json.String("certificateNumber", isms.CertificateNumber);
        json.String("certifiedOn", isms.CertifiedOn);
        json.String("expiresOn", isms.ExpiresOn);
        json.EndObject();
    }

    private static void WriteTotals(JsonTextWriter json, SoaTotals totals)
    {
        json.StartObject("totals");
        json.Number("controls", totals.Controls);
        json.Number("applicable", totals.Applicable);
        json.Number("excluded", totals.Excluded);
        json.Number("undecided", totals.Undecided);
        json.Number("implemented", totals.Implemented);
        json.Number("partiallyImplemented", totals.PartiallyImplemented);
        json.Number("planned", totals.Planned);
        json.Number("notImplemented", totals.NotImplemented);
        json.Number("statusUnspecified", totals.StatusUnspecified);
        json.EndObject();
    }

    private static void WriteRow(JsonTextWriter json, SoaRow row)
    {
        var declaration = row.Declaration;
        var applicable = row.Applicability == Applicability.Applicable;
        json.StartObject();
        json.String("id", row.Control.Id);
        json.String("title", row.Control.Title);
        json.String("theme", SoaLabels.Token(row.Control.Theme));
        json.String("applicability", SoaLabels.ApplicabilityToken(row.Applicability));
        json.Strings("inclusionReasons", applicable ? SoaLabels.ReasonTokens(declaration!.Reasons) : Enumerable.Empty<string>());
        json.String("justification", declaration?.Justification);
        json.String("inclusionJustification", applicable ? declaration!.Justification : null);
        json.String("exclusionJustification", row.Applicability == Applicability.Excluded ? declaration!.Justification : null);
        json.String("implementationStatus", applicable ? SoaLabels.Token(declaration!.Status) : null);
        json.String("owner", declaration?.Owner);
        json.Strings("evidence", declaration?.Evidence ?? System.Array.Empty<string>());
        json.StartArray("implementedBy");
        foreach (var implementation in row.ImplementedBy)
        {
            json.StartObject();
            json.String("element", implementation.Element);
            json.String("note", implementation.Note);
            WriteLocation(json, "location", implementation.Location);
            json.EndObject();
        }

        json.EndArray();
        json.Strings("iso2013", row.Control.Iso2013Ids);
        json.Strings("soc2", TrustServicesCriteria.For(row.Control.Id));
        json.String("reviewedOn", declaration?.ReviewedOn);
        json.String("declaredOn", declaration?.DeclaredOn);
        json.String("declaredId", declaration?.ControlId);
        WriteLocation(json, "declaredAt", declaration?.Location);
        json.EndObject();
    }
}
