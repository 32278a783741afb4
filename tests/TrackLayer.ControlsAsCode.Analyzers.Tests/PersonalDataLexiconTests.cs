using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

public class PersonalDataLexiconTests
{
    [Theory]
    // Email
    [InlineData("email", "Email")]
    [InlineData("Email", "Email")]
    [InlineData("e-mail", "Email")]
    [InlineData("E_Mail", "Email")]
    [InlineData("eMail", "Email")]
    [InlineData("emailAddress", "Email")]
    [InlineData("email_address", "Email")]
    [InlineData("CustomerEmail", "Email")]
    [InlineData("HashedEmail", "Email")]
    [InlineData("EmailSha256", "Email")]
    [InlineData("Emails", "Email")]
    [InlineData("em", "Email")]
    [InlineData("EM", "Email")]
    // Phone
    [InlineData("phone", "Phone")]
    [InlineData("PhoneNumber", "Phone")]
    [InlineData("phone_number", "Phone")]
    [InlineData("mobile", "Phone")]
    [InlineData("MobileNumber", "Phone")]
    [InlineData("msisdn", "Phone")]
    [InlineData("Telephone", "Phone")]
    [InlineData("HomePhone", "Phone")]
    [InlineData("ph", "Phone")]
    // Name
    [InlineData("firstName", "Name")]
    [InlineData("first_name", "Name")]
    [InlineData("Firstname", "Name")]
    [InlineData("lastName", "Name")]
    [InlineData("fullName", "Name")]
    [InlineData("surname", "Name")]
    [InlineData("givenName", "Name")]
    [InlineData("FamilyName", "Name")]
    [InlineData("fn", "Name")]
    [InlineData("ln", "Name")]
    // Postal address
    [InlineData("street", "PostalAddress")]
    [InlineData("streetAddress", "PostalAddress")]
    [InlineData("addressLine1", "PostalAddress")]
    [InlineData("address_line_2", "PostalAddress")]
    [InlineData("Street2", "PostalAddress")]
    [InlineData("postalCode", "PostalAddress")]
    [InlineData("Postcode", "PostalAddress")]
    [InlineData("zip", "PostalAddress")]
    [InlineData("zipCode", "PostalAddress")]
    [InlineData("city", "PostalAddress")]
    [InlineData("BillingCity", "PostalAddress")]
    [InlineData("Cities", "PostalAddress")]
    [InlineData("ShippingAddress", "PostalAddress")]
    [InlineData("Address", "PostalAddress")]
    [InlineData("ct", "PostalAddress")]
    [InlineData("st", "PostalAddress")]
    [InlineData("zp", "PostalAddress")]
    // Date of birth
    [InlineData("dateOfBirth", "DateOfBirth")]
    [InlineData("date_of_birth", "DateOfBirth")]
    [InlineData("dob", "DateOfBirth")]
    [InlineData("DOB", "DateOfBirth")]
    [InlineData("birthDate", "DateOfBirth")]
    [InlineData("birthday", "DateOfBirth")]
    [InlineData("db", "DateOfBirth")]
    // Gender
    [InlineData("gender", "Gender")]
    [InlineData("Sex", "Gender")]
    [InlineData("ge", "Gender")]
    // IP address
    [InlineData("ip", "IpAddress")]
    [InlineData("ipAddress", "IpAddress")]
    [InlineData("IPAddress", "IpAddress")]
    [InlineData("clientIp", "IpAddress")]
    [InlineData("ClientIP", "IpAddress")]
    [InlineData("userIP", "IpAddress")]
    [InlineData("client_ip_address", "IpAddress")]
    [InlineData("RemoteIpAddress", "IpAddress")]
    // User agent
    [InlineData("userAgent", "UserAgent")]
    [InlineData("user_agent", "UserAgent")]
    [InlineData("client_user_agent", "UserAgent")]
    [InlineData("Useragent", "UserAgent")]
    // User ids
    [InlineData("userId", "UserId")]
    [InlineData("user_id", "UserId")]
    [InlineData("customerId", "UserId")]
    [InlineData("anonymousId", "UserId")]
    [InlineData("externalId", "UserId")]
    [InlineData("external_id", "UserId")]
    [InlineData("clientId", "UserId")]
    [InlineData("client_id", "UserId")]
    [InlineData("UserIds", "UserId")]
    [InlineData("_userId", "UserId")]
    // Device and advertising ids
    [InlineData("deviceId", "DeviceId")]
    [InlineData("device_id", "DeviceId")]
    [InlineData("MacAddress", "DeviceId")]
    [InlineData("idfa", "AdvertisingId")]
    [InlineData("IDFA", "AdvertisingId")]
    [InlineData("gaid", "AdvertisingId")]
    [InlineData("advertisingId", "AdvertisingId")]
    // Cookie and click ids
    [InlineData("fbp", "CookieId")]
    [InlineData("_fbp", "CookieId")]
    [InlineData("ttp", "CookieId")]
    [InlineData("_ga", "CookieId")]
    [InlineData("fbc", "ClickId")]
    [InlineData("fbclid", "ClickId")]
    [InlineData("gclid", "ClickId")]
    [InlineData("ttclid", "ClickId")]
    [InlineData("msclkid", "ClickId")]
    // Location
    [InlineData("Latitude", "Location")]
    public void Matches_personal_names(string identifier, string expected)
    {
        Assert.Equal(expected, PersonalDataLexicon.Match(identifier)?.ToString());
    }

