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
    public static readonly AttributeTypeProvider Instance = new();

    private const string SystemType = "System.Type";

    public string GetPrimitiveType(PrimitiveTypeCode typeCode) => "System." + typeCode;

    public string GetSystemType() => SystemType;

    public bool IsSystemType(string type) => type == SystemType;

    public string GetSZArrayType(string elementType) => elementType + "[]";

    public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeDefinition(handle);
        return Qualify(reader.GetString(type.Namespace), reader.GetString(type.Name));
    }

    public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
    {
        var type = reader.GetTypeReference(handle);
        return Qualify(reader.GetString(type.Namespace), reader.GetString(type.Name));
    }

    /// <summary>Named arguments of enum type carry the enum's assembly-qualified name: "Ns.Type, Assembly, Version=…".</summary>
    public string GetTypeFromSerializedName(string name)
    {
        var comma = name.IndexOf(',');
        return (comma < 0 ? name : name.Substring(0, comma)).Trim();
    }

    public PrimitiveTypeCode GetUnderlyingEnumType(string type)
    {
        if (type.StartsWith(WellKnownNames.Namespace + ".", System.StringComparison.Ordinal))
        {
            return PrimitiveTypeCode.Int32;
        }

        throw new UnsupportedAttributeArgumentException("an argument of enum type '" + type + "', which is not part of " + WellKnownNames.Namespace);
    }

    private static string Qualify(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;
}
