using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Threading;
using System.Threading.Tasks;
using TrackLayer.ControlsAsCode;

namespace Corpus.Conversions;

// Declared: Meta's Graph API. Calls to it are fine.
[Destination("meta-capi", Vendor = "Meta", Owner = "Growth", Purpose = "Conversions", Retention = "P90D",
    Endpoint = "https://graph.facebook.com", SendsPersonalData = true, Profile = VendorProfile.MetaConversionsApi)]
public sealed class MetaConversionsClient(HttpClient http, string pixelId, string token)
{
    private const string GraphVersion = "v21.0";

    public Task<HttpResponseMessage> SendAsync(object events, CancellationToken ct) =>
        http.PostAsJsonAsync($"https://graph.facebook.com/{GraphVersion}/{pixelId}/events?access_token={token}", events, ct);
}

// Not declared: TikTok, Snapchat, Pinterest, LinkedIn, Reddit.
public sealed class TikTokEventsClient(HttpClient http, string accessToken)
{
    private const string TrackUrl = "https://business-api.tiktok.com/open_api/v1.3/event/track/";

    public async Task SendAsync(object body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, /*!TLC2101*/TrackUrl)
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.Add("Access-Token", accessToken);
        using var response = await http.SendAsync(request, ct);
        response.EnsureSuccessStatusCode();
    }
}

public sealed class SnapConversionsClient(HttpClient http)
{
    private static readonly string Base = "https://tr.snapchat.com/v3";

    public Task<HttpResponseMessage> SendAsync(string pixelId, string token, string json) =>
        http.PostAsync(/*!TLC2101*/Base + "/" + pixelId + "/events?access_token=" + token, new StringContent(json, Encoding.UTF8, "application/json"));
}

public sealed class PinterestConversionsClient
{
    private static readonly Uri Api = new("https://api.pinterest.com/v5/");
    private readonly HttpClient _http;

    public PinterestConversionsClient(HttpClient http, string token)
    {
        _http = http;
        _http.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
    }

    public Task<HttpResponseMessage> SendAsync(string adAccountId, object payload) =>
        _http.PostAsJsonAsync(/*!TLC2101*/new Uri(Api, $"ad_accounts/{adAccountId}/events"), payload);
}

public static class LinkedInRegistration
{
    public static HttpClient Create(string token)
    {
        var client = new HttpClient { BaseAddress = /*!TLC2101*/new Uri("https://api.linkedin.com/rest/") };
        client.DefaultRequestHeaders.Add("LinkedIn-Version", "202410");
        client.DefaultRequestHeaders.Add("Authorization", "Bearer " + token);
        return client;
    }

    public static Task<HttpResponseMessage> SendAsync(HttpClient linkedIn, object evt) =>
        linkedIn.PostAsJsonAsync("conversionEvents", evt); // relative: checked at BaseAddress
}

public sealed class RedditConversionsClient(HttpClient http)
{
    public Task<HttpResponseMessage> SendAsync(string accountId, object body)
    {
        var url = string.Format("https://ads-api.reddit.com/api/v2.0/conversions/events/{0}", accountId);
        return http.PostAsync(/*!TLC2101*/url, new StringContent(JsonSerializer.Serialize(body)));
    }
}

// GA4: the EU endpoint is declared, the global one is not.
[Destination("ga4-mp", Owner = "Analytics", Purpose = "Product analytics", Retention = "P14M",
    Endpoint = "https://region1.google-analytics.com/mp/collect", SendsPersonalData = true, Profile = VendorProfile.Ga4MeasurementProtocol)]
public sealed class Ga4Client(HttpClient http, string measurementId, string apiSecret)
{
    public Task<HttpResponseMessage> SendEuAsync(Ga4Body body) =>
        http.PostAsJsonAsync($"https://region1.google-analytics.com/mp/collect?measurement_id={measurementId}&api_secret={apiSecret}", body);

    public Task<HttpResponseMessage> SendGlobalAsync(Ga4Body body) =>
        http.PostAsJsonAsync(/*!TLC2101*/$"https://www.google-analytics.com/mp/collect?measurement_id={measurementId}&api_secret={apiSecret}", body);

    public Task<HttpResponseMessage> DebugAsync(Ga4Body body) =>
        http.PostAsJsonAsync(/*!TLC2101*/"https://www.google-analytics.com/debug/mp/collect", body);
}

public sealed record Ga4Body([property: Personal(DataCategory.CookieId), JsonPropertyName("client_id")] string ClientId, [property: JsonPropertyName("events")] List<object> Events);
