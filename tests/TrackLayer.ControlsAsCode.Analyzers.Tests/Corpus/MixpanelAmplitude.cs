using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.ProductAnalytics;

public sealed class MixpanelEvent
{
    [JsonPropertyName("event")] public string Event { get; set; } = "";
    [JsonPropertyName("properties")] public MixpanelProperties Properties { get; set; } = new();
}

public sealed class MixpanelProperties
{
    [JsonPropertyName("token")] public string? ProjectToken { get; set; } // expect: Credential
    [JsonPropertyName("time")] public long Time { get; set; }
    [JsonPropertyName("distinct_id")] public string? DistinctId { get; set; } // expect: UserId
    [JsonPropertyName("$device_id")] public string? DeviceId { get; set; } // expect: DeviceId
    [JsonPropertyName("$user_id")] public string? UserId { get; set; } // expect: UserId
    [JsonPropertyName("$insert_id")] public string? InsertId { get; set; }
    [JsonPropertyName("ip")] public string? Ip { get; set; } // expect: IpAddress
    [JsonPropertyName("$browser")] public string? Browser { get; set; }
    [JsonPropertyName("$os")] public string? Os { get; set; }
    [JsonPropertyName("$current_url")] public string? CurrentUrl { get; set; }
    [JsonPropertyName("utm_campaign")] public string? UtmCampaign { get; set; }
}

public sealed class AmplitudeEvent
{
    [JsonPropertyName("user_id")] public string? UserId { get; set; } // expect: UserId
    [JsonPropertyName("device_id")] public string? DeviceId { get; set; } // expect: DeviceId
    [JsonPropertyName("event_type")] public string EventType { get; set; } = "";
    [JsonPropertyName("time")] public long Time { get; set; }
    [JsonPropertyName("session_id")] public long SessionId { get; set; } // lookalike
    [JsonPropertyName("insert_id")] public string? InsertId { get; set; }
    [JsonPropertyName("app_version")] public string? AppVersion { get; set; }
    [JsonPropertyName("platform")] public string? Platform { get; set; }
    [JsonPropertyName("os_name")] public string? OsName { get; set; } // lookalike
    [JsonPropertyName("device_brand")] public string? DeviceBrand { get; set; }
    [JsonPropertyName("device_model")] public string? DeviceModel { get; set; } // lookalike
    [JsonPropertyName("carrier")] public string? Carrier { get; set; }
    [JsonPropertyName("country")] public string? Country { get; set; }
    [JsonPropertyName("region")] public string? Region { get; set; }
    [JsonPropertyName("city")] public string? City { get; set; } // expect: PostalAddress
    [JsonPropertyName("dma")] public string? Dma { get; set; }
    [JsonPropertyName("language")] public string? Language { get; set; }
    [JsonPropertyName("price")] public decimal? Price { get; set; }
    [JsonPropertyName("revenue")] public decimal? Revenue { get; set; }
    [JsonPropertyName("location_lat")] public double? LocationLat { get; set; } // expect: Location
    [JsonPropertyName("location_lng")] public double? LocationLng { get; set; } // expect: Location
    [JsonPropertyName("ip")] public string? Ip { get; set; } // expect: IpAddress
    [JsonPropertyName("idfa")] public string? Idfa { get; set; } // expect: AdvertisingId
    [JsonPropertyName("idfv")] public string? Idfv { get; set; } // expect: DeviceId
    [JsonPropertyName("adid")] public string? Adid { get; set; } // expect: AdvertisingId
    [JsonPropertyName("android_id")] public string? AndroidId { get; set; } // expect: DeviceId
    [JsonPropertyName("event_properties")] public Dictionary<string, object>? EventProperties { get; set; }
    [JsonPropertyName("user_properties")] public Dictionary<string, object>? UserProperties { get; set; }
}
