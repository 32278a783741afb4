using System;
using System.Collections.Generic;
using System.Net;

namespace Corpus.Pipeline;

// The shapes a server-side tracking service passes between its stages.
public sealed class IncomingEvent
{
    public string EventId { get; init; } = "";
    public string EventName { get; init; } = ""; // lookalike
    public DateTimeOffset OccurredAt { get; init; }
    public string? PageUrl { get; init; }
    public string? PageTitle { get; init; } // lookalike
    public string? Referrer { get; init; }
    public string? VisitorId { get; init; } // expect: UserId
    public string? SessionId { get; init; } // lookalike
    public string? UserEmail { get; init; } // expect: Email
    public string? UserPhone { get; init; } // expect: Phone
    public string? ClientIp { get; init; } // expect: IpAddress
    public string? ClientUserAgent { get; init; } // expect: UserAgent
    public string? ConsentString { get; init; }
    public bool AnalyticsConsent { get; init; }
    public Dictionary<string, string> Cookies { get; init; } = new();
    public string? Fbp { get; init; } // expect: CookieId
    public string? Fbc { get; init; } // expect: ClickId
    public string? GaClientId { get; init; } // expect: UserId
}

public sealed class EnrichedEvent
{
    public IncomingEvent Source { get; init; } = new();
    public string? HashedEmail { get; init; } // expect: Email
    public string? HashedPhone { get; init; } // expect: Phone
    public string? GeoCountry { get; init; }
    public string? GeoCity { get; init; } // expect: PostalAddress
    public IPAddress? ParsedIp { get; init; } // expect: IpAddress
    public string? UserAgentFamily { get; init; } // lookalike
    public string? DeviceType { get; init; } // lookalike
    public string? BrowserName { get; init; } // lookalike
    public bool IsBot { get; init; }
    public TimeSpan ProcessingTime { get; init; }
}

public sealed record DeliveryAttempt(
    string DestinationId,
    string EventId,
    int Attempt,
    int StatusCode,
    string? ResponseBody,
    TimeSpan Duration);

public sealed record IdentityLink(
    string AnonymousId, // expect: UserId
    string UserId, // expect: UserId
    string? ExternalId, // expect: UserId
    DateTimeOffset LinkedAt);

public sealed class DestinationSettings
{
    public string DestinationName { get; set; } = ""; // lookalike
    public Uri Endpoint { get; set; } = new("https://example.com");
    public string? ApiKey { get; set; } // expect: Credential
    public string? ClientSecret { get; set; } // expect: Credential
    public int MaxRetries { get; set; }
    public bool SendIp { get; set; } // lookalike
    public bool HashEmails { get; set; }
    public int IpRateLimit { get; set; } // lookalike
}
