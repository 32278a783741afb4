using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>A <c>[Destination]</c> declaration read from a symbol, with the host of its endpoint.</summary>
internal sealed class DeclaredDestination
{
    public DeclaredDestination(DestinationDeclaration declaration, string? host, INamedTypeSymbol? declaringType)
    {
        Declaration = declaration;
        Host = host;
        DeclaringType = declaringType;
    }

    public DestinationDeclaration Declaration { get; }

    /// <summary>The host of <see cref="DestinationDeclaration.Endpoint"/>, when there is one.</summary>
    public string? Host { get; }

    /// <summary>The type that carries the declaration (null for an assembly-level one).</summary>
    public INamedTypeSymbol? DeclaringType { get; }

    /// <summary>Reads one <c>[Destination]</c>; tolerant of half-typed attributes (missing or wrongly typed arguments).</summary>
    public static DeclaredDestination Read(AttributeData attribute, INamedTypeSymbol? declaringType)
    {
        var declaration = SourceDeclaration.ReadDestination(attribute, declaringType?.ToDisplayString() ?? "assembly");
        return new DeclaredDestination(declaration, UrlValue.HostOfEndpoint(declaration.Endpoint), declaringType);
    }

    /// <summary>The declaration's name for messages: its id, or the type that carries it.</summary>
    public string DisplayName => Declaration.Id.Length > 0 ? Declaration.Id : Declaration.DeclaredOn;
}

/// <summary>
/// Every destination declared in the compilation and in the referenced assemblies that use the toolkit (assembly-level
/// attributes and types), gathered once per compilation, before any diagnostic needs it, so TLC2101 shows live.
/// </summary>
internal sealed class DeclaredDestinations
{
    private readonly ImmutableArray<DeclaredDestination> _all;

    private DeclaredDestinations(ImmutableArray<DeclaredDestination> all)
    {
        _all = all;
    }

    public ImmutableArray<DeclaredDestination> All => _all;

    /// <summary>The declaration whose endpoint covers the host most specifically (exact host, else the longest parent domain).</summary>
    public DeclaredDestination? FindCovering(string host)
    {
        DeclaredDestination? best = null;
        foreach (var destination in _all)
        {
            if (destination.Host is not null
                && UrlValue.Covers(destination.Host, host)
                && (best is null || destination.Host.Length > best.Host!.Length))
            {
                best = destination;
            }
        }

        return best;
    }

    /// <summary>The declarations on a type or, failing that, on its containing types.</summary>
    public static ImmutableArray<DeclaredDestination> OnTypeOrContainers(INamedTypeSymbol? type, INamedTypeSymbol destinationAttribute, Compilation compilation)
    {
        for (var t = type; t is not null; t = t.ContainingType)
        {
            var found = ImmutableArray.CreateBuilder<DeclaredDestination>();
            AddDestinations(DestinationAttributesOf(t, compilation, SymbolEqualityComparer.Default.Equals(t.ContainingAssembly, compilation.Assembly)), t, destinationAttribute, found);

            if (found.Count > 0)
            {
                return found.ToImmutable();
            }
        }

        return ImmutableArray<DeclaredDestination>.Empty;
    }

    public static DeclaredDestinations Collect(Compilation compilation, INamedTypeSymbol destinationAttribute)
    {
        var all = ImmutableArray.CreateBuilder<DeclaredDestination>();
        Collect(compilation.Assembly, destinationAttribute, compilation, inSource: true, all);

        var toolkit = destinationAttribute.ContainingAssembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            // Only assemblies built against the toolkit can declare destinations: the framework is never walked.
            if (References(assembly, toolkit))
            {
                Collect(assembly, destinationAttribute, compilation, inSource: false, all);
            }
        }

