using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>The retention register: what is kept where, and for how long.</summary>
internal static class RetentionRegisterLayout
{
    public const string BaseName = "RetentionRegister";

    public static DocumentLayout Build(ComplianceDocumentSet set)
    {
        var layout = new DocumentLayout(
            "Retention register",
            "What is kept where, and for how long (ISO/IEC 27001:2022 Annex A 5.33, 8.10): one line per destination, with the retention " +
            "period it declares. Generated at build time from the declarations in the code; do not edit by hand.");
        CommonHeader.AddTo(layout, set);

        var table = new LayoutTable("retention", "Retention", "retention",
            "Destination", "Vendor", "Region", "Event types", "Personal data kept", "Retention (declared)", "Retention", "Owner", "Contract", "Declared on")
        {
            EmptyText = "No destination is declared, so no retention period is recorded.",
        };
        foreach (var row in set.Retention.Rows)
        {
            var d = row.Destination.Declaration;
            table.Add(
                Cells.One(d.Id),
                Cells.Or(d.Vendor, "not declared"),
                Cells.Or(d.Region, "not declared"),
                Cells.Lines(d.EventTypes),
                Cells.Lines(row.DataKept.Count > 0 ? row.DataKept : (d.SendsPersonalData ? new[] { "Personal data (declared, categories not derived)" } : Enumerable.Empty<string>())),
                Cells.One(d.Retention),
                Cells.One(row.Describe()),
                Cells.Or(d.Owner, "not declared"),
                Cells.Or(d.Contract, "not declared"),
                Cells.One(SoaLabels.WithLocation(d.DeclaredOn, d.Location)));
        }

        layout.Tables.Add(table);
        layout.Primary = table;
        return layout;
    }
}
