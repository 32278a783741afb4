using TrackLayer.ControlsAsCode;
using TrackLayer.Sample.Pipeline.Events;

namespace TrackLayer.Sample.Pipeline.Routing;

/// <summary>Sends each enriched event to every destination that accepts it.</summary>
[ImplementsControl("5.19", Note = "Only declared destinations are routed to; consent is checked per destination")]
public sealed class EventRouter(IReadOnlyList<IEventDestination> destinations, HttpClient http)
{
    public async Task<IReadOnlyList<string>> RouteAsync(EnrichedEvent enriched, bool dryRun, CancellationToken cancellationToken = default)
    {
        var sentTo = new List<string>();
        foreach (var destination in destinations.Where(d => d.Accepts(enriched)))
        {
            using var request = destination.BuildRequest(enriched);
            if (!dryRun)
            {
                using var response = await http.SendAsync(request, cancellationToken);
                response.EnsureSuccessStatusCode();
            }

            sentTo.Add($"{request.Method} {request.RequestUri}");
        }

        return sentTo;
    }
}
