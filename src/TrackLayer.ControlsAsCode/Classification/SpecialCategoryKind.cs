namespace TrackLayer.ControlsAsCode;

/// <summary>Special categories of personal data (GDPR Articles 9 and 10), which need an explicit legal basis.</summary>
public enum SpecialCategoryKind
{
    /// <summary>Racial or ethnic origin.</summary>
    RacialOrEthnicOrigin = 1,

    /// <summary>Political opinions.</summary>
    PoliticalOpinions = 2,

    /// <summary>Religious or philosophical beliefs.</summary>
    ReligiousOrPhilosophicalBeliefs = 3,

    /// <summary>Trade union membership.</summary>
    TradeUnionMembership = 4,

    /// <summary>Genetic data.</summary>
    Genetic = 5,

    /// <summary>Biometric data used to identify a person.</summary>
    Biometric = 6,

    /// <summary>Data concerning health.</summary>
    Health = 7,

    /// <summary>Data concerning a person's sex life or sexual orientation.</summary>
    SexLifeOrOrientation = 8,

    /// <summary>Criminal convictions and offences (GDPR Article 10).</summary>
    CriminalOffences = 9,
}
