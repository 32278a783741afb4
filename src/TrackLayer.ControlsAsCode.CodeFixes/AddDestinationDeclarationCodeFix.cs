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
/// TLC2001: adds a <c>[Destination("id", Owner = "", Purpose = "", Retention = "")]</c> skeleton to the type, with the
/// id suggested from the type name, and <c>using TrackLayer.ControlsAsCode;</c> when it is missing.
/// </summary>
/// <remarks>
/// The owner, purpose and retention are left empty on purpose: an invented value would end up in the destination
/// inventory as if someone had decided it, while empty values keep TLC2002 pointing at what still has to be filled in.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(AddDestinationDeclarationCodeFix))]
[Shared]
public sealed class AddDestinationDeclarationCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.DestinationWithoutDeclaration);

    /// <inheritdoc />
    /// <remarks>One pass per document, so the using directive is added once however many types get a skeleton.</remarks>
    public override FixAllProvider GetFixAllProvider()
        => FixAllProvider.Create((context, document, diagnostics) => FixDocumentAsync(document, diagnostics, context.CancellationToken));

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
            if (GetId(diagnostic) is null || FindType(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create(
                    "Add a [Destination] declaration",
                    ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!,
                    equivalenceKey: nameof(AddDestinationDeclarationCodeFix)),
                diagnostic);
        }
    }

    private static string? GetId(Diagnostic diagnostic)
        => diagnostic.Properties.TryGetValue(DiagnosticDescriptors.DestinationIdProperty, out var id) && !string.IsNullOrEmpty(id) ? id : null;

    private static TypeDeclarationSyntax? FindType(SyntaxNode root, Diagnostic diagnostic)
        => root.FindToken(diagnostic.Location.SourceSpan.Start).Parent as TypeDeclarationSyntax;

    private static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || semanticModel is null)
        {
            return document;
        }

        var ids = new Dictionary<SyntaxNode, string>();
        foreach (var diagnostic in diagnostics)
        {
            if (GetId(diagnostic) is { } id && FindType(root, diagnostic) is { } type && !ids.ContainsKey(type))
            {
                ids.Add(type, id);
            }
        }

        if (ids.Count == 0)
        {
            return document;
        }

        var newLine = CodeFixSyntax.NewLineOf(root);
        var needsUsing = !CodeFixSyntax.IsApiInScope(semanticModel, ids.Keys.First().SpanStart, "DestinationAttribute");
        var newRoot = root.ReplaceNodes(ids.Keys, (original, rewritten) => AddSkeleton((TypeDeclarationSyntax)rewritten, ids[original], newLine));
        if (needsUsing)
        {
            newRoot = CodeFixSyntax.WithApiUsing(newRoot);
        }

        return await Formatter.FormatAsync(document.WithSyntaxRoot(newRoot), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static SyntaxNode AddSkeleton(TypeDeclarationSyntax type, string id, SyntaxTrivia newLine)
    {
        var attribute = CodeFixSyntax.DestinationSkeleton(id, endpoint: null);

        // The type's leading trivia (indentation, doc comment) goes in front of the new attribute list.
        var leading = type.GetLeadingTrivia();
        var withAttribute = type.WithoutLeadingTrivia().AddAttributeLists(attribute.WithTrailingTrivia(newLine));
        return withAttribute.WithLeadingTrivia(leading).WithAdditionalAnnotations(Formatter.Annotation);
    }
}
