namespace TrackLayer.ControlsAsCode.Model.Lexicon;

// The personal-data lexicon as data: one readable table. Terms are lower-case words separated by spaces and match
// whole words of a split identifier (see IdentifierSplitter), so "ip" matches clientIp and IPAddress but not Shipping.
// A multi-word term also matches its words run together (first name → Firstname). A plural "s" on the term's last word
// is accepted (Emails, UserIds). Ambiguous words ("name", "address", "id", "device") appear only in qualified
// phrases, never alone, so ProductName, BaseAddress, EmailTemplateId and DeviceType do not match.
// What surrounds a match can neutralise it: see NeutralPrefixes and ValueSuffixes below.
internal static partial class PersonalDataLexicon
{
    private static readonly LexiconEntry[] Terms =
    {
        // Email
        new("email", DataCategory.Email),
        new("e mail", DataCategory.Email),
        new("em", DataCategory.Email, LexiconMatchKind.ShortKey),

        // Phone
        new("phone", DataCategory.Phone),
        new("telephone", DataCategory.Phone),
        new("mobile", DataCategory.Phone),
        new("msisdn", DataCategory.Phone),
        new("ph", DataCategory.Phone, LexiconMatchKind.ShortKey),
        new("tel", DataCategory.Phone, LexiconMatchKind.ShortKey),

        // Name (never "name" alone: ProductName, CampaignName, EventName, FileName, HostName, TypeName)
        new("first name", DataCategory.Name),
        new("last name", DataCategory.Name),
        new("full name", DataCategory.Name),
        new("given name", DataCategory.Name),
        new("family name", DataCategory.Name),
        new("middle name", DataCategory.Name),
        new("maiden name", DataCategory.Name),
        new("customer name", DataCategory.Name),
        new("contact name", DataCategory.Name),
        new("person name", DataCategory.Name),
        new("holder name", DataCategory.Name),
        new("cardholder name", DataCategory.Name),
        new("surname", DataCategory.Name),
        new("forename", DataCategory.Name),
        new("fn", DataCategory.Name, LexiconMatchKind.ShortKey),
        new("ln", DataCategory.Name, LexiconMatchKind.ShortKey),

        // Postal address (never "address" inside a name: BaseAddress, RemoteAddress, MacAddress)
        new("address", DataCategory.PostalAddress, LexiconMatchKind.Exact),
        new("street", DataCategory.PostalAddress),
        new("address line", DataCategory.PostalAddress),
        new("street address", DataCategory.PostalAddress),
        new("home address", DataCategory.PostalAddress),
        new("postal address", DataCategory.PostalAddress),
        new("mailing address", DataCategory.PostalAddress),
        new("billing address", DataCategory.PostalAddress),
        new("shipping address", DataCategory.PostalAddress),
        new("delivery address", DataCategory.PostalAddress),
        new("residential address", DataCategory.PostalAddress),
        new("house number", DataCategory.PostalAddress),
        new("postal code", DataCategory.PostalAddress),
        new("post code", DataCategory.PostalAddress),
        new("zip", DataCategory.PostalAddress),
        new("city", DataCategory.PostalAddress),
        new("ct", DataCategory.PostalAddress, LexiconMatchKind.ShortKey),
        new("st", DataCategory.PostalAddress, LexiconMatchKind.ShortKey),
        new("zp", DataCategory.PostalAddress, LexiconMatchKind.ShortKey),

        // Date of birth
        new("date of birth", DataCategory.DateOfBirth),
        new("birth date", DataCategory.DateOfBirth),
        new("birthday", DataCategory.DateOfBirth),
        new("dob", DataCategory.DateOfBirth),
        new("db", DataCategory.DateOfBirth, LexiconMatchKind.ShortKey),

        // Gender
        new("gender", DataCategory.Gender),
        new("sex", DataCategory.Gender),
        new("ge", DataCategory.Gender, LexiconMatchKind.ShortKey),

        // IP address (whole word "ip": clientIp, userIP, IPAddress, client_ip_address; never Shipping, Description)
        new("ip", DataCategory.IpAddress),

        // User agent
        new("user agent", DataCategory.UserAgent),
        new("ua", DataCategory.UserAgent, LexiconMatchKind.ShortKey),

        // User ids
        new("user id", DataCategory.UserId),
        new("customer id", DataCategory.UserId),
        new("anonymous id", DataCategory.UserId),
        new("external id", DataCategory.UserId),
        new("client id", DataCategory.UserId),
        new("visitor id", DataCategory.UserId),
        new("member id", DataCategory.UserId),
        new("account id", DataCategory.UserId),
        new("subscriber id", DataCategory.UserId),
        new("profile id", DataCategory.UserId),
        new("person id", DataCategory.UserId),
        new("contact id", DataCategory.UserId),
        new("user name", DataCategory.UserId),
        new("uid", DataCategory.UserId, LexiconMatchKind.ShortKey),

        // Device ids
        new("device id", DataCategory.DeviceId),
        new("installation id", DataCategory.DeviceId),
        new("install id", DataCategory.DeviceId),
        new("mac address", DataCategory.DeviceId),
        new("idfv", DataCategory.DeviceId),
        new("imei", DataCategory.DeviceId),
        new("udid", DataCategory.DeviceId),

        // Mobile advertising ids
        new("advertising id", DataCategory.AdvertisingId),
        new("idfa", DataCategory.AdvertisingId),
        new("gaid", DataCategory.AdvertisingId),
        new("aaid", DataCategory.AdvertisingId),

        // Cookie / browser ids
        new("fbp", DataCategory.CookieId),
        new("ttp", DataCategory.CookieId),
        new("cookie id", DataCategory.CookieId),
        new("ga", DataCategory.CookieId, LexiconMatchKind.ShortKey),

        // Click ids
        new("fbc", DataCategory.ClickId),
        new("fbclid", DataCategory.ClickId),
        new("gclid", DataCategory.ClickId),
        new("ttclid", DataCategory.ClickId),
        new("msclkid", DataCategory.ClickId),
        new("dclid", DataCategory.ClickId),
        new("gbraid", DataCategory.ClickId),
        new("wbraid", DataCategory.ClickId),
        new("click id", DataCategory.ClickId),

        // Precise location
        new("latitude", DataCategory.Location),
        new("longitude", DataCategory.Location),
        new("geolocation", DataCategory.Location),
        new("geo location", DataCategory.Location),
        new("lat", DataCategory.Location, LexiconMatchKind.ShortKey),
        new("lng", DataCategory.Location, LexiconMatchKind.ShortKey),
        new("lon", DataCategory.Location, LexiconMatchKind.ShortKey),
    };

