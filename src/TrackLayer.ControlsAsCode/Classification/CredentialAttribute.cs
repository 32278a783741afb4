using System;
using Microsoft.Extensions.Compliance.Classification;

namespace TrackLayer.ControlsAsCode;

/// <summary>Classifies a member as a credential or secret: a password, access token or API key.</summary>
/// <example>
/// <code>[Credential] public string AccessToken { get; init; }</code>
/// </example>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Parameter | AttributeTargets.ReturnValue, AllowMultiple = false)]
public sealed class CredentialAttribute : DataClassificationAttribute
{
    /// <summary>Classifies the member.</summary>
    public CredentialAttribute()
        : base(TrackLayerTaxonomy.Credential)
    {
    }
}
