using System.Globalization;
using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>The Statement of Applicability for people: header, totals, the 93 controls, unresolved declarations.</summary>
internal static class SoaLayout
{
    public const string BaseName = "StatementOfApplicability";

    public static DocumentLayout Build(ComplianceDocumentSet set)
    {
        var soa = set.Soa;
        var layout = new DocumentLayout(
            "Statement of Applicability",
            "ISO/IEC 27001:2022, clause 6.1.3 d): every Annex A control, whether it applies and why, and how far it is implemented. " +
            "Generated at build time from the declarations in the code; do not edit by hand. A control nobody declared is shown as undecided, never as applicable or excluded.");
        CommonHeader.AddTo(layout, set);
        layout.Notes.Add(TrustServicesCriteria.Notice);

        var totals = new LayoutTable("totals", "Totals", "totals",
            "Controls", "Applicable", "Excluded", "Undecided", "Implemented", "Partially implemented", "Planned", "Not implemented", "Status not stated");
        var t = soa.Totals;
        totals.Add(new[] { t.Controls, t.Applicable, t.Excluded, t.Undecided, t.Implemented, t.PartiallyImplemented, t.Planned, t.NotImplemented, t.StatusUnspecified }
            .Select(n => Cells.One(n.ToString(CultureInfo.InvariantCulture))).ToArray());
        layout.Tables.Add(totals);

        var controls = new LayoutTable("controls", "Controls", "control",
            "Id", "Control", "Theme", "Applicable", "Inclusion reasons", "Justification for inclusion", "Justification for exclusion",
            "Implementation status", "Owner", "Evidence", "Implemented by", "ISO 27001:2013", "SOC 2 TSC (indicative)", "Reviewed on", "Declared on");
        foreach (var row in soa.Rows)
        {
            var declaration = row.Declaration;
            var applicable = row.Applicability == Applicability.Applicable;
            var excluded = row.Applicability == Applicability.Excluded;
            controls.Add(
                Cells.One(row.Control.Id),
                Cells.One(row.Control.Title),
                Cells.One(row.Control.Theme.ToString()),
                Cells.One(SoaLabels.Applicable(row.Applicability)),
                applicable ? Cells.One(string.Join(", ", SoaLabels.ReasonLabels(declaration!.Reasons))) : Cells.One(null),
                applicable ? Cells.One(declaration!.Justification) : Cells.One(null),
                excluded ? Cells.One(declaration!.Justification) : Cells.One(null),
                applicable ? Cells.One(SoaLabels.Status(declaration!.Status)) : Cells.One(null),
                Cells.One(declaration?.Owner),
                Cells.Lines(declaration?.Evidence ?? System.Array.Empty<string>()),
                Cells.Lines(row.ImplementedBy.Select(SoaLabels.ImplementationWithLocation)),
                Cells.One(string.Join(", ", row.Control.Iso2013Ids)),
                Cells.One(string.Join(", ", TrustServicesCriteria.For(row.Control.Id))),
                Cells.One(declaration?.ReviewedOn),
                declaration is null ? Cells.One(null) : Cells.One(SoaLabels.WithLocation(declaration.DeclaredOn, declaration.Location)));
        }

        layout.Tables.Add(controls);
        layout.Primary = controls;

        var unresolved = new LayoutTable("unresolved", "Unresolved declarations", "unresolved", "Declared id", "Declared as", "Declared on", "Why unresolved")
        {
            Intro = soa.Unresolved.Count == 0 ? null : "These declarations decide no row above. Fix the control id in the code.",
            EmptyText = "None: every declaration names an ISO/IEC 27001:2022 Annex A control.",
        };
        foreach (var declaration in soa.Unresolved)
        {
            unresolved.Add(
                Cells.One(declaration.ControlId),
                Cells.One(SoaLabels.ApplicabilityToken(declaration.Applicability)),
                Cells.One(SoaLabels.WithLocation(declaration.DeclaredOn, declaration.Location)),
                Cells.One(SoaLabels.UnresolvedReason(declaration)));
        }

        layout.Tables.Add(unresolved);
        return layout;
    }
}
