namespace TrackLayer.ControlsAsCode;

/// <summary>What kind of personal data a member holds. The registers group members by it.</summary>
public enum DataCategory
{
    /// <summary>Personal data of a kind not listed here; say which in the attribute's <c>Notes</c>.</summary>
    Other = 0,

    /// <summary>An email address.</summary>
    Email = 1,

    /// <summary>A phone number.</summary>
    Phone = 2,

    /// <summary>A first, last or full name.</summary>
    Name = 3,

    /// <summary>A postal address or a part of it (street, city, postal code, region, country).</summary>
    PostalAddress = 4,

    /// <summary>A date of birth or a part of it.</summary>
    DateOfBirth = 5,

    /// <summary>Gender.</summary>
    Gender = 6,

    /// <summary>An IP address.</summary>
    IpAddress = 7,

    /// <summary>A browser or device user agent string.</summary>
    UserAgent = 8,

    /// <summary>A cookie or browser id (<c>_fbp</c>, <c>_ga</c>, <c>_ttp</c>).</summary>
    CookieId = 9,

    /// <summary>An advertising click id (<c>fbclid</c>, <c>gclid</c>, <c>ttclid</c>).</summary>
    ClickId = 10,

    /// <summary>A mobile advertising id (IDFA, GAID).</summary>
    AdvertisingId = 11,

    /// <summary>A user, customer, account or external id.</summary>
    UserId = 12,

    /// <summary>A device or installation id.</summary>
    DeviceId = 13,

    /// <summary>A precise location.</summary>
    Location = 14,
}
