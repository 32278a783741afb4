namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Marks a type that sends tracking data out of the pipeline. The analyzers expect every such type to carry a
/// <see cref="DestinationAttribute"/>, so the destination inventory stays complete.
/// </summary>
public interface ITrackingDestination
{
}
