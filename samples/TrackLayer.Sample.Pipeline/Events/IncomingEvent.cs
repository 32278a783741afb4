using System.Text.Json.Serialization;
using TrackLayer.ControlsAsCode;

namespace TrackLayer.Sample.Pipeline.Events;

/// <summary>An event as it arrives from the website's first-party collection endpoint.</summary>
public sealed record IncomingEvent
{
    [NonPersonal] public required string EventName { get; init; }

    [NonPersonal] public required string EventId { get; init; }

    [NonPersonal] public DateTimeOffset OccurredAt { get; init; }

    [NonPersonal] public string? PageUrl { get; init; }

    [Personal(DataCategory.Email)] public string? Email { get; init; }

    // Deliberate violation (TLC1001): a phone number with no classification. The build warns here.
    public string? PhoneNumber { get; init; }

    [Personal(DataCategory.IpAddress)] public string? ClientIpAddress { get; init; }

    [Personal(DataCategory.UserAgent)] public string? UserAgent { get; init; }

    [Personal(DataCategory.CookieId)]
    [JsonPropertyName("_fbp")]
    public string? FacebookBrowserId { get; init; }

    [Personal(DataCategory.ClickId)]
    [JsonPropertyName("_fbc")]
    public string? FacebookClickId { get; init; }

    [Personal(DataCategory.CookieId)] public string? GaClientId { get; init; }

    [Personal(DataCategory.ClickId)] public string? TikTokClickId { get; init; }

    [Personal(DataCategory.UserId)] public string? CustomerId { get; init; }

    [NonPersonal] public decimal? Value { get; init; }

    [NonPersonal] public string? Currency { get; init; }

    [NonPersonal] public bool MarketingConsent { get; init; }
}
