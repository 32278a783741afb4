using System;
using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Classifies a member as pseudonymised personal data, for example a SHA-256 hash of a normalised email address.
/// Hashed identifiers are still personal data; this classification records that they are not in clear.
/// </summary>
/// <example>
/// <code>[Pseudonymised(DataCategory.Email, Method = "SHA-256")] public string HashedEmail { get; init; }</code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class PseudonymisedAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member.</summary>
    /// <param name="category">What kind of personal data was pseudonymised.</param>
    public PseudonymisedAttribute(DataCategory category)
        : base(TrackLayerTaxonomy.PseudonymisedData)
    {
        Category = category;
    }

    /// <summary>What kind of personal data was pseudonymised.</summary>
    public DataCategory Category { get; }

    /// <summary>How it was pseudonymised, for example <c>SHA-256</c>.</summary>
    public string? Method { get; set; }
}
