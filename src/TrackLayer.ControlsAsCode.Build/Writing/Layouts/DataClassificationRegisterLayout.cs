using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>The data classification register: every classified member, what it holds and how it must be handled.</summary>
internal static class DataClassificationRegisterLayout
{
    public const string BaseName = "DataClassificationRegister";

    public static DocumentLayout Build(ComplianceDocumentSet set)
    {
        var layout = new DocumentLayout(
            "Data classification register",
            "Every classified member in the code (ISO/IEC 27001:2022 Annex A 5.12): its type, wire name, classification, category and " +
            "required handling. Generated at build time from the declarations in the code; do not edit by hand.");
        CommonHeader.AddTo(layout, set);

        var table = new LayoutTable("classifications", "Classified members", "classified-member",
            "Type", "Member", "Wire name", "Classification", "Category", "Handling", "Source")
        {
            EmptyText = "No member is classified.",
        };
        table.Rows.Capacity = set.Classifications.Rows.Count; // tens of thousands of rows: no regrowing
        foreach (var member in set.Classifications.Rows)
        {
            table.Add(
                Cells.One(member.TypeName),
                Cells.One(member.MemberName),
                Cells.One(member.WireName),
                Cells.One(ClassificationHandling.KindLabel(member.Kind)),
                Cells.One(ClassificationHandling.Category(member)),
                Cells.One(ClassificationHandling.Handling(member)),
                Cells.One(member.Location?.ToString()));
        }

        layout.Tables.Add(table);
        layout.Primary = table;
        return layout;
    }
}
