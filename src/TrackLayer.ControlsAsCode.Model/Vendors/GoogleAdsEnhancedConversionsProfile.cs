namespace TrackLayer.ControlsAsCode.Model.Vendors;

/// <summary>Google Ads enhanced conversions, <c>UserIdentifier</c> / <c>OfflineUserAddressInfo</c> (VENDOR-PROFILES.md 4a).</summary>
internal static class GoogleAdsEnhancedConversionsProfile
{
    public static readonly VendorProfileData Data = new(
        VendorProfile.GoogleAdsEnhancedConversions,
        "Google Ads enhanced conversions",
        isAdvertising: true,
        new[]
        {
            new VendorFieldRule("hashed_email", VendorHashing.Required, "email", "G-ADS-UI"), // [G-ADS-UI] [G-ADS-EC]
            new VendorFieldRule("hashed_phone_number", VendorHashing.Required, "phone number", "G-ADS-UI"), // [G-ADS-UI]
            new VendorFieldRule("hashed_first_name", VendorHashing.Required, "first name", "G-ADS-ADDR"), // [G-ADS-ADDR]
            new VendorFieldRule("hashed_last_name", VendorHashing.Required, "last name", "G-ADS-ADDR"), // [G-ADS-ADDR]
            new VendorFieldRule("hashed_street_address", VendorHashing.Required, "street address", "G-ADS-ADDR"), // [G-ADS-ADDR]
            new VendorFieldRule("city", VendorHashing.NotHashed, "city", "G-ADS-EC"), // [G-ADS-EC] "Do not hash: country, state, city, zip code"
            new VendorFieldRule("state", VendorHashing.NotHashed, "state", "G-ADS-EC"), // [G-ADS-EC]
            new VendorFieldRule("postal_code", VendorHashing.NotHashed, "postal code", "G-ADS-EC"), // [G-ADS-EC]
            new VendorFieldRule("country_code", VendorHashing.NotHashed, "country code", "G-ADS-ADDR"), // [G-ADS-EC] [G-ADS-ADDR]
        });
}
