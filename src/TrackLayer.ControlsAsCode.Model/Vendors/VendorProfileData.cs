using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model.Vendors;

/// <summary>
/// The vendor profiles as data: one table per vendor (the other files of this folder), each row citing its source
/// in VENDOR-PROFILES.md. Rows marked UNCONFIRMED there are not in the tables: nothing unconfirmed is enforced.
/// </summary>
internal sealed class VendorProfileData
{
    private readonly Dictionary<string, VendorFieldRule> _byKey;

    public VendorProfileData(VendorProfile profile, string displayName, bool isAdvertising, VendorFieldRule[] rules)
    {
        Profile = profile;
        DisplayName = displayName;
        IsAdvertising = isAdvertising;
        Rules = rules;
        _byKey = new Dictionary<string, VendorFieldRule>(StringComparer.Ordinal);
        foreach (var rule in rules)
        {
            _byKey[rule.WireKey] = rule;
        }
    }

    public VendorProfile Profile { get; }

    /// <summary>The vendor API's name, for messages ("Meta Conversions API").</summary>
    public string DisplayName { get; }

    /// <summary>
    /// Whether the destination serves advertising (ad targeting, attribution, optimisation): special-category data
    /// must never flow there (GDPR Art. 9; the vendors' own terms forbid it too).
    /// </summary>
    public bool IsAdvertising { get; }

    public IReadOnlyList<VendorFieldRule> Rules { get; }

    /// <summary>The rule for a wire key, compared exactly (vendor keys are lowercase snake_case).</summary>
    public bool TryGetRule(string wireKey, out VendorFieldRule rule) => _byKey.TryGetValue(wireKey, out rule);

    /// <summary>The profile's data, or null for <see cref="VendorProfile.None"/> and values this version does not know.</summary>
    public static VendorProfileData? For(VendorProfile profile) => profile switch
    {
        VendorProfile.MetaConversionsApi => MetaConversionsApiProfile.Data,
        VendorProfile.Ga4MeasurementProtocol => Ga4MeasurementProtocolProfile.Data,
        VendorProfile.TikTokEventsApi => TikTokEventsApiProfile.Data,
        VendorProfile.GoogleAdsEnhancedConversions => GoogleAdsEnhancedConversionsProfile.Data,
        _ => null,
    };
}
