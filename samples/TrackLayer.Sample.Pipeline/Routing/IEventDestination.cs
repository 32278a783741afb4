using TrackLayer.ControlsAsCode;
using TrackLayer.Sample.Pipeline.Events;

namespace TrackLayer.Sample.Pipeline.Routing;

/// <summary>A downstream destination. Implementations carry a [Destination] declaration.</summary>
public interface IEventDestination : ITrackingDestination
{
    /// <summary>Whether this destination may receive the event (consent, event type).</summary>
    bool Accepts(EnrichedEvent enriched);

    /// <summary>Builds the request this destination would be sent.</summary>
    HttpRequestMessage BuildRequest(EnrichedEvent enriched);
}
