namespace TrackLayer.ControlsAsCode;

/// <summary>How far an applicable control is implemented.</summary>
public enum ImplementationStatus
{
    /// <summary>Not stated. The Statement of Applicability shows the gap instead of guessing.</summary>
    Unspecified = 0,

    /// <summary>Applicable, with no implementation yet and none scheduled.</summary>
    NotImplemented = 1,

    /// <summary>Implementation is scheduled.</summary>
    Planned = 2,

    /// <summary>Partly implemented.</summary>
    PartiallyImplemented = 3,

    /// <summary>Implemented and operating.</summary>
    Implemented = 4,
}
