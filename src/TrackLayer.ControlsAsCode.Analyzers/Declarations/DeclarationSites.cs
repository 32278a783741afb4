using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TrackLayer.ControlsAsCode.Analyzers.Declarations;

/// <summary>
/// One attribute list in a file that may hold a declaration attribute, with the declaration it is written on. Twelve
/// declaration rules look at the same sites: what a site resolves to (its symbol, whether it is generated code, its
/// attributes) is worked out by the first rule that asks and kept here.
/// </summary>
internal sealed class DeclarationSite
{
    private Resolved? _resolved;

    public DeclarationSite(AttributeListSyntax list, SyntaxNode owner)
    {
        List = list;
        Owner = owner;
    }

    public AttributeListSyntax List { get; }

    /// <summary>The type, member, accessor or record parameter the list is written on; the compilation unit for <c>[assembly: ...]</c>.</summary>
    public SyntaxNode Owner { get; }

    public bool IsOnAssembly => Owner is CompilationUnitSyntax && List.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true;

    /// <summary>
    /// The symbol the list's attributes belong to (the assembly for <c>[assembly: ...]</c>; for a record's positional
    /// parameter, the property generated from it); null where nothing binds, or where the symbol is marked
    /// <c>[GeneratedCode]</c> (see <see cref="DeclarationSites.IsMarkedGenerated"/>).
    /// </summary>
    public ISymbol? Symbol(SemanticModel model, CancellationToken cancellationToken) => Resolve(model, cancellationToken).Symbol;

    /// <summary>The symbol's attributes that are written in this list (a symbol may have several lists, and parts).</summary>
    public ImmutableArray<AttributeData> Attributes(SemanticModel model, CancellationToken cancellationToken) => Resolve(model, cancellationToken).Attributes;

    private Resolved Resolve(SemanticModel model, CancellationToken cancellationToken)
    {
        // Rules racing here resolve the same site to the same answer; whichever is stored first is kept.
        var resolved = Volatile.Read(ref _resolved);
        if (resolved is null)
        {
            var symbol = Bind(model, cancellationToken);
            resolved = symbol is null || DeclarationSites.IsMarkedGenerated(symbol)
                ? Resolved.Nothing
                : new Resolved(symbol, AttributesIn(symbol));
            resolved = Interlocked.CompareExchange(ref _resolved, resolved, null) ?? resolved;
        }

        return resolved;
    }

    private ISymbol? Bind(SemanticModel model, CancellationToken cancellationToken)
    {
        switch (Owner)
        {
            case CompilationUnitSyntax:
                return IsOnAssembly ? model.Compilation.Assembly : null;
            case BaseFieldDeclarationSyntax field:
                // The attributes of `int a, b;` belong to both fields alike: the first stands for them.
                return field.Declaration.Variables.Count > 0 ? model.GetDeclaredSymbol(field.Declaration.Variables[0], cancellationToken) : null;
            case ParameterSyntax parameter:
                return GeneratedProperty(model.GetDeclaredSymbol(parameter, cancellationToken) as IParameterSymbol, parameter);
            default:
                return model.GetDeclaredSymbol(Owner, cancellationToken);
        }
    }

    private ImmutableArray<AttributeData> AttributesIn(ISymbol symbol)
    {
        var builder = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in symbol.GetAttributes())
        {
            var reference = attribute.ApplicationSyntaxReference;
            if (reference is not null && reference.SyntaxTree == List.SyntaxTree && List.Span.Contains(reference.Span))
            {
                builder.Add(attribute);
            }
        }

        return builder.ToImmutable();
    }

    private static IPropertySymbol? GeneratedProperty(IParameterSymbol? parameter, ParameterSyntax syntax)
    {
        if (parameter?.ContainingSymbol.ContainingType is not { IsRecord: true } record)
        {
            return null;
        }

        foreach (var member in record.GetMembers(parameter.Name))
        {
            if (member is IPropertySymbol property)
            {
                foreach (var reference in property.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == syntax.SyntaxTree && reference.Span == syntax.Span)
                    {
                        return property;
                    }
                }
            }
        }

        return null;
    }

    private sealed class Resolved
    {
        public static readonly Resolved Nothing = new(null, ImmutableArray<AttributeData>.Empty);

        public Resolved(ISymbol? symbol, ImmutableArray<AttributeData> attributes)
        {
            Symbol = symbol;
            Attributes = attributes;
        }

        public ISymbol? Symbol { get; }

        public ImmutableArray<AttributeData> Attributes { get; }
    }
}

