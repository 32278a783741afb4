using System;
using System.Collections.Generic;
using System.Reflection.Metadata;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Tells <see cref="CustomAttribute.DecodeValue{TType}"/> what the types in an attribute blob are, by full name.
/// Decoding an enum argument needs its underlying type, which lives in the assembly that defines the enum; rather
/// than resolve and open that assembly, we rely on a fact of our own API: every enum it declares is int-backed.
/// Any other enum is refused (we only decode our own attributes, so that means the blob is not what we expect).
/// </summary>
internal sealed class AttributeTypeProvider : ICustomAttributeTypeProvider<string>
{
    private const string SystemType = "System.Type";

    // "System.Int32" and so on, made once: every argument of every attribute asks for its type's name.
    private static readonly Dictionary<PrimitiveTypeCode, string> PrimitiveNames = CreatePrimitiveNames();

    // One provider per assembly read: the handles below belong to that assembly's metadata.
    private readonly Dictionary<TypeReferenceHandle, string> _referencedTypes = new();

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) =>
        PrimitiveNames.TryGetValue(typeCode, out var name) ? name : "System." + typeCode;

    public string GetSystemType() => SystemType;

    public bool IsSystemType(string type) => type == SystemType;

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeDefinition(handle);
        return Qualify(reader.GetString(type.Namespace), reader.GetString(type.Name));
    }

    /// <summary>An enum argument's type (<c>DataCategory</c> in <c>[Personal(DataCategory.Email)]</c>): named once per type, not once per attribute.</summary>
    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        if (!_referencedTypes.TryGetValue(handle, out var name))
        {
            var type = reader.GetTypeReference(handle);
            name = Qualify(reader.GetString(type.Namespace), reader.GetString(type.Name));
            _referencedTypes.Add(handle, name);
        }

        return name;
    }

    /// <summary>Named arguments of enum type carry the enum's assembly-qualified name: "Ns.Type, Assembly, Version=…".</summary>
    public string GetTypeFromSerializedName(string name)
    {
        var comma = name.IndexOf(',');
        return (comma < 0 ? name : name.Substring(0, comma)).Trim();
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(string type)
        => IsToolkitEnum(type)
            ? PrimitiveTypeCode.Int32
            : throw new UnsupportedAttributeArgumentException("an argument of enum type '" + type + "', which is not part of " + WellKnownNames.Namespace);

    /// <summary>The enums this provider decodes: the toolkit's, every one of them a 32-bit integer.</summary>
    public static bool IsToolkitEnum(string type) => type.StartsWith(WellKnownNames.Namespace + ".", System.StringComparison.Ordinal);

    private static Dictionary<PrimitiveTypeCode, string> CreatePrimitiveNames()
    {
        var names = new Dictionary<PrimitiveTypeCode, string>();
        foreach (PrimitiveTypeCode code in Enum.GetValues(typeof(PrimitiveTypeCode)))
        {
            names[code] = "System." + code;
        }

        return names;
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
