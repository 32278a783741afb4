using System;
using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode;

/// <summary>Classifies a member as special-category personal data (GDPR Articles 9 and 10).</summary>
/// <example>
/// <code>[SpecialCategory(SpecialCategoryKind.Health)] public string Condition { get; init; }</code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class SpecialCategoryAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member.</summary>
    /// <param name="kind">Which special category the data falls in.</param>
    public SpecialCategoryAttribute(SpecialCategoryKind kind)
        : base(TrackLayerTaxonomy.SpecialCategoryData)
    {
        Kind = kind;
    }

    /// <summary>Which special category the data falls in.</summary>
    public SpecialCategoryKind Kind { get; }
}
