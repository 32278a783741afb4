using System;
using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode;

/// <summary>Classifies a member as personal data in clear, of the given category.</summary>
/// <example>
/// <code>[Personal(DataCategory.Email)] public string Email { get; init; }</code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class PersonalAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member.</summary>
    /// <param name="category">What kind of personal data it holds.</param>
    public PersonalAttribute(DataCategory category)
        : base(TrackLayerTaxonomy.PersonalData)
    {
        Category = category;
    }

    /// <summary>What kind of personal data the member holds.</summary>
    public DataCategory Category { get; }
}
