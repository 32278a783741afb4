namespace TrackLayer.ControlsAsCode;

/// <summary>
/// A known vendor whose documented rules (which identifiers must be SHA-256 hashed, which must be sent in clear)
/// the analyzers enforce on payloads sent to the destination.
/// </summary>
public enum VendorProfile
{
    /// <summary>No vendor profile: only the destination's own declaration is checked.</summary>
    None = 0,

    /// <summary>Meta (Facebook) Conversions API.</summary>
    MetaConversionsApi = 1,

    /// <summary>Google Analytics 4 Measurement Protocol.</summary>
    Ga4MeasurementProtocol = 2,

    /// <summary>TikTok Events API.</summary>
    TikTokEventsApi = 3,

    /// <summary>Google Ads enhanced conversions.</summary>
    GoogleAdsEnhancedConversions = 4,
}
