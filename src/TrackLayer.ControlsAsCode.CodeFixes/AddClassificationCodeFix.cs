using System.Collections.Generic;
using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using TrackLayer.ControlsAsCode.Analyzers;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.CodeFixes;

/// <summary>
/// TLC1001: classifies the member. For personal data it offers <c>[Personal(DataCategory.X)]</c> (first, the default),
/// <c>[Pseudonymised(DataCategory.X)]</c> and <c>[NonPersonal]</c>, with the category the analyzer suggested (carried
/// in the diagnostic's properties, so the lexicon does not run again); for a secret, <c>[Credential]</c> and
/// <c>[NonPersonal]</c>. Adds <c>using TrackLayer.ControlsAsCode;</c> when it is missing. On a record positional
/// parameter the attribute goes on the parameter, where the analyzer accepts it.
/// </summary>
/// <remarks>
/// Each alternative has its own equivalence key, so Fix All applies the chosen one: "Personal" fixes every personal
/// member (and leaves secrets alone), "Credential" every secret, "NonPersonal" everything.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddClassificationCodeFix))]
[Shared]
public sealed class AddClassificationCodeFix : CodeFixProvider
{

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UnclassifiedPersonalData);

    /// <inheritdoc />
    /// <remarks>
    /// One pass per document: every member gets its attribute and the using is added once. (The batch fixer merges
    /// each fix's text changes and drops those that touch the same place, such as the using and neighbouring record
    /// parameters.)
    /// </remarks>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) =>
            FixDocumentAsync(document, diagnostics, KindOf(context.CodeActionEquivalenceKey), context.CancellationToken));

    /// <summary>The classifications the fix can add.</summary>
    internal enum Kind
    {
        Personal,
        Pseudonymised,
        NonPersonal,
        Credential,
    }

    private const string KeyPrefix = nameof(AddClassificationCodeFix) + ".";

    private static Kind? KindOf(string? equivalenceKey)
    {
        if (equivalenceKey is null || !equivalenceKey.StartsWith(KeyPrefix, System.StringComparison.Ordinal))
        {
            return null;
        }

        return System.Enum.TryParse<Kind>(equivalenceKey.Substring(KeyPrefix.Length), out var kind) ? kind : null;
    }

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root is null)
        {
            return;
        }

        foreach (var diagnostic in context.Diagnostics)
        {
            var category = GetCategory(diagnostic);
            if (category is null || FindTarget(root, diagnostic.Location.SourceSpan) is null)
            {
                continue;
            }

            var kinds = category == DiagnosticDescriptors.CredentialSuggestion
                ? new[] { Kind.Credential, Kind.NonPersonal }
                : new[] { Kind.Personal, Kind.Pseudonymised, Kind.NonPersonal };
            foreach (var kind in kinds)
            {
                context.RegisterCodeFix(
                    CodeAction.Create(
                        "Classify as " + AttributeText(kind, category),
                        ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), kind, ct)!,
                        equivalenceKey: KeyPrefix + kind),
                    diagnostic);
            }
        }
    }

    private static string? GetCategory(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticDescriptors.CategoryProperty, out var category)
           && !string.IsNullOrEmpty(category)
           && SyntaxFacts.IsValidIdentifier(category)
            ? category
            : null;

    /// <summary>The declaration an attribute list can go on: a property, a single-variable field, or a parameter.</summary>
    private static SyntaxNode? FindTarget(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var token = root.FindToken(span.Start);
        for (var node = token.Parent; node is not null; node = node.Parent)
        {
            switch (node)
            {
                case PropertyDeclarationSyntax:
                case ParameterSyntax:
                    return node;
                case VariableDeclaratorSyntax declarator:
                    // `string Email, Phone;` would need two different attributes on one declaration: no fix offered.
                    return declarator.Parent?.Parent is FieldDeclarationSyntax field && field.Declaration.Variables.Count == 1
                        ? field
                        : null;
                case MemberDeclarationSyntax:
                    return null;
            }
        }

        return null;
    }

    private static string AttributeText(Kind kind, string category) => kind switch
    {
        Kind.Personal => "[Personal(DataCategory." + category + ")]",
        Kind.Pseudonymised => "[Pseudonymised(DataCategory." + category + ")]",
        Kind.Credential => "[Credential]",
        _ => "[NonPersonal]",
    };

    /// <summary>Whether <paramref name="kind"/> fits a diagnostic whose suggestion is <paramref name="category"/>.</summary>
    private static bool Applies(Kind kind, string category)
    {
        var isCredential = category == DiagnosticDescriptors.CredentialSuggestion;
        return kind switch
        {
            Kind.Credential => isCredential,
            Kind.NonPersonal => true,
            _ => !isCredential,
        };
    }

    private static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, Kind? kind, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        if (kind is null)
        {
            return document;
        }

        var categories = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            var category = GetCategory(diagnostic);
            var target = FindTarget(root, diagnostic.Location.SourceSpan);
            if (category is not null && target is not null && Applies(kind.Value, category) && !categories.ContainsKey(target))
            {
                categories.Add(target, category);
            }
        }

        if (categories.Count == 0)
        {
            return document;
        }

        var newLine = CodeFixSyntax.NewLineOf(root);
        var needsUsing = !CodeFixSyntax.IsApiInScope(semanticModel, categories.Keys.First().SpanStart, "PersonalAttribute");
        var newRoot = root.ReplaceNodes(categories.Keys, (original, rewritten) => AddAttribute(rewritten, CreateAttribute(kind.Value, categories[original]), newLine));
        if (needsUsing)
        {
            newRoot = CodeFixSyntax.WithApiUsing(newRoot);
        }

        var newDocument = document.WithSyntaxRoot(newRoot);
        return await Formatter.FormatAsync(newDocument, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static AttributeListSyntax CreateAttribute(Kind kind, string category)
    {
        var attribute = kind switch
        {
            Kind.Personal or Kind.Pseudonymised => SyntaxFactory.Attribute(
                SyntaxFactory.IdentifierName(kind.ToString()),
                SyntaxFactory.AttributeArgumentList(
                    SyntaxFactory.SingletonSeparatedList(
                        SyntaxFactory.AttributeArgument(
                            SyntaxFactory.MemberAccessExpression(
                                SyntaxKind.SimpleMemberAccessExpression,
                                SyntaxFactory.IdentifierName("DataCategory"),
                                SyntaxFactory.IdentifierName(category)))))),
            _ => SyntaxFactory.Attribute(SyntaxFactory.IdentifierName(kind.ToString())),
        };
        return SyntaxFactory.AttributeList(SyntaxFactory.SingletonSeparatedList(attribute));
    }

    private static SyntaxNode AddAttribute(SyntaxNode target, AttributeListSyntax attribute, SyntaxTrivia newLine)
    {

        return target switch
        {
            PropertyDeclarationSyntax property => AddAttributeList(property, attribute, newLine).WithAdditionalAnnotations(Formatter.Annotation),
            FieldDeclarationSyntax field => AddAttributeList(field, attribute, newLine).WithAdditionalAnnotations(Formatter.Annotation),

            // A record positional parameter: inline, where the analyzer accepts it (it also accepts [property: ...]).
            ParameterSyntax parameter => parameter
                .WithoutLeadingTrivia()
                .AddAttributeLists(attribute.WithTrailingTrivia(SyntaxFactory.Space))
                .WithLeadingTrivia(parameter.GetLeadingTrivia()),
            _ => target,
        };
    }

    private static T AddAttributeList<T>(T member, AttributeListSyntax attribute, SyntaxTrivia newLine)
        where T : MemberDeclarationSyntax
    {
        // Move the member's leading trivia (indentation, doc comment) in front of the new attribute list.
        var leading = member.GetLeadingTrivia();
        var withAttribute = (T)member.WithoutLeadingTrivia().AddAttributeLists(attribute.WithTrailingTrivia(newLine));
        return withAttribute.WithLeadingTrivia(leading);
    }
}
