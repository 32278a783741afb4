using System.Net.Http.Json;
using System.Text.Json.Serialization;
using TrackLayer.ControlsAsCode;
using TrackLayer.Sample.Pipeline.Events;
using TrackLayer.Sample.Pipeline.Routing;

namespace TrackLayer.Sample.Pipeline.Destinations;

/// <summary>Meta Conversions API: purchases and leads, for campaign measurement.</summary>
[Destination("meta-capi", Vendor = "Meta Platforms Ireland", Owner = "Growth Marketing",
    Purpose = "Conversion measurement and ad optimisation for paid social campaigns",
    EventTypes = new[] { "Purchase", "Lead" }, SendsPersonalData = true, ConsentSensitive = true,
    ConsentCategory = "marketing", Retention = "P90D", Endpoint = "https://graph.facebook.com",
    Region = "EU/US", Contract = "Meta Business Tools Terms + DPA 2025-03", ReviewedOn = "2026-04-24",
    Profile = VendorProfile.MetaConversionsApi)]
public sealed class MetaConversionsDestination(string pixelId, string accessToken) : IEventDestination
{
    public bool Accepts(EnrichedEvent enriched) =>
        enriched.MayUseForAdvertising && enriched.Source.EventName is "Purchase" or "Lead";

    public HttpRequestMessage BuildRequest(EnrichedEvent enriched) =>
        new(HttpMethod.Post, $"https://graph.facebook.com/v21.0/{pixelId}/events?access_token={accessToken}")
        {
            Content = JsonContent.Create(new MetaEventRequest([MetaServerEvent.From(enriched)])),
        };
}

public sealed record MetaEventRequest([property: JsonPropertyName("data")] IReadOnlyList<MetaServerEvent> Data);

public sealed record MetaServerEvent
{
    [JsonPropertyName("event_name")] public required string EventName { get; init; }
    [JsonPropertyName("event_time")] public long EventTime { get; init; }
    [JsonPropertyName("event_id")] public required string EventId { get; init; }
    [JsonPropertyName("action_source")] public string ActionSource { get; init; } = "website";
    [JsonPropertyName("user_data")] public required MetaUserData UserData { get; init; }

    public static MetaServerEvent From(EnrichedEvent e) => new()
    {
        EventName = e.Source.EventName,
        EventTime = e.Source.OccurredAt.ToUnixTimeSeconds(),
        EventId = e.Source.EventId,
        UserData = new MetaUserData
        {
            Em = e.HashedEmail,
            Ph = e.HashedPhone,
            ClientIpAddress = e.Source.ClientIpAddress,
            ClientUserAgent = e.Source.UserAgent,
            Fbp = e.Source.FacebookBrowserId,
            Fbc = e.Source.FacebookClickId,
        },
    };
}

/// <summary>Meta's user_data: contact fields SHA-256 hashed, IP, user agent and cookies in clear (Meta's rules).</summary>
public sealed record MetaUserData
{
    [Pseudonymised(DataCategory.Email, Method = "SHA-256")]
    [JsonPropertyName("em")] public string? Em { get; init; }

    [Pseudonymised(DataCategory.Phone, Method = "SHA-256")]
    [JsonPropertyName("ph")] public string? Ph { get; init; }

    [Personal(DataCategory.IpAddress)]
    [JsonPropertyName("client_ip_address")] public string? ClientIpAddress { get; init; }

    [Personal(DataCategory.UserAgent)]
    [JsonPropertyName("client_user_agent")] public string? ClientUserAgent { get; init; }

    [Personal(DataCategory.CookieId)]
    [JsonPropertyName("fbp")] public string? Fbp { get; init; }

    [Personal(DataCategory.ClickId)]
    [JsonPropertyName("fbc")] public string? Fbc { get; init; }
}
