using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.Meta;

public sealed class MetaEventRequest
{
    [JsonPropertyName("data")] public List<MetaServerEvent> Data { get; set; } = new();
    [JsonPropertyName("test_event_code")] public string? TestEventCode { get; set; }
    [JsonPropertyName("access_token")] public string? AccessToken { get; set; } // expect: Credential
    [JsonPropertyName("partner_agent")] public string? PartnerAgent { get; set; }
}

public sealed class MetaServerEvent
{
    [JsonPropertyName("event_name")] public string EventName { get; set; } = ""; // lookalike
    [JsonPropertyName("event_time")] public long EventTime { get; set; }
    [JsonPropertyName("event_id")] public string? EventId { get; set; }
    [JsonPropertyName("event_source_url")] public string? EventSourceUrl { get; set; }
    [JsonPropertyName("action_source")] public string ActionSource { get; set; } = "website";
    [JsonPropertyName("opt_out")] public bool OptOut { get; set; }
    [JsonPropertyName("user_data")] public MetaUserData UserData { get; set; } = new();
    [JsonPropertyName("custom_data")] public MetaCustomData? CustomData { get; set; }
    [JsonPropertyName("data_processing_options")] public List<string>? DataProcessingOptions { get; set; }
}

public sealed class MetaUserData
{
    [JsonPropertyName("em")] public List<string>? Em { get; set; } // expect: Email
    [JsonPropertyName("ph")] public List<string>? Ph { get; set; } // expect: Phone
    [JsonPropertyName("fn")] public List<string>? Fn { get; set; } // expect: Name
    [JsonPropertyName("ln")] public List<string>? Ln { get; set; } // expect: Name
    [JsonPropertyName("db")] public List<string>? Db { get; set; } // expect: DateOfBirth
    [JsonPropertyName("ge")] public List<string>? Ge { get; set; } // expect: Gender
    [JsonPropertyName("ct")] public List<string>? Ct { get; set; } // expect: PostalAddress
    [JsonPropertyName("st")] public List<string>? St { get; set; } // expect: PostalAddress
    [JsonPropertyName("zp")] public List<string>? Zp { get; set; } // expect: PostalAddress
    [JsonPropertyName("external_id")] public List<string>? ExternalId { get; set; } // expect: UserId
    [JsonPropertyName("client_ip_address")] public string? ClientIpAddress { get; set; } // expect: IpAddress
    [JsonPropertyName("client_user_agent")] public string? ClientUserAgent { get; set; } // expect: UserAgent
    [JsonPropertyName("fbc")] public string? Fbc { get; set; } // expect: ClickId
    [JsonPropertyName("fbp")] public string? Fbp { get; set; } // expect: CookieId
    [JsonPropertyName("subscription_id")] public string? SubscriptionId { get; set; } // expect: UserId
    [JsonPropertyName("fb_login_id")] public long? FbLoginId { get; set; } // expect: UserId
    [JsonPropertyName("lead_id")] public long? LeadId { get; set; } // expect: UserId
    [JsonPropertyName("anon_id")] public string? AnonId { get; set; } // expect: UserId
    [JsonPropertyName("madid")] public string? Madid { get; set; } // expect: AdvertisingId
    [JsonPropertyName("page_scoped_user_id")] public string? PageScopedUserId { get; set; } // expect: UserId
    [JsonPropertyName("ctwa_clid")] public string? CtwaClid { get; set; } // expect: ClickId
}

public sealed class MetaCustomData
{
    [JsonPropertyName("value")] public decimal? Value { get; set; }
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("content_name")] public string? ContentName { get; set; } // lookalike
    [JsonPropertyName("content_category")] public string? ContentCategory { get; set; }
    [JsonPropertyName("content_ids")] public List<string>? ContentIds { get; set; }
    [JsonPropertyName("content_type")] public string? ContentType { get; set; }
    [JsonPropertyName("order_id")] public string? OrderId { get; set; } // lookalike
    [JsonPropertyName("num_items")] public int? NumItems { get; set; }
    [JsonPropertyName("search_string")] public string? SearchString { get; set; }
    [JsonPropertyName("status")] public string? Status { get; set; } // lookalike
    [JsonPropertyName("predicted_ltv")] public decimal? PredictedLtv { get; set; }
}
