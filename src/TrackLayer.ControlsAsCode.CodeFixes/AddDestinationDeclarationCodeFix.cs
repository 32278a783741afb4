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

        // The document's own line ending, so a fix does not mix CRLF into an LF file.
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        var newLine = endOfLine.IsKind(SyntaxKind.EndOfLineTrivia)
            ? SyntaxFactory.ElasticEndOfLine(endOfLine.ToString())
            : SyntaxFactory.ElasticCarriageReturnLineFeed;

        var needsUsing = !IsNamespaceInScope(semanticModel, ids.Keys.First().SpanStart);
        var newRoot = root.ReplaceNodes(ids.Keys, (original, rewritten) => AddSkeleton((TypeDeclarationSyntax)rewritten, ids[original], newLine));
        if (needsUsing && newRoot is CompilationUnitSyntax compilationUnit)
        {
            newRoot = compilationUnit.AddUsings(
                SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(WellKnownNames.Namespace)).WithAdditionalAnnotations(Formatter.Annotation));
        }

        return await Formatter.FormatAsync(document.WithSyntaxRoot(newRoot), Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    private static SyntaxNode AddSkeleton(TypeDeclarationSyntax type, string id, SyntaxTrivia newLine)
    {
        static AttributeArgumentSyntax Empty(string name) => SyntaxFactory.AttributeArgument(
            SyntaxFactory.NameEquals(name),
            null,
            SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal("")));

        var attribute = SyntaxFactory.AttributeList(
            SyntaxFactory.SingletonSeparatedList(
                SyntaxFactory.Attribute(
                    SyntaxFactory.IdentifierName("Destination"),
                    SyntaxFactory.AttributeArgumentList(
                        SyntaxFactory.SeparatedList(new[]
                        {
                            SyntaxFactory.AttributeArgument(SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(id))),
                            Empty("Owner"),
                            Empty("Purpose"),
                            Empty("Retention"),
                        })))));

        // The type's leading trivia (indentation, doc comment) goes in front of the new attribute list.
        var leading = type.GetLeadingTrivia();
        var withAttribute = type.WithoutLeadingTrivia().AddAttributeLists(attribute.WithTrailingTrivia(newLine));
        return withAttribute.WithLeadingTrivia(leading).WithAdditionalAnnotations(Formatter.Annotation);
    }

    /// <summary>True when <c>Destination</c> already binds at the position (a using, a global using, or the namespace itself).</summary>
    private static bool IsNamespaceInScope(SemanticModel semanticModel, int position)
        => semanticModel.LookupNamespacesAndTypes(position, name: "DestinationAttribute")
            .Any(s => s is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == WellKnownNames.Namespace);
}
