using System;
using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Classifies a member as non-personal data, for a member whose name looks personal but is not
/// (a <c>UserAgentFamily</c> aggregate, a <c>CityCount</c>). It silences the unclassified-data rule on purpose.
/// </summary>
/// <example>
/// <code>[NonPersonal] public string DeviceType { get; init; }</code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class NonPersonalAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member.</summary>
    public NonPersonalAttribute()
        : base(TrackLayerTaxonomy.NonPersonalData)
    {
    }
}
