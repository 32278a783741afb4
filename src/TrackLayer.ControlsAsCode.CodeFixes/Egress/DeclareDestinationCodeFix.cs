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

namespace TrackLayer.ControlsAsCode.CodeFixes.Egress;

/// <summary>
/// TLC2101: declares the called host as a destination, on the type that makes the call (or at assembly level from
/// top-level statements and interfaces):
/// <c>[Destination("host", Endpoint = "https://host", Owner = "", Purpose = "", Retention = "")]</c>.
/// Owner, purpose and retention are left empty on purpose: a fix must not invent compliance facts, and the
/// destination rules keep warning until someone fills them in.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(DeclareDestinationCodeFix))]
[Shared]
public sealed class DeclareDestinationCodeFix : CodeFixProvider
{
    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ImmutableArray.Create(DiagnosticIds.UndeclaredEgress);

    /// <inheritdoc />
    /// <remarks>One pass per document, so several hosts on one type and the using are added once each.</remarks>
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
            if (GetHost(diagnostic, out var host, out _) is false)
            {
                continue;
            }

            var target = FindTarget(root, diagnostic.Location.SourceSpan);
            var where = target is null ? "at assembly level" : "on '" + target.Identifier.ValueText + "'";
            context.RegisterCodeFix(
                CodeAction.Create(
                    "Declare destination '" + host + "' " + where,
                    ct => FixDocumentAsync(context.Document, ImmutableArray.Create(diagnostic), ct)!,
                    equivalenceKey: nameof(DeclareDestinationCodeFix)),
                diagnostic);
        }
    }

    private static bool GetHost(Diagnostic diagnostic, out string host, out string endpoint)
    {
        host = endpoint = string.Empty;
        if (!diagnostic.Properties.TryGetValue(DiagnosticDescriptors.HostProperty, out var h) || string.IsNullOrEmpty(h)
            || !diagnostic.Properties.TryGetValue(DiagnosticDescriptors.EndpointProperty, out var e) || string.IsNullOrEmpty(e))
        {
            return false;
        }

        host = h!;
        endpoint = e!;
        return true;
    }

    /// <summary>The innermost class, struct or record around the call; null for top-level statements and interfaces.</summary>
    private static TypeDeclarationSyntax? FindTarget(SyntaxNode root, Microsoft.CodeAnalysis.Text.TextSpan span)
    {
        var type = root.FindToken(span.Start).Parent?.FirstAncestorOrSelf<TypeDeclarationSyntax>();
        return type is InterfaceDeclarationSyntax ? null : type;
    }

    private static async Task<Document?> FixDocumentAsync(Document document, ImmutableArray<Diagnostic> diagnostics, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var semanticModel = await document.GetSemanticModelAsync(cancellationToken).ConfigureAwait(false);
        if (root is not CompilationUnitSyntax compilationUnit || semanticModel is null)
        {
            return document;
        }

        // Hosts per target type (null key: assembly level), each once, in the order they appear.
        var byType = new Dictionary<TypeDeclarationSyntax, List<(string Host, string Endpoint)>>();
        var assemblyLevel = new List<(string Host, string Endpoint)>();
        foreach (var diagnostic in diagnostics.OrderBy(d => d.Location.SourceSpan.Start))
        {
            if (!GetHost(diagnostic, out var host, out var endpoint))
            {
                continue;
            }

            var target = FindTarget(root, diagnostic.Location.SourceSpan);
            var list = target is null ? assemblyLevel : (byType.TryGetValue(target, out var l) ? l : byType[target] = new List<(string, string)>());
            if (!list.Any(entry => entry.Host == host))
            {
                list.Add((host, endpoint));
            }
        }

        if (byType.Count == 0 && assemblyLevel.Count == 0)
        {
            return document;
        }

        var newLine = CodeFixSyntax.NewLineOf(root);

        var position = byType.Count > 0 ? byType.Keys.First().SpanStart : diagnostics[0].Location.SourceSpan.Start;
        var needsUsing = !CodeFixSyntax.IsApiInScope(semanticModel, position, "DestinationAttribute");

        var newRoot = compilationUnit.ReplaceNodes(byType.Keys, (original, rewritten) =>
        {
            var leading = rewritten.GetLeadingTrivia();
            var withAttributes = rewritten.WithoutLeadingTrivia();
            foreach (var (host, endpoint) in byType[original])
            {
                withAttributes = withAttributes.AddAttributeLists(CodeFixSyntax.DestinationSkeleton(host, endpoint).WithTrailingTrivia(newLine));
            }

            return withAttributes.WithLeadingTrivia(leading).WithAdditionalAnnotations(Formatter.Annotation);
        });

        foreach (var (host, endpoint) in assemblyLevel)
        {
            newRoot = newRoot.AddAttributeLists(
                CodeFixSyntax.DestinationSkeleton(host, endpoint, SyntaxFactory.AttributeTargetSpecifier(SyntaxFactory.Token(SyntaxKind.AssemblyKeyword)))
                    .WithTrailingTrivia(newLine)
                    .WithAdditionalAnnotations(Formatter.Annotation));
        }

        if (needsUsing)
        {
            newRoot = (CompilationUnitSyntax)CodeFixSyntax.WithApiUsing(newRoot);
        }

        var newDocument = document.WithSyntaxRoot(newRoot);
        return await Formatter.FormatAsync(newDocument, Formatter.Annotation, cancellationToken: cancellationToken).ConfigureAwait(false);
    }
}
