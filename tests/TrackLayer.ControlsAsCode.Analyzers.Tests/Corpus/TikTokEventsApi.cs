using System.Collections.Generic;
using System.Text.Json.Serialization;
using Newtonsoft.Json;

namespace Corpus.TikTok;

public sealed class TikTokTrackRequest
{
    [JsonPropertyName("event_source")] public string EventSource { get; set; } = "web";
    [JsonPropertyName("event_source_id")] public string PixelCode { get; set; } = "";
    [JsonPropertyName("data")] public List<TikTokEvent> Data { get; set; } = new();
}

public sealed class TikTokEvent
{
    [JsonPropertyName("event")] public string Event { get; set; } = "";
    [JsonPropertyName("event_time")] public long EventTime { get; set; }
    [JsonPropertyName("event_id")] public string? EventId { get; set; }
    [JsonPropertyName("user")] public TikTokUser User { get; set; } = new();
    [JsonPropertyName("page")] public TikTokPage? Page { get; set; }
    [JsonPropertyName("properties")] public TikTokProperties? Properties { get; set; }
}

public sealed class TikTokUser
{
    [JsonPropertyName("email")] public string? HashedEmail { get; set; } // expect: Email
    [JsonPropertyName("phone")] public string? HashedPhone { get; set; } // expect: Phone
    [JsonPropertyName("external_id")] public string? ExternalId { get; set; } // expect: UserId
    [JsonPropertyName("ttclid")] public string? Ttclid { get; set; } // expect: ClickId
    [JsonPropertyName("ttp")] public string? Ttp { get; set; } // expect: CookieId
    [JsonPropertyName("ip")] public string? Ip { get; set; } // expect: IpAddress
    [JsonPropertyName("user_agent")] public string? UserAgent { get; set; } // expect: UserAgent
    [JsonPropertyName("locale")] public string? Locale { get; set; }
}

public sealed class TikTokPage
{
    [JsonPropertyName("url")] public string? Url { get; set; }
    [JsonPropertyName("referrer")] public string? Referrer { get; set; }
}

public sealed class TikTokProperties
{
    [JsonPropertyName("contents")] public List<TikTokContent>? Contents { get; set; }
    [JsonPropertyName("content_type")] public string? ContentType { get; set; }
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("value")] public decimal? Value { get; set; }
    [JsonPropertyName("query")] public string? Query { get; set; }
    [JsonPropertyName("order_id")] public string? OrderId { get; set; } // lookalike
}

public sealed class TikTokContent
{
    [JsonPropertyName("content_id")] public string? ContentId { get; set; }
    [JsonPropertyName("content_name")] public string? ContentName { get; set; } // lookalike
    [JsonPropertyName("quantity")] public int Quantity { get; set; }
    [JsonPropertyName("price")] public decimal Price { get; set; }
    [JsonPropertyName("brand")] public string? Brand { get; set; }
}

// The legacy pixel/track shape, serialized with Newtonsoft.Json.
public sealed class TikTokLegacyContext
{
    [JsonProperty("ip")] public string? RemoteIp { get; set; } // expect: IpAddress
    [JsonProperty("user_agent")] public string? Agent { get; set; } // expect: UserAgent
    [JsonProperty("ad")] public TikTokLegacyAd? Ad { get; set; }
    [JsonProperty("user")] public TikTokLegacyUser? User { get; set; }
    [JsonProperty("page")] public TikTokPage? Page { get; set; }
}

public sealed class TikTokLegacyAd
{
    [JsonProperty("callback")] public string? Callback { get; set; } // expect: ClickId
}

public sealed class TikTokLegacyUser
{
    [JsonProperty("external_id")] public string? Id { get; set; } // expect: UserId
    [JsonProperty("phone_number")] public string? Phone { get; set; } // expect: Phone
    [JsonProperty("email")] public string? Mail { get; set; } // expect: Email
    [JsonProperty("ttp")] public string? Cookie { get; set; } // expect: CookieId
}
