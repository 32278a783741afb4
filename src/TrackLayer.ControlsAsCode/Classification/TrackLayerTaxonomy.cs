using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// The data classifications of the TrackLayer taxonomy, for use with the .NET redaction and logging stack
/// (<c>Microsoft.Extensions.Compliance.Redaction</c>): register a redactor for them as for any other classification.
/// </summary>
public static class TrackLayerTaxonomy
{
    /// <summary>The taxonomy name.</summary>
    public const string Name = "TrackLayer";

    /// <summary>Personal data in clear.</summary>
    public static DataClassification PersonalData => new(Name, nameof(PersonalData));

    /// <summary>Special-category personal data (GDPR Articles 9 and 10).</summary>
    public static DataClassification SpecialCategoryData => new(Name, nameof(SpecialCategoryData));

    /// <summary>Pseudonymised personal data, such as a hashed email: still personal data under the GDPR.</summary>
    public static DataClassification PseudonymisedData => new(Name, nameof(PseudonymisedData));

    /// <summary>A credential or secret: password, token, API key.</summary>
    public static DataClassification Credential => new(Name, nameof(Credential));

    /// <summary>Data that identifies nobody.</summary>
    public static DataClassification NonPersonalData => new(Name, nameof(NonPersonalData));
}
