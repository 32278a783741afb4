using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Writes <c>StatementOfApplicability.json</c> for machines (GRC tools, dashboards, an SoA diff between builds).
/// Every property is always present (null when not declared), so consumers need no "is it there" checks; bump
/// <see cref="SchemaVersion"/> when a property changes meaning or goes away.
/// </summary>
internal sealed class JsonSoaWriter : ISoaDocumentWriter
{
    public const string Schema = "https://tracklayer.dev/schemas/soa/v1";
    public const int SchemaVersion = 1;

    public string FileName => "StatementOfApplicability.json";

    public string Write(StatementOfApplicability soa)
    {
        var json = new JsonTextWriter();
        json.StartObject();
        json.String("schema", Schema);
        json.Number("schemaVersion", SchemaVersion);
        WriteIsms(json, soa.Isms);
        json.String("certificationStatement", soa.CertificationStatement);
        json.String("version", soa.Version);
        json.String("sourceRevision", soa.SourceRevision);
        json.Strings("sourceAssemblies", soa.SourceAssemblies);
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
            json.String("reason", SoaLabels.UnresolvedReason(declaration));
            json.EndObject();
        }

        json.EndArray();
        json.EndObject();
        return json.ToString();
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
        json.Strings("inclusionReasons", applicable ? SoaLabels.Reasons(declaration!.Reasons).Select(SoaLabels.Token) : Enumerable.Empty<string>());
        json.String("justification", declaration?.Justification);
        json.String("implementationStatus", applicable ? SoaLabels.Token(declaration!.Status) : null);
        json.String("owner", declaration?.Owner);
        json.Strings("evidence", declaration?.Evidence ?? System.Array.Empty<string>());
        json.StartArray("implementedBy");
        foreach (var implementation in row.ImplementedBy)
        {
            json.StartObject();
            json.String("element", implementation.Element);
            json.String("note", implementation.Note);
            json.EndObject();
        }

        json.EndArray();
        json.Strings("iso2013", row.Control.Iso2013Ids);
        json.String("reviewedOn", declaration?.ReviewedOn);
        json.String("declaredOn", declaration?.DeclaredOn);
        json.String("declaredId", declaration?.ControlId);
        json.EndObject();
    }
}