    /// <summary>
    /// Words that, before a term, say the member is about the data, not the data: IsEmailConfirmed, HasPhone,
    /// NumEmails, MaxEmailLength, EnableIpLogging.
    /// </summary>
    private static readonly string[] NeutralPrefixes =
    {
        "is", "has", "have", "can", "should", "must", "allow", "allows", "enable", "enabled", "disable", "use", "require",
        "requires", "num", "count", "total", "max", "min", "avg",
    };

    /// <summary>
    /// Words that may follow a term and still leave the value personal data: EmailAddress, PhoneNumber, ZipCode,
    /// AddressLine1, HashedEmail's cousin EmailHash/EmailSha256, UserIdNormalized, CityName. Any other word after a
    /// term neutralises the match: EmailVerified, EmailTemplateId, IpRateLimit, CityCount, UserAgentFamily,
    /// ZipFileName, ClientIdHeaderName, PhoneFormat. (Digits always pass: Street2, AddressLine1.)
    /// </summary>
    private static readonly string[] ValueSuffixes =
    {
        "address", "addr", "number", "no", "nr", "num", "code", "line", "name", "value", "text", "string", "str", "raw",
        "normalized", "normalised", "plain", "clear", "hash", "hashed", "sha", "md", "hmac", "encrypted", "v", "e",
        "list", "array", "of", "primary", "secondary", "home", "work", "personal",
    };
}
