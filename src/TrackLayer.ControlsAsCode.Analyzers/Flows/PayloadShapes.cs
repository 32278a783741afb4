using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Analyzers.Egress;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Flows;

/// <summary>A classified member reached from a payload type, with its path and the names it may have on the wire.</summary>
internal sealed class PayloadMember
{
    public PayloadMember(string path, string name, string? wireName, ClassificationKind kind, int? category)
    {
        Path = path;
        Name = name;
        WireName = wireName;
        Kind = kind;
        Category = category;
    }

    /// <summary>The C# member path from the payload type, <c>[]</c> marking collections: <c>Data[].UserData.Em</c>.</summary>
    public string Path { get; }

    public string Name { get; }

    /// <summary>The serialized name given by <c>[JsonPropertyName]</c>, <c>[JsonProperty]</c> or <c>[DataMember(Name)]</c>.</summary>
    public string? WireName { get; }

    public ClassificationKind Kind { get; }

    /// <summary>The <c>DataCategory</c> or <c>SpecialCategoryKind</c> value the attribute gives, when it gives one.</summary>
    public int? Category { get; }

    /// <summary>
    /// The names the member may have on the wire: its serialized name when an attribute gives one; otherwise its name
    /// as is, in camelCase (System.Text.Json web defaults, used by <c>JsonContent</c> and <c>PostAsJsonAsync</c>)
    /// and in snake_case (the <c>SnakeCaseLower</c> policy conversion-API clients configure).
    /// </summary>
    public IEnumerable<string> WireCandidates()
    {
        if (WireName is not null)
        {
            yield return WireName;
            yield break;
        }

        yield return Name;
        var camel = char.ToLowerInvariant(Name[0]) + Name.Substring(1);
        if (camel != Name)
        {
            yield return camel;
        }

        var snake = SnakeCase(Name);
        if (snake != camel && snake != Name)
        {
            yield return snake;
        }
    }

    /// <summary><c>ClientIpAddress</c> → <c>client_ip_address</c>, <c>ClientID</c> → <c>client_id</c>.</summary>
    internal static string SnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c))
            {
                var previousIsLowerOrDigit = i > 0 && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]));
                var endsAcronym = i > 0 && char.IsUpper(name[i - 1]) && i + 1 < name.Length && char.IsLower(name[i + 1]);
                if ((previousIsLowerOrDigit || endsAcronym) && builder.Length > 0 && builder[builder.Length - 1] != '_')
                {
                    builder.Append('_');
                }

                builder.Append(char.ToLowerInvariant(c));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}

/// <summary>
/// The classified members a payload type carries, through nested members and collections (cycle-safe, depth- and
/// size-limited), computed once per type and compilation.
/// </summary>
internal sealed class PayloadShapes
{
    private const int MaxDepth = 8;
    private const int MaxMembers = 2000;

    private readonly EgressTypes _types;
    // Values are held in a class: a dictionary of a struct value (ImmutableArray) would be compiled anew in each process.
    private readonly ConcurrentDictionary<ITypeSymbol, Shape> _cache = new(SymbolEqualityComparer.Default);

    public PayloadShapes(EgressTypes types)
    {
        _types = types;
    }

    public ImmutableArray<PayloadMember> Get(ITypeSymbol payloadType)
        => _cache.GetOrAdd(payloadType, t =>
        {
            var members = ImmutableArray.CreateBuilder<PayloadMember>();
            var budget = MaxMembers;
            Walk(ElementType(t) ?? t, string.Empty, 0, new HashSet<ITypeSymbol>(SymbolEqualityComparer.Default), members, ref budget);
            return new Shape(members.ToImmutable());
        }).Members;

    private sealed class Shape
    {
        public Shape(ImmutableArray<PayloadMember> members) => Members = members;

        public ImmutableArray<PayloadMember> Members { get; }
    }

    private void Walk(ITypeSymbol type, string prefix, int depth, HashSet<ITypeSymbol> visiting, ImmutableArray<PayloadMember>.Builder found, ref int budget)
    {
        if (depth > MaxDepth || budget <= 0 || !IsWalkable(type) || !visiting.Add(type))
        {
            return;
        }

        // Names already seen, to skip an override restating a member of a base type; a type without a base of its
        // own (most payloads) cannot restate anything.
        var seen = HasUserBase(type) ? new HashSet<string>() : null;
        for (var t = type; t is not null && t.SpecialType == SpecialType.None; t = t.BaseType)
        {
            foreach (var member in t.GetMembers())
            {
                if (--budget <= 0)
                {
                    break;
                }

                ITypeSymbol? memberType = member switch
                {
                    IPropertySymbol { IsStatic: false, IsIndexer: false, GetMethod: not null, DeclaredAccessibility: Accessibility.Public } p => p.Type,
                    IFieldSymbol { IsStatic: false, IsConst: false, IsImplicitlyDeclared: false, DeclaredAccessibility: Accessibility.Public } f => f.Type,
                    _ => null,
                };
                if (memberType is null || string.IsNullOrEmpty(member.Name) || (seen is not null && !seen.Add(member.Name)))
                {
                    continue; // an override restates a member already seen in a derived type
                }

                var attributes = Attributes(member, type);
                if (IsIgnored(attributes))
                {
                    continue;
                }

                var element = ElementType(memberType);
                var (kind, category) = Classify(attributes);
                var walkable = IsWalkable(element ?? memberType);
                if (kind is null && !walkable)
                {
                    continue; // an unclassified string, number or date: nothing to record, nothing inside
                }

                var path = prefix + member.Name + (element is null ? string.Empty : "[]");
                if (kind is not null)
                {
                    found.Add(new PayloadMember(path, member.Name, WireName(attributes), kind.Value, category));
                }

                if (walkable)
                {
                    Walk(element ?? memberType, path + ".", depth + 1, visiting, found, ref budget);
                }
            }
        }

        visiting.Remove(type);
    }

