namespace TrackLayer.ControlsAsCode.Model.Vendors;

/// <summary>What a vendor documents about hashing one field (the legend of VENDOR-PROFILES.md).</summary>
internal enum VendorHashing
{
    /// <summary>The vendor says the value must be SHA-256 hashed before sending: sending it in clear is a violation.</summary>
    Required,

    /// <summary>The vendor recommends hashing and accepts both: nothing is enforced.</summary>
    Recommended,

    /// <summary>The vendor says to send the value in clear ("Do not hash"): hashing it breaks matching.</summary>
    NotHashed,
}

/// <summary>One sourced row of a vendor profile: a wire key and what the vendor requires of it.</summary>
internal readonly struct VendorFieldRule
{
    public VendorFieldRule(string wireKey, VendorHashing hashing, string holds, string source)
    {
        WireKey = wireKey;
        Hashing = hashing;
        Holds = holds;
        Source = source;
    }

    /// <summary>The key as the vendor's JSON names it (the leaf name: <c>em</c>, <c>client_ip_address</c>).</summary>
    public string WireKey { get; }

    public VendorHashing Hashing { get; }

    /// <summary>What the field holds, for messages ("email", "IP address").</summary>
    public string Holds { get; }

    /// <summary>The source id in VENDOR-PROFILES.md (for example <c>M-DOC-PARAMS</c>), quoted in messages and docs.</summary>
    public string Source { get; }
}