        return new DeclaredDestinations(all.ToImmutable());
    }

    private static bool References(IAssemblySymbol assembly, IAssemblySymbol toolkit)
    {
        if (SymbolEqualityComparer.Default.Equals(assembly, toolkit))
        {
            return false;
        }

        // The identities the metadata lists, not the referenced symbols: asking each of a project's hundreds of
        // references for its referenced symbols binds them all, milliseconds in a fresh compiler process.
        foreach (var module in assembly.Modules)
        {
            foreach (var referenced in module.ReferencedAssemblies)
            {
                if (referenced.Name == toolkit.Identity.Name)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <param name="inSource">The compilation's own assembly: its types are found through the syntax (see <see cref="CollectSourceTypes"/>).</param>
    private static void Collect(IAssemblySymbol assembly, INamedTypeSymbol destinationAttribute, Compilation compilation, bool inSource, ImmutableArray<DeclaredDestination>.Builder all)
    {
        AddDestinations(assembly.GetAttributes(), null, destinationAttribute, all);
        if (inSource)
        {
            CollectSourceTypes(compilation, destinationAttribute, all);
            return;
        }

        var namespaces = new Stack<INamespaceSymbol>();
        namespaces.Push(assembly.GlobalNamespace);
        while (namespaces.Count > 0)
        {
            var ns = namespaces.Pop();
            foreach (var member in ns.GetMembers())
            {
                if (member is INamespaceSymbol child)
                {
                    namespaces.Push(child);
                }
                else if (member is INamedTypeSymbol type)
                {
                    CollectType(type, destinationAttribute, all);
                }
            }
        }
    }

    /// <summary>
    /// The compilation's own types that carry a <c>[Destination]</c>, file by file in the compilation's order. They are
    /// found from the declaration sites (<see cref="DeclarationSites"/>: one syntax walk per file, which the declaration
    /// rules make anyway), so only the few types whose attribute lists may name ours become symbols: walking every type
    /// symbol of a 500-file compilation cost more than the rest of the egress rules' shared state together.
    /// </summary>
    private static void CollectSourceTypes(Compilation compilation, INamedTypeSymbol destinationAttribute, ImmutableArray<DeclaredDestination>.Builder all)
    {
        var aliases = DeclaredAttributes.UsingAliases.For(compilation);
        var seen = new HashSet<ISymbol>(SymbolEqualityComparer.Default);
        foreach (var tree in compilation.SyntaxTrees)
        {
            foreach (var site in DeclarationSites.In(tree.GetCompilationUnitRoot(), compilation))
            {
                // A type with several parts, or several lists, is read once: its attributes come from all its parts.
                if (DeclaredAttributes.AnyMayBe(site.List, DestinationNames, aliases) && DeclaredType(site.Owner, compilation) is { } type && seen.Add(type))
                {
                    AddDestinations(type.GetAttributes(), type, destinationAttribute, all);
                }
            }
        }
    }

    /// <summary>
    /// The type a type declaration declares, found by name in the compilation's declarations (no semantic model: the
    /// compiler's name index makes only the types of that name into symbols); null for a member or the assembly.
    /// </summary>
    private static INamedTypeSymbol? DeclaredType(SyntaxNode owner, Compilation compilation)
    {
        var name = owner switch
        {
            BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
            DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
            _ => null,
        };
        if (name is null)
        {
            return null;
        }

        foreach (var symbol in compilation.GetSymbolsWithName(name, SymbolFilter.Type))
        {
            if (symbol is INamedTypeSymbol type)
            {
                foreach (var reference in type.DeclaringSyntaxReferences)
                {
                    if (reference.SyntaxTree == owner.SyntaxTree && reference.Span == owner.Span)
                    {
                        return type;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>Adds the <c>[Destination]</c>s among the attributes of <paramref name="declaringType"/> (null: the assembly).</summary>
    private static void AddDestinations(ImmutableArray<AttributeData> attributes, INamedTypeSymbol? declaringType, INamedTypeSymbol destinationAttribute, ImmutableArray<DeclaredDestination>.Builder all)
    {
        foreach (var attribute in attributes)
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, destinationAttribute))
            {
                all.Add(DeclaredDestination.Read(attribute, declaringType));
            }
        }
    }

    /// <summary>A referenced assembly's type and its nested types (metadata: attributes are read as they are).</summary>
    private static void CollectType(INamedTypeSymbol type, INamedTypeSymbol destinationAttribute, ImmutableArray<DeclaredDestination>.Builder all)
    {
        AddDestinations(type.GetAttributes(), type, destinationAttribute, all);
        foreach (var nested in type.GetTypeMembers())
        {
            CollectType(nested, destinationAttribute, all);
        }
    }

    /// <summary>
    /// A type's attributes where a <c>[Destination]</c> may be among them: the compilation's own types' are bound only
    /// when their syntax may carry one (walking every type of the compilation must not bind every type's attributes).
    /// </summary>
    /// <param name="inSource">The type is the compilation's own: its attributes are bound only where the syntax may name ours.</param>
    private static ImmutableArray<AttributeData> DestinationAttributesOf(INamedTypeSymbol type, Compilation compilation, bool inSource)
        => !inSource || DeclaredAttributes.MayHaveAny(type, DestinationNames, compilation, default)
            ? type.GetAttributes()
            : ImmutableArray<AttributeData>.Empty;

    private static readonly AttributeNames DestinationNames = DeclaredAttributes.NamesOf(WellKnownNames.DestinationAttribute);
}
