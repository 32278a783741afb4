using System;
using System.Collections.Immutable;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Runtime.CompilerServices;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Decodes the attribute blobs the reader meets by the tens of thousands (classifications, serializer names, control
/// declarations) with each constructor's signature read once, where the metadata library's decoder reads it again for
/// every attribute. It takes constructor arguments that are strings, 32-bit integers, booleans or the toolkit's enums,
/// and named arguments of those types or string arrays; it answers exactly as <see cref="CustomAttribute.DecodeValue{TType}"/>
/// with <see cref="AttributeTypeProvider"/> does. Anything else, and any malformed blob, it declines (returns false) and
/// the general decoder reads it, and reports it when it cannot.
/// </summary>
internal sealed class FastAttributeDecoder
{
    private const byte ElementString = 0x0E;
    private const byte ElementInt32 = 0x08;
    private const byte ElementBoolean = 0x02;
    private const byte ElementValueType = 0x11;
    private const byte ElementSzArray = 0x1D;
    private const byte SerializedEnum = 0x55;
    private const byte NamedField = 0x53;
    private const byte NamedProperty = 0x54;

    private static readonly Parameter[] Unsupported = new Parameter[0];

    // Enum arguments (a data category on every classified member) boxed once each, not once per attribute.
    private static readonly object[] SmallNumbers = BoxedNumbers(256);

    private readonly MetadataReader _reader;
    private readonly AttributeTypeProvider _types;
    private readonly string _stringType;
    private readonly string _int32Type;
    private readonly string _booleanType;
    private readonly string _stringArrayType;

    // Per MemberRef row: the constructor's parameters, once read; Unsupported when the general decoder must be used.
    private Parameter[]?[]? _constructors;

    public FastAttributeDecoder(MetadataReader reader, AttributeTypeProvider types)
    {
        _reader = reader;
        _types = types;
        _stringType = types.GetPrimitiveType(PrimitiveTypeCode.String);
        _int32Type = types.GetPrimitiveType(PrimitiveTypeCode.Int32);
        _booleanType = types.GetPrimitiveType(PrimitiveTypeCode.Boolean);
        _stringArrayType = types.GetSZArrayType(_stringType);
    }

    [MethodImpl(HotPath.Optimized)]
    public bool TryDecode(CustomAttribute attribute, out CustomAttributeValue<string> value)
    {
        value = default;
        var parameters = ParametersOf(attribute.Constructor);
        if (parameters == Unsupported)
        {
            return false;
        }

        try
        {
            var blob = _reader.GetBlobReader(attribute.Value);
            if (blob.ReadUInt16() != 1)
            {
                return false; // not the prolog: malformed, the general decoder says how
            }

            var fixedArguments = ImmutableArray.CreateBuilder<CustomAttributeTypedArgument<string>>(parameters!.Length);
            foreach (var parameter in parameters)
            {
                fixedArguments.Add(new CustomAttributeTypedArgument<string>(parameter.Type, Read(ref blob, parameter.Kind)));
            }

            var count = blob.ReadUInt16();
            var namedArguments = ImmutableArray<CustomAttributeNamedArgument<string>>.Empty; // most attributes have none
            if (count > 0)
            {
                var builder = ImmutableArray.CreateBuilder<CustomAttributeNamedArgument<string>>(count);
                for (var i = 0; i < count; i++)
                {
                    if (!TryReadNamed(ref blob, out var named))
                    {
                        return false;
                    }

                    builder.Add(named);
                }

                namedArguments = builder.MoveToImmutable();
            }

            value = new CustomAttributeValue<string>(fixedArguments.MoveToImmutable(), namedArguments);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }

    private bool TryReadNamed(ref BlobReader blob, out CustomAttributeNamedArgument<string> named)
    {
        named = default;
        var target = blob.ReadByte();
        if (target != NamedField && target != NamedProperty)
        {
            return false;
        }

        var type = _stringType;
        var kind = ValueKind.String;
        switch (blob.ReadByte())
        {
            case ElementString:
                break;
            case ElementInt32:
                type = _int32Type;
                kind = ValueKind.Int32;
                break;
            case ElementBoolean:
                type = _booleanType;
                kind = ValueKind.Boolean;
                break;
            case SerializedEnum:
                type = _types.GetTypeFromSerializedName(blob.ReadSerializedString() ?? "");
                if (!AttributeTypeProvider.IsToolkitEnum(type))
                {
                    return false;
                }

                kind = ValueKind.Int32;
                break;
            case ElementSzArray when blob.ReadByte() == ElementString:
                type = _stringArrayType;
                kind = ValueKind.StringArray;
                break;
            default:
                return false;
        }

        var name = blob.ReadSerializedString();
        var argumentKind = target == NamedField ? CustomAttributeNamedArgumentKind.Field : CustomAttributeNamedArgumentKind.Property;
        named = new CustomAttributeNamedArgument<string>(name, argumentKind, type, Read(ref blob, kind));
        return true;
    }

    private object? Read(ref BlobReader blob, ValueKind kind)
    {
        switch (kind)
        {
            case ValueKind.String:
                return blob.ReadSerializedString();
            case ValueKind.Int32:
                var number = blob.ReadInt32();
                return number >= 0 && number < SmallNumbers.Length ? SmallNumbers[number] : number;
            case ValueKind.Boolean:
                return blob.ReadBoolean();
            default:
                var length = blob.ReadInt32();
                if (length == -1)
                {
                    return null; // a null array
                }

                if (length < 0 || length > blob.RemainingBytes)
                {
                    throw new BadImageFormatException("The attribute blob's array length is out of range.");
                }

                var elements = ImmutableArray.CreateBuilder<CustomAttributeTypedArgument<string>>(length);
                for (var i = 0; i < length; i++)
                {
                    elements.Add(new CustomAttributeTypedArgument<string>(_stringType, blob.ReadSerializedString()));
                }

                return elements.MoveToImmutable();
        }
    }

    private static object[] BoxedNumbers(int count)
    {
        var boxes = new object[count];
        for (var i = 0; i < count; i++) boxes[i] = i;
        return boxes;
    }

    private Parameter[]? ParametersOf(EntityHandle constructor)
    {
        if (constructor.Kind != HandleKind.MemberReference)
        {
            return Unsupported; // an attribute defined in the assembly itself: rare, left to the general decoder
        }

        var constructors = _constructors ??= new Parameter[]?[_reader.GetTableRowCount(TableIndex.MemberRef) + 1];
        var row = MetadataTokens.GetRowNumber(constructor);
        if (row >= constructors.Length)
        {
            return Unsupported;
        }

        return constructors[row] ??= ReadParameters((MemberReferenceHandle)constructor);
    }

    /// <summary>The constructor's parameters, from its signature; <see cref="Unsupported"/> for any other shape.</summary>
    private Parameter[] ReadParameters(MemberReferenceHandle handle)
    {
        try
        {
            var blob = _reader.GetBlobReader(_reader.GetMemberReference(handle).Signature);
            var header = blob.ReadSignatureHeader();
            if (header.Kind != SignatureKind.Method || !header.IsInstance || header.IsGeneric)
            {
                return Unsupported;
            }

            var parameters = new Parameter[blob.ReadCompressedInteger()];
            if (blob.ReadSignatureTypeCode() != SignatureTypeCode.Void)
            {
                return Unsupported;
            }

            for (var i = 0; i < parameters.Length; i++)
            {
                switch (blob.ReadByte())
                {
                    case ElementString:
                        parameters[i] = new Parameter(_stringType, ValueKind.String);
                        break;
                    case ElementInt32:
                        parameters[i] = new Parameter(_int32Type, ValueKind.Int32);
                        break;
                    case ElementBoolean:
                        parameters[i] = new Parameter(_booleanType, ValueKind.Boolean);
                        break;
                    case ElementValueType:
                        var type = blob.ReadTypeHandle();
                        var name = type.Kind switch
                        {
                            HandleKind.TypeReference => _types.GetTypeFromReference(_reader, (TypeReferenceHandle)type, 0),
                            HandleKind.TypeDefinition => _types.GetTypeFromDefinition(_reader, (TypeDefinitionHandle)type, 0),
                            _ => null,
                        };
                        if (name is null || !AttributeTypeProvider.IsToolkitEnum(name))
                        {
                            return Unsupported;
                        }

                        parameters[i] = new Parameter(name, ValueKind.Int32);
                        break;
                    default:
                        return Unsupported; // arrays, objects, types, other numbers: the general decoder
                }
            }

            return parameters;
        }
        catch (BadImageFormatException)
        {
            return Unsupported;
        }
    }

    private enum ValueKind
    {
        String,
        Int32,
        Boolean,
        StringArray,
    }

    private sealed class Parameter
    {
        public Parameter(string type, ValueKind kind)
        {
            Type = type;
            Kind = kind;
        }

        public string Type { get; }

        public ValueKind Kind { get; }
    }
}
