using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// A syntax look at the attributes written on a symbol's declarations, so the rules call
/// <see cref="ISymbol.GetAttributes"/> (which binds every attribute of the symbol) only where the syntax says an
/// attribute they care about may be there. Most members carry none, or only serializer attributes.
/// </summary>
/// <remarks>
/// Sound by construction: an attribute is excluded only when its written name can name none of the wanted types. A
/// name can reach a type through its simple name (with or without the <c>Attribute</c> suffix) or through a
/// <c>using</c> alias, so every alias name in the compilation counts as a possible match. Declarations of a shape this
/// does not know (none today) count as "may have".
/// </remarks>
internal static class DeclaredAttributes
{
    private const string Suffix = "Attribute";

    /// <summary>True when the symbol's declarations carry any attribute at all.</summary>
    public static bool MayHave(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var lists = ListsOf(reference.GetSyntax(cancellationToken));
            if (lists is not { } known || known.Count > 0)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The symbol's attributes, bound only when its declarations carry any (most members carry none). A symbol from
    /// metadata has no declarations to look at: its attributes are read as they are.
    /// </summary>
    public static ImmutableArray<AttributeData> BoundIfWritten(ISymbol symbol, CancellationToken cancellationToken)
        => symbol.DeclaringSyntaxReferences.IsEmpty || MayHave(symbol, cancellationToken)
            ? symbol.GetAttributes()
            : ImmutableArray<AttributeData>.Empty;

    /// <summary>
    /// True when an attribute written on the symbol's declarations may be one of <paramref name="names"/> (see
    /// <see cref="NamesOf"/>).
    /// </summary>
    public static bool MayHaveAny(ISymbol symbol, AttributeNames names, Compilation compilation, CancellationToken cancellationToken)
    {
        var aliases = UsingAliases.For(compilation);
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var lists = ListsOf(reference.GetSyntax(cancellationToken));
            if (lists is not { } known)
            {
                return true;
            }

            foreach (var list in known)
            {
                if (AnyMayBe(list, names, aliases))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when an attribute written in the list may name one of <paramref name="names"/>.</summary>
    public static bool AnyMayBe(AttributeListSyntax list, AttributeNames names, UsingAliases aliases)
    {
        foreach (var attribute in list.Attributes)
        {
            if (MayBe(attribute, names, aliases))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the written attribute may name one of <paramref name="names"/> (see <see cref="NamesOf"/>).</summary>
    public static bool MayBe(AttributeSyntax attribute, AttributeNames names, Compilation compilation)
        => MayBe(attribute, names, UsingAliases.For(compilation));

    /// <summary>
    /// As <see cref="MayBe(AttributeSyntax, AttributeNames, Compilation)"/>, with the compilation's aliases looked up
    /// once by a caller that checks many attributes.
    /// </summary>
    public static bool MayBe(AttributeSyntax attribute, AttributeNames names, UsingAliases aliases)
    {
        var written = SimpleName(attribute.Name);
        return written is null || names.Contains(written) || aliases.MayName(written);
    }

    /// <summary>
    /// The names an attribute type can be written with: <c>"A.B.FooAttribute"</c> → <c>Foo</c> and <c>FooAttribute</c>.
    /// </summary>
    public static AttributeNames NamesOf(params string[] metadataNames)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var metadataName in metadataNames)
        {
            var name = metadataName.Substring(metadataName.LastIndexOf('.') + 1);
            names.Add(name);
            names.Add(WithoutSuffix(name));
        }

        return new AttributeNames(names);
    }

    /// <summary>The attribute lists written on a declaration; null for a shape not known here.</summary>
    public static SyntaxList<AttributeListSyntax>? ListsOf(SyntaxNode node) => node switch
    {
        VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field } => field.AttributeLists,
        MemberDeclarationSyntax member => member.AttributeLists,
        ParameterSyntax parameter => parameter.AttributeLists,
        AccessorDeclarationSyntax accessor => accessor.AttributeLists,
        ArrowExpressionClauseSyntax => default(SyntaxList<AttributeListSyntax>), // the getter of `int P => 1;` cannot carry any
        _ => null,
    };

    private static string WithoutSuffix(string name)
        => name.Length > Suffix.Length && name.EndsWith(Suffix, StringComparison.Ordinal) ? name.Substring(0, name.Length - Suffix.Length) : name;

    /// <summary>The rightmost identifier of an attribute's name (<c>X.Y.Foo</c>, <c>global::Foo</c>, <c>Foo&lt;T&gt;</c> → <c>Foo</c>).</summary>
    private static string? SimpleName(NameSyntax name) => name switch
    {
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax aliased => aliased.Name.Identifier.ValueText,
        _ => null,
    };

    /// <summary>
    /// Every <c>using</c> alias name declared anywhere in a compilation (global, file or namespace scope), found once
    /// per compilation and held weakly by it.
    /// </summary>
    internal sealed class UsingAliases
    {
        private static readonly PerCompilation<UsingAliases> All = new(static c => new UsingAliases(c));

        private readonly HashSet<string> _names = new(StringComparer.Ordinal);

        private UsingAliases(Compilation compilation)
        {
            foreach (var tree in compilation.SyntaxTrees)
            {
                if (tree.GetRoot() is CompilationUnitSyntax root)
                {
                    Add(root.Usings);
                    AddFrom(root.Members);
                }
            }
        }

        public static UsingAliases For(Compilation compilation) => All.Get(compilation);

        /// <summary>
        /// Whether an attribute written as <paramref name="written"/> may be an alias: <c>[Ctl]</c> reaches an alias
        /// named <c>Ctl</c> or <c>CtlAttribute</c>, so both spellings of every alias are kept.
        /// </summary>
        public bool MayName(string written) => _names.Count > 0 && (_names.Contains(written) || _names.Contains(WithoutSuffix(written)));

        private void AddFrom(SyntaxList<MemberDeclarationSyntax> members)
        {
            foreach (var member in members)
            {
                if (member is BaseNamespaceDeclarationSyntax ns)
                {
                    Add(ns.Usings);
                    AddFrom(ns.Members);
                }
            }
        }

        private void Add(SyntaxList<UsingDirectiveSyntax> usings)
        {
            foreach (var directive in usings)
            {
                if (directive.Alias is { } alias)
                {
                    var name = alias.Name.Identifier.ValueText;
                    _names.Add(name);
                    _names.Add(WithoutSuffix(name));
                }
            }
        }
    }
}

/// <summary>
/// The names attribute types can be written with (<see cref="DeclaredAttributes.NamesOf"/>): a set that is never
/// changed after it is built, so any number of analyzer threads may read it.
/// </summary>
internal sealed class AttributeNames
{
    private readonly HashSet<string> _names;

    public AttributeNames(HashSet<string> names) => _names = names;

    public bool Contains(string writtenName) => _names.Contains(writtenName);
}
