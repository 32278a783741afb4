namespace TrackLayer.ControlsAsCode.Model;

// These mirror the public enums of the TrackLayer.ControlsAsCode assembly value for value (a unit test holds
// them together): the model cannot reference that assembly, because it loads into the compiler.

internal enum Applicability
{
    Undecided = 0,
    Applicable = 1,
    Excluded = 2,
}

[System.Flags]
internal enum InclusionReason
{
    None = 0,
    RiskAssessment = 1,
    LegalRequirement = 2,
    ContractualRequirement = 4,
    BestPractice = 8,
}

internal enum ImplementationStatus
{
    Unspecified = 0,
    NotImplemented = 1,
    Planned = 2,
    PartiallyImplemented = 3,
    Implemented = 4,
}

internal enum CertificationState
{
    NotStarted = 0,
    InProgress = 1,
    Certified = 2,
    Lapsed = 3,
}

internal enum VendorProfile
{
    None = 0,
    MetaConversionsApi = 1,
    Ga4MeasurementProtocol = 2,
    TikTokEventsApi = 3,
    GoogleAdsEnhancedConversions = 4,
}

internal enum DataCategory
{
    Other = 0,
    Email = 1,
    Phone = 2,
    Name = 3,
    PostalAddress = 4,
    DateOfBirth = 5,
    Gender = 6,
    IpAddress = 7,
    UserAgent = 8,
    CookieId = 9,
    ClickId = 10,
    AdvertisingId = 11,
    UserId = 12,
    DeviceId = 13,
    Location = 14,
}

internal enum SpecialCategoryKind
{
    RacialOrEthnicOrigin = 1,
    PoliticalOpinions = 2,
    ReligiousOrPhilosophicalBeliefs = 3,
    TradeUnionMembership = 4,
    Genetic = 5,
    Biometric = 6,
    Health = 7,
    SexLifeOrOrientation = 8,
    CriminalOffences = 9,
}

/// <summary>The classification a member carries, whichever attribute declared it.</summary>
internal enum ClassificationKind
{
    PersonalData,
    SpecialCategoryData,
    PseudonymisedData,
    Credential,
    NonPersonalData,

    /// <summary>Classified with another <c>DataClassificationAttribute</c> (not ours); it still counts as classified.</summary>
    OtherTaxonomy,
}
