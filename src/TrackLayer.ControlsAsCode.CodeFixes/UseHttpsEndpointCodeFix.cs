using System.Collections.Immutable;
using System.Composition;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Validation;

namespace TrackLayer.ControlsAsCode.CodeFixes;

/// <summary>
/// TLC2004: rewrites a plain <c>http://</c> endpoint literal to <c>https://</c>. Offered only on a string literal:
/// an endpoint given through a constant is rewritten where the constant is declared, by hand.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseHttpsEndpointCodeFix))]
[Shared]
public sealed class UseHttpsEndpointCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.PlainHttpEndpoint);

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
            if (FindLiteral(root, diagnostic) is null)
            {
                continue;
            }

            context.RegisterCodeFix(
                CodeAction.Create("Use https://", ct => ReplaceAsync(context.Document, diagnostic, ct), nameof(UseHttpsEndpointCodeFix)),
                diagnostic);
        }
    }

    private static LiteralExpressionSyntax? FindLiteral(SyntaxNode root, Diagnostic diagnostic)
        => root.FindNode(diagnostic.Location.SourceSpan, getInnermostNodeForTie: true) is LiteralExpressionSyntax literal
           && literal.IsKind(SyntaxKind.StringLiteralExpression)
           && DeclarationValidator.IsPlainHttp(literal.Token.ValueText)
            ? literal
            : null;

    private static async Task<Document> ReplaceAsync(Document document, Diagnostic diagnostic, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        if (root is null || FindLiteral(root, diagnostic) is not { } literal)
        {
            return document;
        }

        var https = DeclarationValidator.ToHttps(literal.Token.ValueText);
        var replacement = SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(https))
            .WithTriviaFrom(literal);
        return document.WithSyntaxRoot(root.ReplaceNode(literal, replacement));
    }
}
