using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// The four documents the build writes, as plain data: the Statement of Applicability and the three evidence
/// registers. They share one header (scope, certification status, version, source assemblies), taken from the SoA.
/// </summary>
internal sealed class ComplianceDocumentSet
{
    public ComplianceDocumentSet(
        StatementOfApplicability soa,
        DestinationInventory destinations,
        DataClassificationRegister classifications,
        RetentionRegister retention)
    {
        Soa = soa;
        Destinations = destinations;
        Classifications = classifications;
        Retention = retention;
    }

    public StatementOfApplicability Soa { get; }

    public DestinationInventory Destinations { get; }

    public DataClassificationRegister Classifications { get; }

    public RetentionRegister Retention { get; }

    /// <summary>When the documents were generated (UTC, ISO 8601), only when a timestamp was asked for; null keeps the bytes reproducible.</summary>
    public string? GeneratedAt { get; set; }
}

/// <summary>The destination inventory: one row per declared destination, ordered by id.</summary>
internal sealed class DestinationInventory
{
    public DestinationInventory(IReadOnlyList<DestinationInventoryRow> rows)
    {
        Rows = rows;
    }

    public IReadOnlyList<DestinationInventoryRow> Rows { get; }
}

/// <summary>Every classified member of the merged assemblies, ordered by type and member.</summary>
internal sealed class DataClassificationRegister
{
    public DataClassificationRegister(IReadOnlyList<ClassifiedMember> rows)
    {
        Rows = rows;
    }

    public IReadOnlyList<ClassifiedMember> Rows { get; }
}

/// <summary>What is kept where, for how long: one row per destination, ordered by id.</summary>
internal sealed class RetentionRegister
{
    public RetentionRegister(IReadOnlyList<RetentionRow> rows)
    {
        Rows = rows;
    }

    public IReadOnlyList<RetentionRow> Rows { get; }
}
