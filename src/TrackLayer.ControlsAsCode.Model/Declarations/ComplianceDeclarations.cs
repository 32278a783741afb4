using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>Everything one assembly declares, as plain objects: what the build task reads from metadata.</summary>
internal sealed class ComplianceDeclarations
{
    public ComplianceDeclarations(string assemblyName)
    {
        AssemblyName = assemblyName;
    }

    public string AssemblyName { get; }

    public string? AssemblyVersion { get; set; }

    /// <summary>The source revision the assembly was built from (SourceLink's informational version suffix), when known.</summary>
    public string? SourceRevision { get; set; }

    public IsmsDeclaration? Isms { get; set; }

    public List<ControlDeclaration> Controls { get; } = new();

    public List<ControlImplementation> Implementations { get; } = new();

    public List<DestinationDeclaration> Destinations { get; } = new();

    public List<ClassifiedMember> ClassifiedMembers { get; } = new();


    /// <summary>
    /// Whether the assembly declares anything at all. A solution-wide document merges a referenced assembly only
    /// when it does, so framework and third-party references do not appear among the source assemblies.
    /// </summary>
    public bool HasAnyDeclaration =>
        Isms is not null || Controls.Count > 0 || Implementations.Count > 0 || Destinations.Count > 0 || ClassifiedMembers.Count > 0;
}

/// <summary>The ISMS scope and certification status (assembly-level declarations).</summary>
internal sealed class IsmsDeclaration
{
    public string? Scope { get; set; }
    public string? Organization { get; set; }
    public string? Owner { get; set; }
    public bool HasCertificationStatus { get; set; }
    public CertificationState CertificationState { get; set; }
    public string? AsOf { get; set; }
    public string? TargetWindow { get; set; }
    public string? CertificationBody { get; set; }
    public string? CertificateNumber { get; set; }
    public string? CertifiedOn { get; set; }
    public string? ExpiresOn { get; set; }
}

/// <summary>An <c>[ApplicableControl]</c> or <c>[ExcludedControl]</c> declaration.</summary>
internal sealed class ControlDeclaration
{
    public ControlDeclaration(string controlId, Applicability applicability, string declaredOn)
    {
        ControlId = controlId;
        Applicability = applicability;
        DeclaredOn = declaredOn;
    }

    /// <summary>The id as written by the user (may be a 2013 id or carry an "A." prefix).</summary>
    public string ControlId { get; }

    public Applicability Applicability { get; }

    /// <summary>The type (or "assembly") that carries the declaration.</summary>
    public string DeclaredOn { get; }

    public InclusionReason Reasons { get; set; }
    public string? Justification { get; set; }
    public ImplementationStatus Status { get; set; }
    public string? Owner { get; set; }
    public IReadOnlyList<string> Evidence { get; set; } = System.Array.Empty<string>();
    public string? ReviewedOn { get; set; }

    /// <summary>The declaring type's source location (from the PDB); null for assembly-level declarations or without a PDB.</summary>
    public SourceLocation? Location { get; set; }
}

/// <summary>An <c>[ImplementsControl]</c> on a code element.</summary>
internal sealed class ControlImplementation
{
    public ControlImplementation(string controlId, string element)
    {
        ControlId = controlId;
        Element = element;
    }

    public string ControlId { get; }

    /// <summary>The element, for example <c>Sample.IdentifierHasher.Hash</c>.</summary>
    public string Element { get; }

    public string? Note { get; set; }

    /// <summary>Source file and line from the PDB, when available ("src/Hasher.cs:12").</summary>
    public SourceLocation? Location { get; set; }
}

/// <summary>A <c>[Destination]</c> declaration.</summary>
internal sealed class DestinationDeclaration
{
    public DestinationDeclaration(string id, string declaredOn)
    {
        Id = id;
        DeclaredOn = declaredOn;
    }

    public string Id { get; }
    public string DeclaredOn { get; }
    public string? Vendor { get; set; }
    public string? Owner { get; set; }
    public string? Purpose { get; set; }
    public IReadOnlyList<string> EventTypes { get; set; } = System.Array.Empty<string>();
    public bool SendsPersonalData { get; set; }
    public bool ConsentSensitive { get; set; }
    public string? ConsentCategory { get; set; }
    public string? Retention { get; set; }
    public string? Endpoint { get; set; }
    public string? Region { get; set; }
    public string? Contract { get; set; }
    public string? ReviewedOn { get; set; }
    public VendorProfile Profile { get; set; }

    /// <summary>The declaring type's source location (from the PDB); null for assembly-level declarations or without a PDB.</summary>
    public SourceLocation? Location { get; set; }

    /// <summary>
    /// Keys (see <see cref="ClassifiedMember.TypeKey"/>) of the types named in the declaring type's field, property and
    /// method signatures, generic arguments and array elements included: where the destination's payload comes from.
    /// Empty for assembly-level declarations.
    /// </summary>
    public IReadOnlyList<string> PayloadTypes { get; set; } = System.Array.Empty<string>();

    /// <summary>The declaring type's key, so the inventory does not count the destination's own members as payload.</summary>
    public string? DeclaringTypeKey { get; set; }
}

/// <summary>A member that carries a data classification.</summary>
internal sealed class ClassifiedMember
{
    public ClassifiedMember(string typeName, string memberName, ClassificationKind kind)
    {
        TypeName = typeName;
        MemberName = memberName;
        Kind = kind;
    }

    public string TypeName { get; }
    public string MemberName { get; }
    public ClassificationKind Kind { get; }

    /// <summary>The data category for personal and pseudonymised data.</summary>
    public DataCategory? Category { get; set; }

    /// <summary>Which special category, for <see cref="ClassificationKind.SpecialCategoryData"/>.</summary>
    public SpecialCategoryKind? SpecialCategory { get; set; }

    /// <summary>How the data was pseudonymised (for example <c>SHA-256</c>), for <see cref="ClassificationKind.PseudonymisedData"/>.</summary>
    public string? PseudonymisationMethod { get; set; }

    /// <summary>The serialized (wire) name, when a serializer attribute gives one.</summary>
    public string? WireName { get; set; }

    /// <summary>The attribute's type name when <see cref="Kind"/> is <see cref="ClassificationKind.OtherTaxonomy"/>.</summary>
    public string? OtherClassification { get; set; }

    /// <summary>
    /// The declaring type's metadata name, the same in every assembly that refers to it (<c>Sample.Envelope`1+Header</c>);
    /// <see cref="TypeName"/> is the C# spelling for people.
    /// </summary>
    public string? TypeKey { get; set; }

    /// <summary>The member's source location (from the PDB), when available.</summary>
    public SourceLocation? Location { get; set; }
}
