using System;
using System.Linq;
using System.Text.RegularExpressions;
using TrackLayer.ControlsAsCode.Model.Vendors;

namespace TrackLayer.ControlsAsCode.Model.Tests;

/// <summary>The vendor profiles as data: complete, well-formed, sourced, and saying what VENDOR-PROFILES.md says.</summary>
public class VendorProfileDataTests
{
    /// <summary>The source ids of VENDOR-PROFILES.md that primary (vendor) evidence comes from.</summary>
    private static readonly string[] PrimarySources =
    {
        "M-SDK-NODE", "M-SDK-PY", "M-PB", "T-GTM", "T-SDK", "S-SDK-PY", "P-SDK", "M-DOC-CIP", "M-DOC-PARAMS", "M-DOC-EXTID",
        "T-HELP", "G-MP-REF", "G-UID", "G-PII", "G-POLICY", "G-ADS-UI", "G-ADS-ADDR", "G-ADS-EC", "G-ADS-CLICK",
    };

    public static TheoryData<int> Profiles()
        => new(Enum.GetValues(typeof(VendorProfile)).Cast<VendorProfile>().Where(p => p != VendorProfile.None).Select(p => (int)p));

    [Theory]
    [MemberData(nameof(Profiles))]
    public void Every_profile_has_unique_lowercase_keys_each_with_a_primary_source(int value)
    {
        var profile = (VendorProfile)value;
        var data = VendorProfileData.For(profile);
        Assert.NotNull(data);
        Assert.Equal(profile, data!.Profile);
        Assert.NotEmpty(data.Rules);
        Assert.Equal(data.Rules.Count, data.Rules.Select(r => r.WireKey).Distinct(StringComparer.Ordinal).Count());
        foreach (var rule in data.Rules)
        {
            Assert.Matches(new Regex("^[a-z0-9_]+$"), rule.WireKey);
            Assert.Contains(rule.Source, PrimarySources);
            Assert.False(string.IsNullOrWhiteSpace(rule.Holds));
        }
    }

    [Fact]
    public void None_has_no_profile() => Assert.Null(VendorProfileData.For(VendorProfile.None));

    [Theory]
    [InlineData((int)VendorProfile.MetaConversionsApi, "em", (int)VendorHashing.Required)]
    [InlineData((int)VendorProfile.MetaConversionsApi, "ph", (int)VendorHashing.Required)]
    [InlineData((int)VendorProfile.MetaConversionsApi, "external_id", (int)VendorHashing.Recommended)]
    [InlineData((int)VendorProfile.MetaConversionsApi, "client_ip_address", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.MetaConversionsApi, "client_user_agent", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.MetaConversionsApi, "fbp", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.MetaConversionsApi, "fbc", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.TikTokEventsApi, "email", (int)VendorHashing.Required)]
    [InlineData((int)VendorProfile.TikTokEventsApi, "external_id", (int)VendorHashing.Required)]
    [InlineData((int)VendorProfile.TikTokEventsApi, "ttclid", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.TikTokEventsApi, "ttp", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.TikTokEventsApi, "ip", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.TikTokEventsApi, "user_agent", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.Ga4MeasurementProtocol, "client_id", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.Ga4MeasurementProtocol, "sha256_email_address", (int)VendorHashing.Required)]
    [InlineData((int)VendorProfile.Ga4MeasurementProtocol, "postal_code", (int)VendorHashing.NotHashed)]
    [InlineData((int)VendorProfile.GoogleAdsEnhancedConversions, "hashed_email", (int)VendorHashing.Required)]
    [InlineData((int)VendorProfile.GoogleAdsEnhancedConversions, "country_code", (int)VendorHashing.NotHashed)]
    public void Rules_say_what_the_fact_sheet_says(int profile, string key, int hashing)
    {
        Assert.True(VendorProfileData.For((VendorProfile)profile)!.TryGetRule(key, out var rule));
        Assert.Equal((VendorHashing)hashing, rule.Hashing);
    }

    [Theory]
    [InlineData((int)VendorProfile.MetaConversionsApi, "f5first")]
    [InlineData((int)VendorProfile.MetaConversionsApi, "app_user_id")]
    [InlineData((int)VendorProfile.TikTokEventsApi, "idfa")]
    [InlineData((int)VendorProfile.TikTokEventsApi, "locale")]
    [InlineData((int)VendorProfile.Ga4MeasurementProtocol, "ip_override")]
    public void Unconfirmed_rows_are_not_enforced(int profile, string key)
        => Assert.False(VendorProfileData.For((VendorProfile)profile)!.TryGetRule(key, out _));

    [Theory]
    [InlineData((int)VendorProfile.MetaConversionsApi, true)]
    [InlineData((int)VendorProfile.TikTokEventsApi, true)]
    [InlineData((int)VendorProfile.GoogleAdsEnhancedConversions, true)]
    [InlineData((int)VendorProfile.Ga4MeasurementProtocol, false)]
    public void Advertising_profiles_are_marked(int profile, bool advertising)
        => Assert.Equal(advertising, VendorProfileData.For((VendorProfile)profile)!.IsAdvertising);
}
