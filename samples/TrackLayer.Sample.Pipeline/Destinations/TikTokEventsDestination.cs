using System.Net.Http.Json;
using System.Text.Json.Serialization;
using TrackLayer.ControlsAsCode;
using TrackLayer.Sample.Pipeline.Events;
using TrackLayer.Sample.Pipeline.Routing;

namespace TrackLayer.Sample.Pipeline.Destinations;

/// <summary>TikTok Events API: purchases, for campaign measurement.</summary>
[Destination("tiktok-events", Vendor = "TikTok Technology", Owner = "Growth Marketing",
    Purpose = "Conversion measurement for TikTok campaigns", EventTypes = new[] { "CompletePayment" },
    SendsPersonalData = true, ConsentSensitive = true, ConsentCategory = "marketing", Retention = "P13M",
    Endpoint = "https://business-api.tiktok.com/open_api/v1.3/event/track/", Region = "EU/SG/US",
    Contract = "TikTok Business Products (Data) Terms", ReviewedOn = "2026-04-24",
    Profile = VendorProfile.TikTokEventsApi)]
public sealed class TikTokEventsDestination(string pixelCode, string accessToken) : IEventDestination
{
    public bool Accepts(EnrichedEvent enriched) => enriched.MayUseForAdvertising && enriched.Source.EventName == "Purchase";

    public HttpRequestMessage BuildRequest(EnrichedEvent enriched)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "https://business-api.tiktok.com/open_api/v1.3/event/track/")
        {
            Content = JsonContent.Create(new TikTokUser
            {
                Email = enriched.HashedEmail,
                Ttclid = enriched.Source.TikTokClickId,
                Ip = enriched.Source.ClientIpAddress,
            }),
        };
        request.Headers.Add("Access-Token", accessToken);
        request.Headers.Add("X-Pixel-Code", pixelCode);
        return request;
    }
}

/// <summary>TikTok's data[].user object.</summary>
public sealed record TikTokUser
{
    [Pseudonymised(DataCategory.Email, Method = "SHA-256")]
    [JsonPropertyName("email")] public string? Email { get; init; }

    // Deliberate violation (TLC1001): the wire name "ttclid" is TikTok's click id, yet the member is not classified.
    [JsonPropertyName("ttclid")] public string? Ttclid { get; init; }

    [Personal(DataCategory.IpAddress)]
    [JsonPropertyName("ip")] public string? Ip { get; init; }
}
