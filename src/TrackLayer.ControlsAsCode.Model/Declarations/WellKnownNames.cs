namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// Metadata names of the declaration API's types: the one list the analyzers (by symbol) and the build task
/// (by metadata) look them up with.
/// </summary>
internal static class WellKnownNames
{
    public const string Namespace = "TrackLayer.ControlsAsCode";

    public const string IsmsScopeAttribute = Namespace + ".IsmsScopeAttribute";
    public const string CertificationStatusAttribute = Namespace + ".CertificationStatusAttribute";
    public const string ApplicableControlAttribute = Namespace + ".ApplicableControlAttribute";
    public const string ExcludedControlAttribute = Namespace + ".ExcludedControlAttribute";
    public const string ImplementsControlAttribute = Namespace + ".ImplementsControlAttribute";
    public const string DestinationAttribute = Namespace + ".DestinationAttribute";
    public const string TrackingDestinationInterface = Namespace + ".ITrackingDestination";
    public const string PersonalAttribute = Namespace + ".PersonalAttribute";
    public const string PseudonymisedAttribute = Namespace + ".PseudonymisedAttribute";
    public const string SpecialCategoryAttribute = Namespace + ".SpecialCategoryAttribute";
    public const string CredentialAttribute = Namespace + ".CredentialAttribute";
    public const string NonPersonalAttribute = Namespace + ".NonPersonalAttribute";

    /// <summary>The base class of every .NET data classification attribute, ours and others'.</summary>
    public const string DataClassificationAttribute = "Microsoft.Extensions.Compliance.Classification.DataClassificationAttribute";

    // Types outside the declaration API whose metadata the toolkit reads as well.

    /// <summary>Carries the package version and, after a '+', the source revision (SourceLink sets it).</summary>
    public const string AssemblyInformationalVersionAttribute = "System.Reflection.AssemblyInformationalVersionAttribute";

    /// <summary>System.Text.Json's wire name for a member.</summary>
    public const string JsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";

    /// <summary>Newtonsoft.Json's wire name for a member (constructor argument or <c>PropertyName</c>).</summary>
    public const string NewtonsoftJsonPropertyAttribute = "Newtonsoft.Json.JsonPropertyAttribute";

    /// <summary>DataContract serialization's wire name for a member (its <c>Name</c> property).</summary>
    public const string DataMemberAttribute = "System.Runtime.Serialization.DataMemberAttribute";
}
