using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrackLayer.ControlsAsCode.Analyzers;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.CodeFixes;

/// <summary>
/// TLC3002: replaces a 2013 control id literal with its 2022 successor. Where one 2013 control became several 2022
/// controls (18.2.3 → 5.36 and 8.8) it offers one action per choice: only a person knows which one was meant.
/// </summary>
/// <remarks>
/// Fix All: the plain action ("the one successor") fixes every id that has exactly one successor; a choice action
/// ("use 5.36") fixes every id that offers that same choice. Ids given through a constant are not rewritten: the
/// constant may be used elsewhere.
/// </remarks>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ReplaceIso2013ControlIdCodeFix))]
[Shared]
public sealed class ReplaceIso2013ControlIdCodeFix : CodeFixProvider
{
    /// <summary>Equivalence key of the action for a 2013 id with a single successor.</summary>
    public const string SingleSuccessorKey = nameof(ReplaceIso2013ControlIdCodeFix);

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.Iso2013ControlId);

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

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
            if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.SuggestionsProperty, out var joined)
                || string.IsNullOrEmpty(joined)
                || FindLiteral(root, diagnostic) is null)
            {
                continue;
            }

            var successors = joined!.Split(new[] { DiagnosticDescriptors.SuggestionSeparator }, System.StringSplitOptions.RemoveEmptyEntries);
            foreach (var successor in successors)
            {
                var title = ControlCatalog.TryGet(successor, out var control)
                    ? "Use the 2022 control " + control.Id + " (" + control.Title + ")"
                    : "Use the 2022 control " + successor;
                var key = successors.Length == 1 ? SingleSuccessorKey : SingleSuccessorKey + ":" + successor;
                context.RegisterCodeFix(
                    CodeAction.Create(title, ct => ReplaceAsync(context.Document, diagnostic, successor, ct), key),
                    diagnostic);
            }
        }
    }

    private static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
           && literal.IsKind(SyntaxKind.StringLiteralExpression)
            ? literal
            : null;

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, string successor, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || FindLiteral(root, diagnostic) is not { } literal)
        {
            return document;
        }

        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(successor))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
