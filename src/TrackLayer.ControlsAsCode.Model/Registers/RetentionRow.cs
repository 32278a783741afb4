using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>One line of the retention register: a destination, what it keeps and for how long.</summary>
internal sealed class RetentionRow
{
    public RetentionRow(DestinationInventoryRow destination)
    {
        Destination = destination;
        if (Iso8601.TryParseDuration(destination.Declaration.Retention, out var duration))
        {
            Duration = duration;
        }
    }

    public DestinationInventoryRow Destination { get; }

    /// <summary>The declared retention, parsed; null when missing or not an ISO 8601 duration.</summary>
    public Iso8601Duration? Duration { get; }

    /// <summary>The period in words ("90 days"), "not declared", or the declared text marked as not a duration.</summary>
    public string Describe()
    {
        var declared = Destination.Declaration.Retention;
        if (string.IsNullOrWhiteSpace(declared)) return "not declared";
        return Duration is { } d ? d.Describe() : "not an ISO 8601 duration: " + declared;
    }

    /// <summary>What is kept: the event types sent and the personal data they carry.</summary>
    public IReadOnlyList<string> DataKept => Destination.DerivedCategories;
}
