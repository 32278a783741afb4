using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Metadata names of types that are the same in the assembly that defines a type and in every assembly that refers to
/// it: <c>Sample.Envelope`1+Header</c>. The destination inventory matches payload types to classified members with them
/// across assemblies (the C# display names differ: a reference does not know type parameter names).
/// </summary>
internal static class TypeKeys
{
    public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
    {
        var type = reader.GetTypeDefinition(handle);
        var declaring = type.GetDeclaringType();
        var name = reader.GetString(type.Name);
        if (!declaring.IsNil) return Of(reader, declaring) + "+" + name;
        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }

    public static string Of(MetadataReader reader, TypeReferenceHandle handle)
    {
        var type = reader.GetTypeReference(handle);
        var name = reader.GetString(type.Name);
        if (type.ResolutionScope.Kind == HandleKind.TypeReference) return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "+" + name;
        var ns = reader.GetString(type.Namespace);
        return ns.Length == 0 ? name : ns + "." + name;
    }
}

/// <summary>
/// Decodes a signature into the keys of every named type in it: <c>IReadOnlyList&lt;MetaServerEvent&gt;</c> gives the
/// list's key and the event's. Primitives, type parameters and function pointers name no type of interest.
/// </summary>
internal sealed class NamedTypesProvider : ISignatureTypeProvider<ImmutableArray<string>, object?>
{
    public static readonly NamedTypesProvider Instance = new();

    public ImmutableArray<string> GetArrayType(ImmutableArray<string> elementType, ArrayShape shape) => elementType;

    public ImmutableArray<string> GetByReferenceType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetFunctionPointerType(MethodSignature<ImmutableArray<string>> signature) => ImmutableArray<string>.Empty;

    public ImmutableArray<string> GetGenericInstantiation(ImmutableArray<string> genericType, ImmutableArray<ImmutableArray<string>> typeArguments)
    {
        var builder = ImmutableArray.CreateBuilder<string>();
        builder.AddRange(genericType);
        foreach (var argument in typeArguments) builder.AddRange(argument);
        return builder.ToImmutable();
    }

    public ImmutableArray<string> GetGenericMethodParameter(object? genericContext, int index) => ImmutableArray<string>.Empty;

    public ImmutableArray<string> GetGenericTypeParameter(object? genericContext, int index) => ImmutableArray<string>.Empty;

    public ImmutableArray<string> GetModifiedType(ImmutableArray<string> modifier, ImmutableArray<string> unmodifiedType, bool isRequired) => unmodifiedType;

    public ImmutableArray<string> GetPinnedType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetPointerType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetPrimitiveType(PrimitiveTypeCode typeCode) => ImmutableArray<string>.Empty;

    public ImmutableArray<string> GetSZArrayType(ImmutableArray<string> elementType) => elementType;

    public ImmutableArray<string> GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) =>
        ImmutableArray.Create(TypeKeys.Of(reader, handle));

    public ImmutableArray<string> GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) =>
        ImmutableArray.Create(TypeKeys.Of(reader, handle));

    public ImmutableArray<string> GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) =>
        reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
}
