using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// TLC1001: a property, field or record positional parameter whose name, or serialized wire name, looks like personal
/// data carries no <c>DataClassificationAttribute</c> (ours or anyone's).
/// </summary>
/// <remarks>
/// Skipped on purpose: const and static readonly fields (constants in practice), implicitly declared symbols and
/// backing fields, indexers, overrides and explicit interface implementations (the member they restate is
/// analyzed), and the property a record generates from a positional parameter (the parameter is reported instead).
/// Short wire keys (<c>em</c>, <c>db</c>, <c>st</c>) count only on members that can hold text, so a
/// <c>DbContext _db</c> is not a date of birth.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC1001UnclassifiedPersonalDataAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnclassifiedPersonalData);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(static start =>
        {
            var types = KnownTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return; // the toolkit is not referenced: nothing to enforce
            }

            start.RegisterSymbolAction(c => AnalyzeProperty(c, types), SymbolKind.Property);
            start.RegisterSymbolAction(c => AnalyzeField(c, types), SymbolKind.Field);
            start.RegisterSymbolAction(c => AnalyzeRecordParameters(c, types), SymbolKind.NamedType);
        });
    }

    private static void AnalyzeProperty(SymbolAnalysisContext context, KnownTypes types)
    {
        if (context.Symbol is not IPropertySymbol property
            || property.IsImplicitlyDeclared
            || property.IsIndexer
            || property.IsOverride
            || !property.ExplicitInterfaceImplementations.IsEmpty
            || IsGeneratedFromRecordParameter(property, context.CancellationToken))
        {
            return;
        }

        Check(context, types, property, property.Type, property.GetAttributes(), ImmutableArray<AttributeData>.Empty);
    }

    private static void AnalyzeField(SymbolAnalysisContext context, KnownTypes types)
    {
        if (context.Symbol is not IFieldSymbol field
            || field.IsConst
            || field.IsImplicitlyDeclared
            || field.AssociatedSymbol is not null
            || (field.IsStatic && field.IsReadOnly))
        {
            return;
        }

        Check(context, types, field, field.Type, field.GetAttributes(), ImmutableArray<AttributeData>.Empty);
    }

    private static void AnalyzeRecordParameters(SymbolAnalysisContext context, KnownTypes types)
    {
        if (context.Symbol is not INamedTypeSymbol { IsRecord: true } type)
        {
            return;
        }

        foreach (var constructor in type.InstanceConstructors)
        {
            if (!IsPrimaryConstructor(constructor, context.CancellationToken))
            {
                continue;
            }

            foreach (var parameter in constructor.Parameters)
            {
                // Only a parameter that became a property: `record R(string Email) { public string Email { get; } = Email; }`
                // declares its own property, which the property action analyzes.
                var property = FindGeneratedProperty(type, parameter, context.CancellationToken);
                if (property is not null)
                {
                    Check(context, types, parameter, parameter.Type, parameter.GetAttributes(), property.GetAttributes());
                }
            }
        }
    }

    private static void Check(
        SymbolAnalysisContext context,
        KnownTypes types,
        ISymbol member,
        ITypeSymbol? memberType,
        ImmutableArray<AttributeData> attributes,
        ImmutableArray<AttributeData> moreAttributes)
    {
        var name = member.Name;
        if (string.IsNullOrEmpty(name) || member.Locations.IsEmpty || !member.Locations[0].IsInSource)
        {
            return;
        }

        if (HasClassification(attributes, types) || HasClassification(moreAttributes, types))
        {
            return;
        }

        string? wireName = null;
        if (!TryMatch(name, memberType, out var match)
            && !TryMatchWireName(attributes, types, memberType, out wireName, out match)
            && !TryMatchWireName(moreAttributes, types, memberType, out wireName, out match))
        {
            return;
        }

        var category = match.Category.ToString();
        var display = wireName is null ? "'" + name + "'" : "'" + name + "' (serialized as '" + wireName + "')";
        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.CategoryProperty, category);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnclassifiedPersonalData,
            member.Locations[0],
            properties,
            display,
            category));
    }

    private static bool TryMatch(string name, ITypeSymbol? memberType, out LexiconMatch match)
        => PersonalDataLexicon.TryMatch(name, out match) && (!match.IsShortKey || CanHoldText(memberType));

    private static bool TryMatchWireName(
        ImmutableArray<AttributeData> attributes,
        KnownTypes types,
        ITypeSymbol? memberType,
        out string? wireName,
        out LexiconMatch match)
    {
        foreach (var attribute in attributes)
        {
            wireName = GetWireName(attribute, types);
            if (wireName is not null && TryMatch(wireName, memberType, out match))
            {
                return true;
            }
        }

        wireName = null;
        match = default;
        return false;
    }

    private static string? GetWireName(AttributeData attribute, KnownTypes types)
    {
        var attributeClass = attribute.AttributeClass;
        if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error)
        {
            return null;
        }

        if (SymbolEqualityComparer.Default.Equals(attributeClass, types.JsonPropertyNameAttribute))
        {
            return FirstStringArgument(attribute);
        }

        if (SymbolEqualityComparer.Default.Equals(attributeClass, types.NewtonsoftJsonPropertyAttribute))
        {
            return FirstStringArgument(attribute) ?? NamedStringArgument(attribute, "PropertyName");
        }

        if (SymbolEqualityComparer.Default.Equals(attributeClass, types.DataMemberAttribute))
        {
            return NamedStringArgument(attribute, "Name");
        }

        return null;
    }

    private static string? FirstStringArgument(AttributeData attribute)
    {
        var arguments = attribute.ConstructorArguments;
        return arguments.Length > 0 && arguments[0].Kind == TypedConstantKind.Primitive ? arguments[0].Value as string : null;
    }

    private static string? NamedStringArgument(AttributeData attribute, string name)
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

    private static bool HasClassification(ImmutableArray<AttributeData> attributes, KnownTypes types)
    {
        foreach (var attribute in attributes)
        {
            for (var type = attribute.AttributeClass; type is not null; type = type.BaseType)
            {
                if (types.IsDataClassificationAttribute(type))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>string, string[], or a generic collection of strings (List&lt;string&gt;, IEnumerable&lt;string&gt;).</summary>
    private static bool CanHoldText(ITypeSymbol? type)
    {
        switch (type)
        {
            case null:
                return false;
            case IArrayTypeSymbol array:
                return array.ElementType.SpecialType == SpecialType.System_String;
            case INamedTypeSymbol named when named.SpecialType == SpecialType.System_String:
                return true;
            case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic:
                return generic.TypeArguments[0].SpecialType == SpecialType.System_String
                    && generic.TypeKind != TypeKind.Error;
            default:
                return false;
        }
    }

    private static bool IsPrimaryConstructor(IMethodSymbol constructor, CancellationToken cancellationToken)
    {
        foreach (var reference in constructor.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is TypeDeclarationSyntax)
            {
                return true;
            }
        }

        return false;
    }

    private static IPropertySymbol? FindGeneratedProperty(INamedTypeSymbol type, IParameterSymbol parameter, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(parameter.Name))
        {
            return null;
        }

        foreach (var member in type.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property && IsGeneratedFromRecordParameter(property, cancellationToken))
            {
                return property;
            }
        }

        return null;
    }

    private static bool IsGeneratedFromRecordParameter(IPropertySymbol property, CancellationToken cancellationToken)
    {
        if (!property.ContainingType.IsRecord)
        {
            return false;
        }

        foreach (var reference in property.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax(cancellationToken) is ParameterSyntax)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The types the rule compares with, resolved once per compilation.</summary>
    private sealed class KnownTypes
    {
        private KnownTypes(Compilation compilation)
        {
            DataClassificationAttribute = compilation.GetTypeByMetadataName(WellKnownNames.DataClassificationAttribute);
            JsonPropertyNameAttribute = compilation.GetTypeByMetadataName(WellKnownNames.JsonPropertyNameAttribute);
            NewtonsoftJsonPropertyAttribute = compilation.GetTypeByMetadataName(WellKnownNames.NewtonsoftJsonPropertyAttribute);
            DataMemberAttribute = compilation.GetTypeByMetadataName(WellKnownNames.DataMemberAttribute);
        }

        public INamedTypeSymbol? DataClassificationAttribute { get; }

        public INamedTypeSymbol? JsonPropertyNameAttribute { get; }

        public INamedTypeSymbol? NewtonsoftJsonPropertyAttribute { get; }

        public INamedTypeSymbol? DataMemberAttribute { get; }

        public static KnownTypes? TryCreate(Compilation compilation)
            => compilation.GetTypeByMetadataName(WellKnownNames.PersonalAttribute) is null ? null : new KnownTypes(compilation);

        public bool IsDataClassificationAttribute(INamedTypeSymbol type)
        {
            if (DataClassificationAttribute is not null)
            {
                return SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, DataClassificationAttribute);
            }

            // The abstractions assembly is not resolvable (a broken reference): compare by name instead.
            return type.Name == "DataClassificationAttribute"
                && type.ContainingNamespace?.ToDisplayString() == "Microsoft.Extensions.Compliance.Classification";
        }
    }
}
