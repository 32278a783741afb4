using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace Corpus.Segment;

public sealed class TrackCall
{
    [JsonPropertyName("type")] public string Type { get; set; } = "track";
    [JsonPropertyName("userId")] public string? UserId { get; set; } // expect: UserId
    [JsonPropertyName("anonymousId")] public string? AnonymousId { get; set; } // expect: UserId
    [JsonPropertyName("event")] public string Event { get; set; } = "";
    [JsonPropertyName("messageId")] public string MessageId { get; set; } = "";
    [JsonPropertyName("timestamp")] public DateTimeOffset Timestamp { get; set; }
    [JsonPropertyName("properties")] public Dictionary<string, object>? Properties { get; set; }
    [JsonPropertyName("context")] public SegmentContext? Context { get; set; }
    [JsonPropertyName("integrations")] public Dictionary<string, bool>? Integrations { get; set; }
}

public sealed class IdentifyCall
{
    public string? UserId { get; set; } // expect: UserId
    public string? AnonymousId { get; set; } // expect: UserId
    public SegmentTraits Traits { get; set; } = new();
}

public sealed class SegmentTraits
{
    public string? Email { get; set; } // expect: Email
    public string? FirstName { get; set; } // expect: Name
    public string? LastName { get; set; } // expect: Name
    public string? Phone { get; set; } // expect: Phone
    public string? Username { get; set; } // expect: UserId
    public DateTime? Birthday { get; set; } // expect: DateOfBirth
    public string? Gender { get; set; } // expect: Gender
    public string? Avatar { get; set; }
    public string? Title { get; set; }
    public string? Plan { get; set; }
    public int? Logins { get; set; }
    public DateTime? CreatedAt { get; set; }
    public SegmentAddress? Address { get; set; } // expect: PostalAddress
    public string? Company { get; set; }
    public string? Website { get; set; }
}

public sealed class SegmentAddress
{
    public string? Street { get; set; } // expect: PostalAddress
    public string? City { get; set; } // expect: PostalAddress
    public string? State { get; set; } // expect: PostalAddress
    public string? PostalCode { get; set; } // expect: PostalAddress
    public string? Country { get; set; } // expect: PostalAddress
}

public sealed class SegmentContext
{
    [JsonPropertyName("ip")] public string? Ip { get; set; } // expect: IpAddress
    [JsonPropertyName("userAgent")] public string? UserAgent { get; set; } // expect: UserAgent
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("timezone")] public string? Timezone { get; set; }
    [JsonPropertyName("page")] public SegmentPage? Page { get; set; }
    [JsonPropertyName("campaign")] public SegmentCampaign? Campaign { get; set; }
    [JsonPropertyName("device")] public SegmentDevice? Device { get; set; }
    [JsonPropertyName("library")] public SegmentLibrary? Library { get; set; }
}

public sealed class SegmentPage
{
    public string? Path { get; set; }
    public string? Referrer { get; set; }
    public string? Search { get; set; }
    public string? Title { get; set; } // lookalike
    public string? Url { get; set; }
}

public sealed class SegmentCampaign
{
    public string? Name { get; set; } // lookalike
    public string? Source { get; set; }
    public string? Medium { get; set; }
    public string? Term { get; set; }
    public string? Content { get; set; }
}

public sealed class SegmentDevice
{
    public string? Id { get; set; }
    [JsonPropertyName("advertisingId")] public string? AdvertisingId { get; set; } // expect: AdvertisingId
    public bool AdTrackingEnabled { get; set; }
    public string? Manufacturer { get; set; }
    public string? Model { get; set; }
    public string? Type { get; set; } // lookalike
    public string? Token { get; set; } // expect: Credential
}

public sealed class SegmentLibrary
{
    public string? Name { get; set; } // lookalike
    public string? Version { get; set; }
}
