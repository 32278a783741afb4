namespace TrackLayer.ControlsAsCode.Model;

/// <summary>The counts in the Statement of Applicability's header.</summary>
internal sealed class SoaTotals
{
    public int Controls { get; set; }
    public int Applicable { get; set; }
    public int Excluded { get; set; }
    public int Undecided { get; set; }
    public int Implemented { get; set; }
    public int PartiallyImplemented { get; set; }
    public int Planned { get; set; }
    public int NotImplemented { get; set; }

    /// <summary>Applicable controls whose implementation status nobody stated.</summary>
    public int StatusUnspecified { get; set; }
}
