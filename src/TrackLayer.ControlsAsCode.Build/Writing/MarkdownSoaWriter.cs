using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>Writes <c>StatementOfApplicability.md</c>: the statement for people (auditors, compliance staff, reviewers of a diff).</summary>
internal sealed class MarkdownSoaWriter : ISoaDocumentWriter
{
    public string FileName => "StatementOfApplicability.md";

    public string Write(StatementOfApplicability soa)
    {
        var md = new StringBuilder();
        WriteHeader(md, soa);
        WriteTotals(md, soa.Totals);
        WriteControls(md, soa.Rows);
        WriteUnresolved(md, soa.Unresolved);
        // Appending "\n" explicitly (never AppendLine) keeps the line endings the same on every OS.
        return md.ToString();
    }

    private static void WriteHeader(StringBuilder md, StatementOfApplicability soa)
    {
        md.Append("# Statement of Applicability\n\n");
        md.Append("ISO/IEC 27001:2022, clause 6.1.3 d): the Annex A controls, whether each applies and why, and how far it is implemented. ");
        md.Append("Generated at build time from the declarations in the code; do not edit by hand.\n\n");

        var isms = soa.Isms;
        Item(md, "ISMS scope", isms?.Scope ?? "not declared");
        Item(md, "Organization", isms?.Organization ?? "not declared");
        Item(md, "Owner", isms?.Owner ?? "not declared");
        Item(md, "Certification status", soa.CertificationStatement);
        if (!string.IsNullOrWhiteSpace(soa.Version)) Item(md, "Version", soa.Version);
        if (!string.IsNullOrWhiteSpace(soa.SourceRevision)) Item(md, "Source revision", soa.SourceRevision);
        Item(md, "Source assemblies", soa.SourceAssemblies.Count == 0 ? "none" : string.Join(", ", soa.SourceAssemblies));
        md.Append('\n');
    }

    private static void WriteTotals(StringBuilder md, SoaTotals totals)
    {
        md.Append("## Totals\n\n");
        md.Append("| Controls | Applicable | Excluded | Undecided | Implemented | Partially implemented | Planned | Not implemented | Status not stated |\n");
        md.Append("|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        Row(md, new[] { totals.Controls, totals.Applicable, totals.Excluded, totals.Undecided, totals.Implemented, totals.PartiallyImplemented, totals.Planned, totals.NotImplemented, totals.StatusUnspecified }
            .Select(n => n.ToString(CultureInfo.InvariantCulture)));
        md.Append('\n');
    }

    private static void WriteControls(StringBuilder md, IReadOnlyList<SoaRow> rows)
    {
        md.Append("## Controls\n\n");
        md.Append("| Id | Control | Theme | Applicable | Inclusion reasons | Justification | Implementation status | Owner | Evidence | ISO 27001:2013 | Reviewed on |\n");
        md.Append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        foreach (var row in rows)
        {
            var declaration = row.Declaration;
            var applicable = row.Applicability == Applicability.Applicable;
            Row(md, new[]
            {
                MarkdownText.Escape(row.Control.Id),
                MarkdownText.Escape(row.Control.Title),
                MarkdownText.Escape(row.Control.Theme.ToString()),
                SoaLabels.Applicable(row.Applicability),
                applicable ? MarkdownText.Escape(string.Join(", ", SoaLabels.Reasons(declaration!.Reasons).Select(SoaLabels.Reason))) : "",
                MarkdownText.Escape(declaration?.Justification),
                applicable ? SoaLabels.Status(declaration!.Status) : "",
                MarkdownText.Escape(declaration?.Owner),
                Evidence(row),
                MarkdownText.Escape(string.Join(", ", row.Control.Iso2013Ids)),
                MarkdownText.Escape(declaration?.ReviewedOn),
            });
        }

        md.Append('\n');
    }

    /// <summary>Declared references first, then the code that states it implements the control; one per line of the cell.</summary>
    private static string Evidence(SoaRow row)
    {
        var items = (row.Declaration?.Evidence ?? System.Array.Empty<string>()).Select(MarkdownText.Escape)
            .Concat(row.ImplementedBy.Select(i => "Code: " + MarkdownText.Escape(SoaLabels.Implementation(i))));
        return string.Join("<br>", items);
    }

    private static void WriteUnresolved(StringBuilder md, IReadOnlyList<ControlDeclaration> unresolved)
    {
        md.Append("## Unresolved declarations\n\n");
        if (unresolved.Count == 0)
        {
            md.Append("None: every declaration names an ISO/IEC 27001:2022 Annex A control.\n");
            return;
        }

        md.Append("These declarations decide no row above. Fix the control id in the code.\n\n");
        md.Append("| Declared id | Declared as | Declared on | Why unresolved |\n");
        md.Append("|---|---|---|---|\n");
        foreach (var declaration in unresolved)
        {
            Row(md, new[]
            {
                MarkdownText.Escape(declaration.ControlId),
                SoaLabels.ApplicabilityToken(declaration.Applicability),
                MarkdownText.Escape(declaration.DeclaredOn),
                MarkdownText.Escape(SoaLabels.UnresolvedReason(declaration)),
            });
        }
    }

    private static void Item(StringBuilder md, string label, string? value) =>
        md.Append("- **").Append(label).Append(":** ").Append(MarkdownText.Escape(value)).Append('\n');

    private static void Row(StringBuilder md, IEnumerable<string> cells) =>
        md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
}
