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

    // Serializer attributes whose wire name the unclassified-data rule reads (not ours; resolved when referenced).
    public const string SystemTextJsonPropertyNameAttribute = "System.Text.Json.Serialization.JsonPropertyNameAttribute";
    public const string NewtonsoftJsonPropertyAttribute = "Newtonsoft.Json.JsonPropertyAttribute";
    public const string DataMemberAttribute = "System.Runtime.Serialization.DataMemberAttribute";
}