    private static bool HasUserBase(ITypeSymbol type) => type.BaseType is { SpecialType: SpecialType.None };

    /// <summary>User types: not framework types, primitives, enums, delegates or error types.</summary>
    private static bool IsWalkable(ITypeSymbol type)
    {
        if (type.SpecialType != SpecialType.None
            || type.TypeKind is not (TypeKind.Class or TypeKind.Struct or TypeKind.Interface)
            || type is not INamedTypeSymbol)
        {
            return false;
        }

        return !RootNamespace.IsFramework(type.ContainingNamespace) && RootNamespace.Of(type.ContainingNamespace) != "Newtonsoft";
    }

    /// <summary>The element of an array or collection (the value of a dictionary), the T of a Nullable&lt;T&gt;; null otherwise.</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol type)
    {
        if (type is IArrayTypeSymbol array)
        {
            return ElementType(array.ElementType) ?? array.ElementType;
        }

        // Strings, numbers, dates and enums hold no elements: most members are these, and asking for all their
        // interfaces would be the costliest step of the walk.
        if (type is not INamedTypeSymbol named
            || (named.SpecialType != SpecialType.None && !named.IsGenericType)
            || named.TypeKind == TypeKind.Enum)
        {
            return null;
        }

        if (named.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T)
        {
            return named.TypeArguments[0];
        }

        ITypeSymbol? item = null;
        if (named.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
        {
            item = named.TypeArguments[0];
        }
        else
        {
            foreach (var candidate in named.AllInterfaces)
            {
                if (candidate.OriginalDefinition.SpecialType == SpecialType.System_Collections_Generic_IEnumerable_T)
                {
                    item = candidate.TypeArguments[0];
                    break;
                }
            }
        }

        if (item is INamedTypeSymbol { Name: "KeyValuePair", TypeArguments.Length: 2 } pair)
        {
            return pair.TypeArguments[1];
        }

        return item;
    }

    /// <summary>The member's attributes, and on a record, those of the positional parameter it was generated from.</summary>
    private static ImmutableArray<AttributeData> Attributes(ISymbol member, ITypeSymbol owner)
    {
        var attributes = DeclaredAttributes.BoundIfWritten(member, default);
        if (member is not IPropertySymbol property || owner is not INamedTypeSymbol { IsRecord: true } record)
        {
            return attributes;
        }

        foreach (var constructor in record.InstanceConstructors)
        {
            foreach (var parameter in constructor.Parameters)
            {
                if (parameter.Name == property.Name && SymbolEqualityComparer.Default.Equals(parameter.Type, property.Type))
                {
                    return attributes.AddRange(DeclaredAttributes.BoundIfWritten(parameter, default));
                }
            }
        }

        return attributes;
    }

    private bool IsIgnored(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            if (EgressTypes.Is(attribute.AttributeClass, _types.JsonIgnoreAttribute)
                || EgressTypes.Is(attribute.AttributeClass, _types.NewtonsoftJsonIgnoreAttribute)
                || EgressTypes.Is(attribute.AttributeClass, _types.IgnoreDataMemberAttribute))
            {
                return true;
            }
        }

        return false;
    }

    private (ClassificationKind? Kind, int? Category) Classify(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            ClassificationKind? kind =
                EgressTypes.Is(type, _types.PersonalAttribute) ? ClassificationKind.PersonalData
                : EgressTypes.Is(type, _types.PseudonymisedAttribute) ? ClassificationKind.PseudonymisedData
                : EgressTypes.Is(type, _types.SpecialCategoryAttribute) ? ClassificationKind.SpecialCategoryData
                : null;
            if (kind is not null)
            {
                var arguments = attribute.ConstructorArguments;
                int? category = arguments.Length > 0 && arguments[0].Value is int value ? value : null;
                return (kind, category);
            }
        }

        return (null, null);
    }

    private string? WireName(ImmutableArray<AttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            var type = attribute.AttributeClass;
            string? name = null;
            if (EgressTypes.Is(type, _types.JsonPropertyNameAttribute))
            {
                name = FirstString(attribute);
            }
            else if (EgressTypes.Is(type, _types.NewtonsoftJsonPropertyAttribute))
            {
                name = FirstString(attribute) ?? NamedString(attribute, "PropertyName");
            }
            else if (EgressTypes.Is(type, _types.DataMemberAttribute))
            {
                name = NamedString(attribute, "Name");
            }

            if (!string.IsNullOrEmpty(name))
            {
                return name;
            }
        }

        return null;
    }

    private static string? FirstString(AttributeData attribute)
        => attribute.ConstructorArguments.Length > 0 && attribute.ConstructorArguments[0].Kind == TypedConstantKind.Primitive
            ? attribute.ConstructorArguments[0].Value as string
            : null;

    private static string? NamedString(AttributeData attribute, string name)
    {
        foreach (var argument in attribute.NamedArguments)
        {
            if (argument.Key == name && argument.Value.Kind == TypedConstantKind.Primitive)
            {
                return argument.Value.Value as string;
            }
        }

        return null;
    }
}
