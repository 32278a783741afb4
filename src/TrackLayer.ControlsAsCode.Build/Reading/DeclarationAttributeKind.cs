namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>The attribute types the reader understands, found by full metadata name (see <see cref="AttributeTypeIndex"/>).</summary>
internal enum DeclarationAttributeKind
{
    None = 0,
    IsmsScope,
    CertificationStatus,
    ApplicableControl,
    ExcludedControl,
    ImplementsControl,
    Destination,
    Personal,
    Pseudonymised,
    SpecialCategory,
    Credential,
    NonPersonal,

    // Not ours, but read beside ours: the version stamp and serializer wire names.
    InformationalVersion,
    JsonPropertyName,
    DataMember,
}