/// <summary>
/// Where declaration attributes may be written, file by file: found by one syntax walk per file (types and members,
/// never method bodies) and shared by every declaration rule through the compilation, so each rule looks at a
/// handful of lists instead of at every symbol. Nothing is bound here (see <see cref="DeclaredAttributes"/>).
/// </summary>
internal sealed class DeclarationSites
{
    private static readonly PerCompilation<DeclarationSites> All = new(static _ => new DeclarationSites());

    private static readonly AttributeNames Names = DeclarationTypes.WrittenNames(new[]
    {
        DeclarationKind.ApplicableControl,
        DeclarationKind.ExcludedControl,
        DeclarationKind.ImplementsControl,
        DeclarationKind.Destination,
        DeclarationKind.CertificationStatus,
    });

    private static readonly DeclarationSite[] None = new DeclarationSite[0];

    private readonly ConcurrentDictionary<SyntaxTree, DeclarationSite[]> _byTree = new();
    private readonly ConcurrentDictionary<AttributeData, SourceDeclaration?> _declarations = new();

    private static DeclarationSites For(Compilation compilation) => All.Get(compilation);

    /// <summary>The sites in one file of the compilation, found on the first call for that file.</summary>
    public static DeclarationSite[] In(CompilationUnitSyntax root, Compilation compilation)
    {
        var sites = For(compilation);
        return sites._byTree.TryGetValue(root.SyntaxTree, out var found)
            ? found
            : sites._byTree.GetOrAdd(root.SyntaxTree, Walker.Walk(root, compilation));
    }

    /// <summary>
    /// A declaration attribute read (<see cref="SourceDeclaration.TryRead"/>) once per compilation, however many rules
    /// ask: each declaration rule reads and validates the same attributes and keeps only its own problems.
    /// </summary>
    public static SourceDeclaration? Read(AttributeData attribute, DeclarationTypes types, ISymbol? declaredOn, Compilation compilation, CancellationToken cancellationToken)
        => For(compilation)._declarations.GetOrAdd(
            attribute, a => SourceDeclaration.TryRead(a, types, DeclarationRule.DeclaredOn(declaredOn), cancellationToken));

    /// <summary>
    /// True when the symbol or a type containing it is marked <c>[GeneratedCode]</c>: the compiler skips such code for
    /// symbol actions, and a file-wide syntax action must skip it itself (see <see cref="GeneratedCodeFilter"/>).
    /// </summary>
    public static bool IsMarkedGenerated(ISymbol symbol)
    {
        for (var current = symbol; current is not null and not INamespaceSymbol and not IAssemblySymbol; current = current.ContainingSymbol)
        {
            foreach (var attribute in current.GetAttributes())
            {
                if (attribute.AttributeClass is { Name: "GeneratedCodeAttribute", ContainingNamespace: { Name: "Compiler", ContainingNamespace.Name: "CodeDom" } })
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Finds a file's sites: types and members only, never method bodies; most files have none.</summary>
    private sealed class Walker
    {
        private readonly DeclaredAttributes.UsingAliases _aliases;
        private List<DeclarationSite>? _sites;

        private Walker(Compilation compilation) => _aliases = DeclaredAttributes.UsingAliases.For(compilation);

        public static DeclarationSite[] Walk(CompilationUnitSyntax root, Compilation compilation)
        {
            var walker = new Walker(compilation);
            walker.Add(root.AttributeLists, root);
            walker.Walk(root.Members);
            return walker._sites?.ToArray() ?? None;
        }

        private void Walk(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
            {
                switch (member)
                {
                    case BaseNamespaceDeclarationSyntax ns:
                        Walk(ns.Members);
                        break;
                    case TypeDeclarationSyntax type:
                        Add(type.AttributeLists, type);
                        if (type.ParameterList is { } parameters)
                        {
                            foreach (var parameter in parameters.Parameters)
                            {
                                Add(parameter.AttributeLists, parameter);
                            }
                        }

                        Walk(type.Members);
                        break;
                    case BasePropertyDeclarationSyntax property:
                        Add(property.AttributeLists, property);
                        if (property.AccessorList is { } accessors)
                        {
                            foreach (var accessor in accessors.Accessors)
                            {
                                Add(accessor.AttributeLists, accessor);
                            }
                        }

                        break;
                    default:
                        Add(member.AttributeLists, member);
                        break;
                }
            }
        }

        private void Add(SyntaxList<AttributeListSyntax> lists, SyntaxNode owner)
        {
            foreach (var list in lists)
            {
                if (DeclaredAttributes.AnyMayBe(list, Names, _aliases))
                {
                    (_sites ??= new List<DeclarationSite>()).Add(new DeclarationSite(list, owner));
                }
            }
        }
    }
}
