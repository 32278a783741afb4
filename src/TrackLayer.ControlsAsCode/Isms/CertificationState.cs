namespace TrackLayer.ControlsAsCode;

/// <summary>Where the organization stands with ISO/IEC 27001 certification.</summary>
public enum CertificationState
{
    /// <summary>No certification programme has started.</summary>
    NotStarted = 0,

    /// <summary>A certification programme is under way; the system is not certified.</summary>
    InProgress = 1,

    /// <summary>A certificate has been issued. Declare its body, number and date too, or the documents will not call the system certified.</summary>
    Certified = 2,

    /// <summary>A certificate was issued but has expired, been suspended or been withdrawn.</summary>
    Lapsed = 3,
}
