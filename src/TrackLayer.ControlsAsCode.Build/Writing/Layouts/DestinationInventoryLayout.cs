using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>The destination inventory: every destination tracking data is sent to, who owns it, what goes there.</summary>
internal static class DestinationInventoryLayout
{
    public const string BaseName = "DestinationInventory";

    public const string DerivationNote =
        "Personal data (derived) lists the data categories of the classified personal, pseudonymised and special-category members " +
        "of the types named in the destination type's field, property and method signatures (generic arguments and arrays " +
        "included), read from the compiled code whatever the declaration says. It does not follow those types' own members, so " +
        "data built inside a method body is not listed; the Personal data column states what is declared.";

    public static DocumentLayout Build(ComplianceDocumentSet set)
    {
        var layout = new DocumentLayout(
            "Destination inventory",
            "Every declared destination that tracking data is sent to: owner, purpose, event types, personal and consent-sensitive data, " +
            "retention, endpoint, region, contract and last review. Generated at build time from the declarations in the code; do not edit by hand.");
        CommonHeader.AddTo(layout, set);
        layout.Notes.Add(DerivationNote);

        var table = new LayoutTable("destinations", "Destinations", "destination",
            "Id", "Vendor", "Owner", "Purpose", "Event types", "Personal data", "Personal data (derived)", "Consent-sensitive", "Consent category",
            "Retention", "Endpoint", "Transport", "Region", "Contract", "Vendor profile", "Reviewed on", "Declared on")
        {
            EmptyText = "No destination is declared.",
        };
        foreach (var row in set.Destinations.Rows)
        {
            var d = row.Declaration;
            table.Add(
                Cells.One(d.Id),
                Cells.Or(d.Vendor, "not declared"),
                Cells.Or(d.Owner, "not declared"),
                Cells.Or(d.Purpose, "not declared"),
                Cells.Lines(d.EventTypes),
                Cells.One(SoaLabels.PersonalData(row.PersonalDataEvidence)),
                Cells.Lines(row.DerivedCategories),
                Cells.One(d.ConsentSensitive ? "Yes" : "No"),
                Cells.One(d.ConsentCategory),
                Cells.Or(d.Retention, "not declared"),
                Cells.Or(d.Endpoint, "not declared"),
                Cells.One(Transports.Describe(row.Transport, d.Endpoint)),
                Cells.Or(d.Region, "not declared"),
                Cells.Or(d.Contract, "not declared"),
                Cells.One(d.Profile == VendorProfile.None ? "" : SoaLabels.Profile(d.Profile)),
                Cells.One(d.ReviewedOn),
                Cells.One(SoaLabels.WithLocation(d.DeclaredOn, d.Location)));
        }

        layout.Tables.Add(table);
        layout.Primary = table;
        return layout;
    }
}
