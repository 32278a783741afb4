namespace TrackLayer.ControlsAsCode.Model.Vendors;

/// <summary>Google Analytics 4 Measurement Protocol (VENDOR-PROFILES.md section 3).</summary>
internal static class Ga4MeasurementProtocolProfile
{
    public static readonly VendorProfileData Data = new(
        VendorProfile.Ga4MeasurementProtocol,
        "GA4 Measurement Protocol",
        isAdvertising: false,
        new[]
        {
            new VendorFieldRule("client_id", VendorHashing.NotHashed, "client id", "G-MP-REF"), // [G-MP-REF]
            new VendorFieldRule("app_instance_id", VendorHashing.NotHashed, "app instance id", "G-MP-REF"), // [G-MP-REF]
            new VendorFieldRule("user_id", VendorHashing.NotHashed, "user id", "G-UID"), // [G-UID] (and must not contain PII: [G-PII])
            new VendorFieldRule("sha256_email_address", VendorHashing.Required, "email", "G-UID"), // [G-UID]
            new VendorFieldRule("sha256_phone_number", VendorHashing.Required, "phone number", "G-UID"), // [G-UID]
            new VendorFieldRule("sha256_first_name", VendorHashing.Required, "first name", "G-UID"), // [G-UID]
            new VendorFieldRule("sha256_last_name", VendorHashing.Required, "last name", "G-UID"), // [G-UID]
            new VendorFieldRule("sha256_street", VendorHashing.Required, "street", "G-UID"), // [G-UID]
            new VendorFieldRule("city", VendorHashing.NotHashed, "city", "G-UID"), // [G-UID] user_data.address[].city
            new VendorFieldRule("region", VendorHashing.NotHashed, "region", "G-UID"), // [G-UID]
            new VendorFieldRule("postal_code", VendorHashing.NotHashed, "postal code", "G-UID"), // [G-UID]
            new VendorFieldRule("country", VendorHashing.NotHashed, "country", "G-UID"), // [G-UID]

            // Not enforced: ip_override, user_location, device (UNCONFIRMED in the MP reference).
        });
}
