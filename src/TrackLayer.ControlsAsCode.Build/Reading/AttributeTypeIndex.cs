using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Maps the type handles of one assembly's metadata to the attributes we read. An attribute type is normally a
/// <see cref="TypeReference"/> (defined in TrackLayer.ControlsAsCode.dll, referenced from the user's assembly), and a
/// <see cref="TypeDefinition"/> when the attribute is defined in the assembly being read (the declaration API itself,
/// or a copy of it). Matching by full name, never by assembly identity, keeps the reader independent of the
/// version of the declaration API the user compiled against.
/// </summary>
internal sealed class AttributeTypeIndex
{
    private readonly MetadataReader _reader;
    // Our attribute types among the TypeRef and TypeDef rows: arrays by row, not a dictionary keyed by handle, which the
    // runtime would compile anew for that key type in every build's process.
    private readonly DeclarationAttributeKind[] _typeReferenceKinds;
    private readonly DeclarationAttributeKind[] _typeDefinitionKinds;
    private bool[]?[]? _elementsWithAttributes;
    private DeclarationAttributeKind[]? _memberReferenceKinds;

    public AttributeTypeIndex(MetadataReader reader)
    {
        _reader = reader;
        _typeReferenceKinds = new DeclarationAttributeKind[reader.GetTableRowCount(TableIndex.TypeRef) + 1]; // rows start at 1
        _typeDefinitionKinds = new DeclarationAttributeKind[reader.GetTableRowCount(TableIndex.TypeDef) + 1];
        foreach (var handle in reader.TypeReferences)
        {
            var type = reader.GetTypeReference(handle);
            Add(handle, reader.GetString(type.Namespace), reader.GetString(type.Name));
        }

        foreach (var handle in reader.TypeDefinitions)
        {
            var type = reader.GetTypeDefinition(handle);
            // Nested types cannot be our (top-level) attributes; their namespace is empty in metadata anyway.
            if (type.GetDeclaringType().IsNil)
            {
                Add(handle, reader.GetString(type.Namespace), reader.GetString(type.Name));
            }
        }
    }

    /// <summary>
    /// Whether the assembly mentions any declaration attribute of ours. When it does not (framework and most
    /// third-party references), the reader skips the walk over its types.
    /// </summary>
    public bool MentionsDeclarationApi { get; private set; }

    /// <summary>
    /// Whether a type, method, parameter, property or field carries any attribute we read. One pass over the
    /// CustomAttribute table, made on first use, answers it for every element: the reader then skips the great majority of
    /// members (and their compiler-generated attributes) with one array lookup each instead of searching for their attributes.
    /// </summary>
    public bool HasAttributesToRead(EntityHandle element)
    {
        _elementsWithAttributes ??= FindElementsWithAttributes();
        var rows = _elementsWithAttributes[(int)element.Kind];
        var row = MetadataTokens.GetRowNumber(element);
        return rows is not null && row < rows.Length && rows[row];
    }

    /// <summary>Per kind of element (indexed by <see cref="HandleKind"/>), a flag per row: whether it carries one of our attributes.</summary>
    [MethodImpl(HotPath.Optimized)]
    private bool[]?[] FindElementsWithAttributes()
    {
        var flags = new bool[]?[256];
        foreach (var handle in _reader.CustomAttributes)
        {
            var attribute = _reader.GetCustomAttribute(handle);
            if (KindOf(attribute) == DeclarationAttributeKind.None) continue;
            var parent = attribute.Parent;
            var rows = flags[(int)parent.Kind];
            if (rows is null)
            {
                var rowCount = MetadataTokens.TryGetTableIndex(parent.Kind, out var table) ? _reader.GetTableRowCount(table) : 0;
                flags[(int)parent.Kind] = rows = new bool[rowCount + 1]; // row numbers start at 1
            }

            var row = MetadataTokens.GetRowNumber(parent);
            if (row < rows.Length) rows[row] = true; // a row out of range is malformed metadata: nothing to read there
        }

        return flags;
    }

