namespace TrackLayer.ControlsAsCode.Model.Vendors;

/// <summary>TikTok Events API 2.0 (<c>event/track</c>), <c>data[].user</c> keys (VENDOR-PROFILES.md section 2).</summary>
internal static class TikTokEventsApiProfile
{
    public static readonly VendorProfileData Data = new(
        VendorProfile.TikTokEventsApi,
        "TikTok Events API",
        isAdvertising: true,
        new[]
        {
            new VendorFieldRule("email", VendorHashing.Required, "email", "T-SDK"), // [T-SDK PixelContextUser.md] [T-HELP] [T-GTM]
            new VendorFieldRule("phone", VendorHashing.Required, "phone number", "T-HELP"), // [T-HELP] [T-GTM] (hashing confirmed; E.164 is not)
            new VendorFieldRule("external_id", VendorHashing.Required, "external id", "T-HELP"), // [T-SDK] [T-HELP] [T-GTM]
            new VendorFieldRule("ttclid", VendorHashing.NotHashed, "click id", "T-GTM"), // [T-GTM getTtclid] [T-SDK PixelContextAd.md]
            new VendorFieldRule("ttp", VendorHashing.NotHashed, "_ttp cookie id", "T-GTM"), // [T-GTM getTtp] [T-SDK]
            new VendorFieldRule("ip", VendorHashing.NotHashed, "IP address", "T-SDK"), // [T-SDK PixelContext.md] "Non-hashed public IP address"
            new VendorFieldRule("user_agent", VendorHashing.NotHashed, "user agent", "T-SDK"), // [T-SDK PixelContext.md] "Non-hashed user agent"

            // Not enforced: locale, idfa, idfv, gaid (UNCONFIRMED); the legacy pixel/track shape's phone_number (its
            // hashing is not stated in the sources).
        });
}
