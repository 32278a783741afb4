using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.Ga4;

public sealed class Ga4Payload
{
    [JsonPropertyName("client_id")] public string? ClientId { get; set; } // expect: UserId
    [JsonPropertyName("app_instance_id")] public string? AppInstanceId { get; set; } // expect: DeviceId
    [JsonPropertyName("user_id")] public string? UserId { get; set; } // expect: UserId
    [JsonPropertyName("timestamp_micros")] public long? TimestampMicros { get; set; }
    [JsonPropertyName("non_personalized_ads")] public bool? NonPersonalizedAds { get; set; }
    [JsonPropertyName("user_properties")] public Dictionary<string, Ga4UserProperty>? UserProperties { get; set; }
    [JsonPropertyName("user_data")] public Ga4UserData? UserData { get; set; }
    [JsonPropertyName("events")] public List<Ga4Event> Events { get; set; } = new();
}

public sealed class Ga4UserProperty
{
    [JsonPropertyName("value")] public string? Value { get; set; }
}

public sealed class Ga4Event
{
    [JsonPropertyName("name")] public string Name { get; set; } = ""; // lookalike
    [JsonPropertyName("params")] public Ga4EventParams Params { get; set; } = new();
}

public sealed class Ga4EventParams
{
    [JsonPropertyName("session_id")] public string? SessionId { get; set; } // lookalike
    [JsonPropertyName("engagement_time_msec")] public long? EngagementTimeMsec { get; set; }
    [JsonPropertyName("page_location")] public string? PageLocation { get; set; }
    [JsonPropertyName("page_title")] public string? PageTitle { get; set; } // lookalike
    [JsonPropertyName("page_referrer")] public string? PageReferrer { get; set; }
    [JsonPropertyName("transaction_id")] public string? TransactionId { get; set; }
    [JsonPropertyName("campaign_name")] public string? CampaignName { get; set; } // lookalike
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("value")] public decimal? Value { get; set; }
    [JsonPropertyName("debug_mode")] public bool? DebugMode { get; set; }
}

public sealed class Ga4UserData
{
    [JsonPropertyName("sha256_email_address")] public List<string>? Sha256EmailAddress { get; set; } // expect: Email
    [JsonPropertyName("sha256_phone_number")] public List<string>? Sha256PhoneNumber { get; set; } // expect: Phone
    [JsonPropertyName("address")] public List<Ga4UserAddress>? Address { get; set; } // expect: PostalAddress
}

public sealed class Ga4UserAddress
{
    [JsonPropertyName("sha256_first_name")] public string? Sha256FirstName { get; set; } // expect: Name
    [JsonPropertyName("sha256_last_name")] public string? Sha256LastName { get; set; } // expect: Name
    [JsonPropertyName("sha256_street")] public string? Sha256Street { get; set; } // expect: PostalAddress
    [JsonPropertyName("city")] public string? City { get; set; } // expect: PostalAddress
    [JsonPropertyName("region")] public string? Region { get; set; } // expect: PostalAddress
    [JsonPropertyName("postal_code")] public string? PostalCode { get; set; } // expect: PostalAddress
    [JsonPropertyName("country")] public string? Country { get; set; } // expect: PostalAddress
}