    [Theory]
    [InlineData("EmailVerified")]
    [InlineData("EmailTemplateId")]
    [InlineData("IsEmailConfirmed")]
    [InlineData("IpRateLimit")]
    [InlineData("ProductName")]
    [InlineData("CampaignName")]
    [InlineData("PageTitle")]
    [InlineData("DeviceType")]
    [InlineData("EventName")]
    [InlineData("FileName")]
    [InlineData("HostName")]
    [InlineData("CityCount")]
    [InlineData("UserAgentFamily")] // an aggregate (Chrome, Safari), not the user agent string
    [InlineData("EmailCount")]
    [InlineData("PhoneVerified")]
    [InlineData("ZipFileName")]
    [InlineData("Description")]
    [InlineData("Shipping")]
    [InlineData("TypeName")]
    [InlineData("ClientIdHeaderName")] // the name of a header, not a client id
    [InlineData("Name")] // too generic alone: products, events, files
    [InlineData("BaseAddress")]
    [InlineData("RemoteAddress")]
    [InlineData("HasPhone")]
    [InlineData("MaxEmailLength")]
    [InlineData("EmailFormat")]
    [InlineData("IsMobile")]
    [InlineData("MobileApp")]
    [InlineData("Emblem")]
    [InlineData("Phase")]
    [InlineData("Status")]
    [InlineData("State")]
    [InlineData("Country")]
    [InlineData("SessionId")]
    [InlineData("Stream")]
    [InlineData("Gas")]
    [InlineData("Tip")]
    [InlineData("Zipper")]
    [InlineData("")]
    [InlineData("_")]
    [InlineData(null)]
    public void Does_not_match_look_alikes(string? identifier)
    {
        Assert.Null(PersonalDataLexicon.Match(identifier));
    }

    [Theory]
    [InlineData("em", true)]
    [InlineData("zp", true)]
    [InlineData("Email", false)]
    public void Short_keys_are_marked(string identifier, bool isShortKey)
    {
        Assert.True(PersonalDataLexicon.TryMatch(identifier, out var match));
        Assert.Equal(isShortKey, match.IsShortKey);
    }

    [Theory]
    [InlineData("IPAddress", "ip address")]
    [InlineData("userIP", "user ip")]
    [InlineData("addressLine1", "address line 1")]
    [InlineData("client_ip_address", "client ip address")]
    [InlineData("e-mail", "e mail")]
    [InlineData("HTMLParser2Go", "html parser 2 go")]
    [InlineData("_fbp", "fbp")]
    [InlineData("EmailSHA256", "email sha 256")]
    public void Splits_identifiers(string identifier, string expected)
    {
        Assert.Equal(expected, string.Join(" ", IdentifierSplitter.Split(identifier)));
    }

    [Fact]
    public void Model_categories_mirror_the_public_enum()
    {
        foreach (var entry in PersonalDataLexicon.Entries)
        {
            Assert.True(System.Enum.IsDefined(typeof(DataCategory), entry.Category.ToString()), entry.Term);
            Assert.Equal((int)entry.Category, (int)System.Enum.Parse<DataCategory>(entry.Category.ToString()));
        }
    }
}
