using System;
using System.Collections.Generic;
using System.Net;

namespace Corpus.Marketing;

public class Campaign
{
    public int Id { get; set; }
    public string CampaignName { get; set; } = ""; // lookalike
    public string? UtmSource { get; set; }
    public string? UtmMedium { get; set; }
    public int EmailTemplateId { get; set; } // lookalike
    public string? EmailSubject { get; set; } // lookalike
    public int SendCount { get; set; }
    public bool IsEmailCampaign { get; set; } // lookalike
    public string? PageTitle { get; set; } // lookalike
    public string? LandingPageUrl { get; set; }
}

public class NewsletterSubscriber
{
    public int Id { get; set; }
    public string EmailAddress { get; set; } = ""; // expect: Email
    public string? Name { get; set; } // expect: Name
    public DateTime SubscribedAt { get; set; }
    public string? SubscribedFromIp { get; set; } // expect: IpAddress
    public string? ConfirmationToken { get; set; } // expect: Credential
    public bool Confirmed { get; set; }
}

public class DeviceContext
{
    public string? DeviceId { get; set; } // expect: DeviceId
    public string? DeviceType { get; set; } // lookalike
    public string? DeviceModel { get; set; } // lookalike
    public string? OsVersion { get; set; }
    public string? AppVersion { get; set; }
    public int ScreenWidth { get; set; }
    public int ScreenHeight { get; set; }
    public string? Idfa { get; set; } // expect: AdvertisingId
    public string? Idfv { get; set; } // expect: DeviceId
    public string? Gaid { get; set; } // expect: AdvertisingId
    public string? PushToken { get; set; } // expect: DeviceId
    public string? Locale { get; set; }
    public string? Timezone { get; set; }
    public string? Carrier { get; set; }
    public bool IsMobile { get; set; } // lookalike
    public double? Latitude { get; set; } // expect: Location
    public double? Longitude { get; set; } // expect: Location
    public IPAddress? RemoteAddress { get; set; } // expect: IpAddress
}

public class ClickAttribution
{
    public string? Gclid { get; set; } // expect: ClickId
    public string? Fbclid { get; set; } // expect: ClickId
    public string? Msclkid { get; set; } // expect: ClickId
    public string? Ttclid { get; set; } // expect: ClickId
    public string? GaCookie { get; set; }
    public string? ClientId { get; set; } // expect: UserId
    public string? LandingPage { get; set; }
    public string? Referrer { get; set; }
    public string? UtmCampaign { get; set; }
    public DateTime FirstSeenAt { get; set; }
}
