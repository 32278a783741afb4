using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary><c>DestinationInventory.json</c> (schema <c>destination-inventory/v1</c>, docs/schemas/destination-inventory.v1.schema.json).</summary>
internal sealed class JsonDestinationInventoryWriter : IComplianceDocumentWriter
{
    public const string Schema = "https://tracklayer.dev/schemas/destination-inventory/v1";

    public string FileName => "DestinationInventory.json";

    public void Write(ComplianceDocumentSet documents, DocumentBuffer output)
        => JsonRegister.Write(output, documents, Schema, "destinations", documents.Destinations.Rows, WriteRow, json => json.String("derivationRule", Layouts.DestinationInventoryLayout.DerivationNote));

    private static void WriteRow(JsonTextWriter json, DestinationInventoryRow row)
    {
        var d = row.Declaration;
        json.StartObject();
        json.String("id", d.Id);
        json.String("vendor", d.Vendor);
        json.String("owner", d.Owner);
        json.String("purpose", d.Purpose);
        json.Strings("eventTypes", d.EventTypes);
        json.Boolean("sendsPersonalDataDeclared", d.SendsPersonalData);
        json.Boolean("sendsPersonalData", row.SendsPersonalData);
        json.String("personalDataEvidence", SoaLabels.Token(row.PersonalDataEvidence));
        json.StartArray("derivedPersonalData");
        foreach (var member in row.DerivedData)
        {
            JsonClassifiedMember.Write(json, member);
        }

        json.EndArray();
        json.Boolean("consentSensitive", d.ConsentSensitive);
        json.String("consentCategory", d.ConsentCategory);
        json.String("retention", d.Retention);
        json.String("endpoint", d.Endpoint);
        json.String("transport", SoaLabels.Token(row.Transport));
        json.String("region", d.Region);
        json.String("contract", d.Contract);
        json.String("vendorProfile", d.Profile == VendorProfile.None ? null : SoaLabels.Token(d.Profile));
        json.String("reviewedOn", d.ReviewedOn);
        json.String("declaredOn", d.DeclaredOn);
        JsonSoaWriter.WriteLocation(json, "declaredAt", d.Location);
        json.EndObject();
    }
}

/// <summary><c>DataClassificationRegister.json</c> (schema <c>data-classification-register/v1</c>).</summary>
internal sealed class JsonDataClassificationRegisterWriter : IComplianceDocumentWriter
{
    public const string Schema = "https://tracklayer.dev/schemas/data-classification-register/v1";

    public string FileName => "DataClassificationRegister.json";

    public void Write(ComplianceDocumentSet documents, DocumentBuffer output)
        => JsonRegister.Write(output, documents, Schema, "members", documents.Classifications.Rows, (json, member) => JsonClassifiedMember.Write(json, member, withHandling: true));
}

/// <summary><c>RetentionRegister.json</c> (schema <c>retention-register/v1</c>).</summary>
internal sealed class JsonRetentionRegisterWriter : IComplianceDocumentWriter
{
    public const string Schema = "https://tracklayer.dev/schemas/retention-register/v1";

    public string FileName => "RetentionRegister.json";

    public void Write(ComplianceDocumentSet documents, DocumentBuffer output)
        => JsonRegister.Write(output, documents, Schema, "entries", documents.Retention.Rows, WriteRow);

    private static void WriteRow(JsonTextWriter json, RetentionRow row)
    {
        var d = row.Destination.Declaration;
        json.StartObject();
        json.String("destination", d.Id);
        json.String("vendor", d.Vendor);
        json.String("region", d.Region);
        json.Strings("eventTypes", d.EventTypes);
        json.Strings("personalDataKept", row.DataKept);
        json.Boolean("sendsPersonalData", row.Destination.SendsPersonalData);
        json.String("retention", d.Retention);
        if (row.Duration is { } duration)
        {
            json.StartObject("retentionParsed");
            json.Number("years", duration.Years);
            json.Number("months", duration.Months);
            json.Number("days", duration.Days);
            json.Number("hours", duration.Hours);
            json.Number("minutes", duration.Minutes);
            json.Number("seconds", duration.Seconds);
            json.EndObject();
        }
        else
        {
            json.Null("retentionParsed");
        }

        json.String("retentionDescription", row.Describe());
        json.String("owner", d.Owner);
        json.String("contract", d.Contract);
        json.String("declaredOn", d.DeclaredOn);
        JsonSoaWriter.WriteLocation(json, "declaredAt", d.Location);
        json.EndObject();
    }
}

/// <summary>A classified member as JSON, shared by the inventory (derived data) and the classification register.</summary>
internal static class JsonClassifiedMember
{
    [MethodImpl(HotPath.Optimized)]
    public static void Write(JsonTextWriter json, ClassifiedMember member, bool withHandling = false)
    {
        json.StartObject();
        json.String("type", member.TypeName);
        json.String("member", member.MemberName);
        json.String("wireName", member.WireName);
        json.String("classification", SoaLabels.Token(member.Kind));
        json.String("category", member.Category is { } category ? SoaLabels.Token(category) : null);
        json.String("specialCategory", member.SpecialCategory is { } special ? SoaLabels.Token(special) : null);
        json.String("pseudonymisation", member.PseudonymisationMethod);
        json.String("otherClassification", member.OtherClassification);
        if (withHandling) json.String("handling", ClassificationHandling.Handling(member));
        JsonSoaWriter.WriteLocation(json, "location", member.Location);
        json.EndObject();
    }
}

/// <summary>Every register's JSON envelope: the common header, then one array with a row object per entry.</summary>
internal static class JsonRegister
{
    public static void Write<TRow>(
        DocumentBuffer output,
        ComplianceDocumentSet documents,
        string schema,
        string arrayName,
        IEnumerable<TRow> rows,
        Action<JsonTextWriter, TRow> writeRow,
        Action<JsonTextWriter>? beforeRows = null)
    {
        var json = new JsonTextWriter(output);
        json.StartObject();
        JsonSoaWriter.WriteHeader(json, documents, schema, 1);
        beforeRows?.Invoke(json);
        json.StartArray(arrayName);
        foreach (var row in rows)
        {
            writeRow(json, row);
        }

        json.EndArray();
        json.EndObject();
        json.EndDocument();
    }
}
