using System.Net.Http.Json;
using System.Text.Json.Serialization;
using TrackLayer.ControlsAsCode;
using TrackLayer.Sample.Pipeline.Events;
using TrackLayer.Sample.Pipeline.Routing;

namespace TrackLayer.Sample.Pipeline.Destinations;

/// <summary>GA4 Measurement Protocol: every event, for product analytics (EU endpoint).</summary>
[Destination("ga4-mp", Vendor = "Google Ireland", Owner = "Product Analytics",
    Purpose = "Product analytics: funnels and retention",
    EventTypes = new[] { "page_view", "purchase", "generate_lead" }, SendsPersonalData = true,
    ConsentCategory = "analytics", Retention = "P14M", Endpoint = "https://region1.google-analytics.com/mp/collect",
    Region = "EU", Contract = "Google Ads Data Processing Terms", ReviewedOn = "2026-04-24",
    Profile = VendorProfile.Ga4MeasurementProtocol)]
public sealed class Ga4MeasurementProtocolDestination(string measurementId, string apiSecret) : IEventDestination
{
    public bool Accepts(EnrichedEvent enriched) => enriched.Source.GaClientId is not null;

    public HttpRequestMessage BuildRequest(EnrichedEvent enriched) =>
        new(HttpMethod.Post, $"https://region1.google-analytics.com/mp/collect?measurement_id={measurementId}&api_secret={apiSecret}")
        {
            Content = JsonContent.Create(new Ga4Payload
            {
                ClientId = enriched.Source.GaClientId!,
                Events = [new Ga4Event { Name = enriched.Source.EventName.ToLowerInvariant() }],
            }),
        };
}

public sealed record Ga4Payload
{
    [Personal(DataCategory.CookieId)]
    [JsonPropertyName("client_id")] public required string ClientId { get; init; }

    [JsonPropertyName("events")] public required IReadOnlyList<Ga4Event> Events { get; init; }
}

public sealed record Ga4Event
{
    [JsonPropertyName("name")] public required string Name { get; init; }
}
