namespace TrackLayer.ControlsAsCode.Model.Vendors;

/// <summary>Meta (Facebook) Conversions API, <c>user_data</c> keys (VENDOR-PROFILES.md section 1).</summary>
internal static class MetaConversionsApiProfile
{
    private const VendorHashing Required = VendorHashing.Required;
    private const VendorHashing NotHashed = VendorHashing.NotHashed;

    public static readonly VendorProfileData Data = new(
        VendorProfile.MetaConversionsApi,
        "Meta Conversions API",
        isAdvertising: true,
        new[]
        {
            new VendorFieldRule("em", Required, "email", "M-DOC-CIP"), // [M-DOC-CIP] [M-DOC-PARAMS]
            new VendorFieldRule("ph", Required, "phone number", "M-DOC-CIP"), // [M-DOC-CIP]
            new VendorFieldRule("fn", Required, "first name", "M-DOC-CIP"), // [M-DOC-CIP]
            new VendorFieldRule("ln", Required, "last name", "M-DOC-CIP"), // [M-DOC-CIP]
            new VendorFieldRule("db", Required, "date of birth", "M-DOC-CIP"), // [M-DOC-CIP]
            new VendorFieldRule("ge", Required, "gender", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("ct", Required, "city", "M-DOC-PARAMS"), // [M-DOC-PARAMS] (hashing confirmed; normalisation wording is not)
            new VendorFieldRule("st", Required, "state", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("zp", Required, "zip / postal code", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("country", Required, "country", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("external_id", VendorHashing.Recommended, "external id", "M-DOC-EXTID"), // [M-DOC-EXTID] "Hashing is recommended"
            new VendorFieldRule("client_ip_address", NotHashed, "IP address", "M-DOC-PARAMS"), // [M-DOC-PARAMS] "Do not hash"
            new VendorFieldRule("client_user_agent", NotHashed, "user agent", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("fbc", NotHashed, "click id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("fbp", NotHashed, "browser id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("subscription_id", NotHashed, "subscription id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("fb_login_id", NotHashed, "Facebook login id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("lead_id", NotHashed, "lead id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("anon_id", NotHashed, "install id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("madid", NotHashed, "mobile advertiser id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("page_id", NotHashed, "page id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("page_scoped_user_id", NotHashed, "page-scoped user id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("ctwa_clid", NotHashed, "Click-to-WhatsApp click id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("ig_account_id", NotHashed, "Instagram account id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]
            new VendorFieldRule("ig_sid", NotHashed, "Click-to-Instagram id", "M-DOC-PARAMS"), // [M-DOC-PARAMS]

            // Not enforced: f5first, f5last, fi, dobd, dobm, doby, app_user_id (docs status UNCONFIRMED).
        });
}