    /// <summary>Which of our attributes a custom attribute row is, from its constructor.</summary>
    public DeclarationAttributeKind KindOf(CustomAttribute attribute)
    {
        var constructor = attribute.Constructor;
        switch (constructor.Kind)
        {
            case HandleKind.MemberReference:
                // Tens of thousands of attributes share a few constructors: their kinds are looked up once, by row.
                var kinds = _memberReferenceKinds ??= KindsOfMemberReferences();
                var row = MetadataTokens.GetRowNumber(constructor);
                return row < kinds.Length ? kinds[row] : DeclarationAttributeKind.None;
            case HandleKind.MethodDefinition:
                return KindOfType(_reader.GetMethodDefinition((MethodDefinitionHandle)constructor).GetDeclaringType());
            default:
                return DeclarationAttributeKind.None;
        }
    }

    /// <summary>Generic attributes (a TypeSpecification parent) are never ours and fall through to None.</summary>
    private DeclarationAttributeKind KindOfType(EntityHandle type)
    {
        var kinds = type.Kind switch
        {
            HandleKind.TypeReference => _typeReferenceKinds,
            HandleKind.TypeDefinition => _typeDefinitionKinds,
            _ => null,
        };
        var row = MetadataTokens.GetRowNumber(type);
        return kinds is not null && row < kinds.Length ? kinds[row] : DeclarationAttributeKind.None;
    }

    /// <summary>The kind of the attribute type each member reference (row) belongs to; None for every other member.</summary>
    private DeclarationAttributeKind[] KindsOfMemberReferences()
    {
        var kinds = new DeclarationAttributeKind[_reader.GetTableRowCount(TableIndex.MemberRef) + 1]; // rows start at 1
        foreach (var handle in _reader.MemberReferences)
        {
            var kind = KindOfType(_reader.GetMemberReference(handle).Parent);
            if (kind != DeclarationAttributeKind.None)
            {
                kinds[MetadataTokens.GetRowNumber(handle)] = kind;
            }
        }

        return kinds;
    }

    private void Add(EntityHandle handle, string ns, string name)
    {
        var kind = KindByName(ns.Length == 0 ? name : ns + "." + name);
        if (kind == DeclarationAttributeKind.None)
        {
            return;
        }

        var kinds = handle.Kind == HandleKind.TypeReference ? _typeReferenceKinds : _typeDefinitionKinds;
        kinds[MetadataTokens.GetRowNumber(handle)] = kind;
        if (ns == WellKnownNames.Namespace)
        {
            MentionsDeclarationApi = true;
        }
    }

    /// <summary>The attributes we read, by full name (a switch: a dictionary with an enum value is compiled anew in each process).</summary>
    private static DeclarationAttributeKind KindByName(string fullName) => fullName switch
    {
        WellKnownNames.IsmsScopeAttribute => DeclarationAttributeKind.IsmsScope,
        WellKnownNames.CertificationStatusAttribute => DeclarationAttributeKind.CertificationStatus,
        WellKnownNames.ApplicableControlAttribute => DeclarationAttributeKind.ApplicableControl,
        WellKnownNames.ExcludedControlAttribute => DeclarationAttributeKind.ExcludedControl,
        WellKnownNames.ImplementsControlAttribute => DeclarationAttributeKind.ImplementsControl,
        WellKnownNames.DestinationAttribute => DeclarationAttributeKind.Destination,
        WellKnownNames.PersonalAttribute => DeclarationAttributeKind.Personal,
        WellKnownNames.PseudonymisedAttribute => DeclarationAttributeKind.Pseudonymised,
        WellKnownNames.SpecialCategoryAttribute => DeclarationAttributeKind.SpecialCategory,
        WellKnownNames.CredentialAttribute => DeclarationAttributeKind.Credential,
        WellKnownNames.NonPersonalAttribute => DeclarationAttributeKind.NonPersonal,
        WellKnownNames.AssemblyInformationalVersionAttribute => DeclarationAttributeKind.InformationalVersion,
        WellKnownNames.JsonPropertyNameAttribute => DeclarationAttributeKind.JsonPropertyName,
        WellKnownNames.DataMemberAttribute => DeclarationAttributeKind.DataMember,
        _ => DeclarationAttributeKind.None,
    };
}
