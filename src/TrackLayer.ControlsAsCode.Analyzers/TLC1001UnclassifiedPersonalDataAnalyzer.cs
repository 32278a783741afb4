using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// TLC1001: a property, field or record positional parameter whose name, serialized wire name or type looks like
/// personal data (or a secret) carries no <c>DataClassificationAttribute</c> (ours or anyone's).
/// </summary>
/// <remarks>
/// Skipped on purpose: const and static readonly fields (constants in practice), implicitly declared symbols and
/// backing fields, indexers, overrides and explicit interface implementations (the member they restate is
/// analyzed), and the property a record generates from a positional parameter (the parameter is reported instead).
/// Short wire keys (<c>em</c>, <c>db</c>, <c>st</c>) and secrets count only on members that can hold text, so a
/// <c>DbContext _db</c> is not a date of birth and a <c>CancellationToken _token</c> is not a credential; a
/// <c>bool</c> never holds personal data (<c>Mobile</c> as a flag). The lexicon is the built-in table extended by the
/// user's <c>TrackLayer.Lexicon.txt</c> and <c>.editorconfig</c> keys (see <see cref="UserLexicon"/>).
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
            if (!KnownTypes.IsToolkitReferenced(start.Compilation))
            {
                return; // the toolkit is not referenced: nothing to enforce
            }

            var lexicon = UserLexicon.Create(
                start.Options,
                text => GeneratedCodeFilter.Unwrap(start).TryGetValue(text, UserLexicon.FileParser, out var document) ? document : null,
                start.CancellationToken);
            var types = new KnownTypes(start.Compilation, lexicon);

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

        Check(context, types, property, property.Type, generatedProperty: null);
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

        Check(context, types, field, field.Type, generatedProperty: null);
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
                    Check(context, types, parameter, parameter.Type, property);
                }
            }
        }
    }

    /// <param name="generatedProperty">For a record's positional parameter, the property generated from it (its attributes count too).</param>
    private static void Check(SymbolAnalysisContext context, KnownTypes types, ISymbol member, ITypeSymbol? memberType, IPropertySymbol? generatedProperty)
    {
        var name = member.Name;
        if (string.IsNullOrEmpty(name) || member.Locations.IsEmpty || !member.Locations[0].IsInSource
            || memberType?.SpecialType == SpecialType.System_Boolean)
        {
            return;
        }

        // Syntax first: most members match nothing, and for them no attribute is bound at all.
        var lexicon = types.Lexicon.For(member.Locations[0].SourceTree);
        var nameMatches = TryMatchName(lexicon, name, member.ContainingType?.Name, memberType, out var match);
        if (!nameMatches
            && !MayHaveMatchingWireName(member, lexicon, memberType, context.Compilation, context.CancellationToken)
            && !TryMatchType(lexicon, types, memberType, out _, out _))
        {
            return;
        }

        var attributes = DeclaredAttributes.BoundIfWritten(member, context.CancellationToken);
        var moreAttributes = generatedProperty is null ? ImmutableArray<AttributeData>.Empty : DeclaredAttributes.BoundIfWritten(generatedProperty, context.CancellationToken);
        if (HasClassification(attributes, types) || HasClassification(moreAttributes, types))
        {
            return;
        }

        string display;
        if (nameMatches)
        {
            display = "'" + name + "'";
        }
        else if (TryMatchWireName(lexicon, attributes, types, memberType, out var wireName, out match)
            || TryMatchWireName(lexicon, moreAttributes, types, memberType, out wireName, out match))
        {
            display = "'" + name + "' (serialized as '" + wireName + "')";
        }
        else if (TryMatchType(lexicon, types, memberType, out var typeName, out match))
        {
            display = "'" + name + "' (of type " + typeName + ")";
        }
        else
        {
            return;
        }

        var suggestion = match.Entry.Suggestion;
        string what;
        string remedy;
        if (match.IsCredential)
        {
            what = "a credential or secret";
            remedy = "[Credential] (and keep it out of events and logs) or [NonPersonal]";
        }
        else
        {
            what = "personal data (" + suggestion + ")";
            remedy = "[Personal(DataCategory." + suggestion + ")], [Pseudonymised(DataCategory." + suggestion + ")] or [NonPersonal]";
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.CategoryProperty, suggestion);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UnclassifiedPersonalData,
            member.Locations[0],
            properties,
            display,
            what,
            remedy));
    }

    private static bool TryMatchName(LexiconTable lexicon, string name, string? containingType, ITypeSymbol? memberType, out LexiconMatch match)
        => lexicon.TryMatchMember(name, containingType, out match)
           && (!(match.IsShortKey || match.IsCredential) || CanHoldText(memberType, forSecrets: match.IsCredential));

    private static bool TryMatch(LexiconTable lexicon, string name, ITypeSymbol? memberType, out LexiconMatch match)
        => lexicon.TryMatch(name, out match)
           && (!(match.IsShortKey || match.IsCredential) || CanHoldText(memberType, forSecrets: match.IsCredential));

    /// <summary>
    /// Whether a serializer attribute written on the member may give it a personal wire name: a string literal that the
    /// lexicon matches, or a name argument that is not a literal (a constant, <c>nameof</c>), which only binding can tell.
    /// A superset of <see cref="TryMatchWireName"/>, read from syntax.
    /// </summary>
    private static bool MayHaveMatchingWireName(ISymbol member, LexiconTable lexicon, ITypeSymbol? memberType, Compilation compilation, CancellationToken cancellationToken)
    {
        foreach (var reference in member.DeclaringSyntaxReferences)
        {
            if (DeclaredAttributes.ListsOf(reference.GetSyntax(cancellationToken)) is not { } lists)
            {
                return true;
            }

            foreach (var list in lists)
            {
                foreach (var attribute in list.Attributes)
                {
                    if (attribute.ArgumentList is { } arguments && DeclaredAttributes.MayBe(attribute, WireNameAttributes, compilation))
                    {
                        foreach (var argument in arguments.Arguments)
                        {
                            if (MayBeMatchingWireName(argument, lexicon, memberType))
                            {
                                return true;
                            }
                        }
                    }
                }
            }
        }

        return false;
    }

    private static bool MayBeMatchingWireName(AttributeArgumentSyntax argument, LexiconTable lexicon, ITypeSymbol? memberType)
    {
        if (argument.NameEquals is { } named && named.Name.Identifier.ValueText is not ("Name" or "PropertyName"))
        {
            return false; // Order = 1, Required = ...: never the wire name
        }

        return argument.Expression switch
        {
            LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression)
                => TryMatch(lexicon, literal.Token.ValueText, memberType, out _),
            LiteralExpressionSyntax => false, // null, a number: no wire name
            _ => true,
        };
    }

    private static bool TryMatchWireName(
        LexiconTable lexicon,
        ImmutableArray<AttributeData> attributes,
        KnownTypes types,
        ITypeSymbol? memberType,
        out string? wireName,
        out LexiconMatch match)
    {
        foreach (var attribute in attributes)
        {
            wireName = GetWireName(attribute, types);
            if (wireName is not null && TryMatch(lexicon, wireName, memberType, out match))
            {
                return true;
            }
        }

        wireName = null;
        match = default;
        return false;
    }

    /// <summary>
    /// By type: <c>IPAddress</c>, <c>MailAddress</c>, <c>PhysicalAddress</c>, and a user type whose name is personal
    /// (an <c>EmailAddress</c> or <c>PhoneNumber</c> value object), alone, nullable, in an array or a collection.
    /// </summary>
    private static bool TryMatchType(LexiconTable lexicon, KnownTypes types, ITypeSymbol? memberType, out string? typeName, out LexiconMatch match)
    {
        typeName = null;
        match = default;
        var type = ElementType(memberType);
        if (type is not INamedTypeSymbol named || named.TypeKind == TypeKind.Error)
        {
            return false;
        }

        var known = types.KnownPersonalType(named);
        if (known is not null)
        {
            typeName = named.Name;
            match = new LexiconMatch(known.Category, known);
            return true;
        }

        // Only the user's own types: System.Net.Http.HttpClient or a framework "Address" says nothing about the member.
        if (named.SpecialType != SpecialType.None || RootNamespace.IsFramework(named.ContainingNamespace)
            || named.TypeKind is TypeKind.Delegate or TypeKind.Interface)
        {
            return false;
        }

        if (lexicon.TryMatch(named.Name, out match) && !match.IsShortKey && !match.IsCredential)
        {
            typeName = named.Name;
            return true;
        }

        match = default;
        return false;
    }

    /// <summary>T for T, T?, T[], and a generic collection of one type argument (List&lt;T&gt;, IEnumerable&lt;T&gt;).</summary>
    private static ITypeSymbol? ElementType(ITypeSymbol? type)
    {
        switch (type)
        {
            case IArrayTypeSymbol array:
                return array.ElementType;
            case INamedTypeSymbol { IsGenericType: true, TypeArguments.Length: 1 } generic
                when generic.OriginalDefinition.SpecialType == SpecialType.System_Nullable_T || RootNamespace.IsFramework(generic.ContainingNamespace):
                return generic.TypeArguments[0];
            default:
                return type;
        }
    }

    private static readonly AttributeNames WireNameAttributes = DeclaredAttributes.NamesOf(
        WellKnownNames.JsonPropertyNameAttribute, WellKnownNames.NewtonsoftJsonPropertyAttribute, WellKnownNames.DataMemberAttribute);

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

    /// <summary>
    /// string, string[], or a generic collection of strings (List&lt;string&gt;, IEnumerable&lt;string&gt;); for secrets
    /// also char[], byte[] and SecureString.
    /// </summary>
    private static bool CanHoldText(ITypeSymbol? type, bool forSecrets)
    {
        switch (type)
        {
            case null:
                return false;
            case IArrayTypeSymbol array:
                return array.ElementType.SpecialType == SpecialType.System_String
                    || (forSecrets && array.ElementType.SpecialType is SpecialType.System_Char or SpecialType.System_Byte);
            case INamedTypeSymbol { Name: "SecureString", ContainingNamespace.Name: "Security" } when forSecrets:
                return true;
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
        private readonly (INamedTypeSymbol? Type, LexiconEntry Entry)[] _personalTypes;

        public KnownTypes(Compilation compilation, UserLexicon lexicon)
        {
            Lexicon = lexicon;
            _personalTypes = new[]
            {
                (compilation.GetTypeByMetadataName("System.Net.IPAddress"), new LexiconEntry("ip address", DataCategory.IpAddress)),
                (compilation.GetTypeByMetadataName("System.Net.Mail.MailAddress"), new LexiconEntry("mail address", DataCategory.Email)),
                (compilation.GetTypeByMetadataName("System.Net.NetworkInformation.PhysicalAddress"), new LexiconEntry("physical address", DataCategory.DeviceId)),
            };
            DataClassificationAttribute = compilation.GetTypeByMetadataName(WellKnownNames.DataClassificationAttribute);
            JsonPropertyNameAttribute = compilation.GetTypeByMetadataName(WellKnownNames.JsonPropertyNameAttribute);
            NewtonsoftJsonPropertyAttribute = compilation.GetTypeByMetadataName(WellKnownNames.NewtonsoftJsonPropertyAttribute);
            DataMemberAttribute = compilation.GetTypeByMetadataName(WellKnownNames.DataMemberAttribute);
        }

        public UserLexicon Lexicon { get; }

        public INamedTypeSymbol? DataClassificationAttribute { get; }

        public INamedTypeSymbol? JsonPropertyNameAttribute { get; }

        public INamedTypeSymbol? NewtonsoftJsonPropertyAttribute { get; }

        public INamedTypeSymbol? DataMemberAttribute { get; }

        public static bool IsToolkitReferenced(Compilation compilation)
            => compilation.GetTypeByMetadataName(WellKnownNames.PersonalAttribute) is not null;

        public LexiconEntry? KnownPersonalType(INamedTypeSymbol type)
        {
            foreach (var (known, entry) in _personalTypes)
            {
                if (known is not null && SymbolEqualityComparer.Default.Equals(type, known))
                {
                    return entry;
                }
            }

            return null;
        }

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
