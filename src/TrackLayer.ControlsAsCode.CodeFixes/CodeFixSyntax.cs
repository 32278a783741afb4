using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Formatting;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.CodeFixes;

/// <summary>The syntax every code fix of ours writes the same way.</summary>
internal static class CodeFixSyntax
{
    /// <summary>The document's own line ending, so a fix does not mix CRLF into an LF file.</summary>
    public static SyntaxTrivia NewLineOf(SyntaxNode root)
    {
        var endOfLine = root.DescendantTrivia().FirstOrDefault(t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return endOfLine.IsKind(SyntaxKind.EndOfLineTrivia)
            ? SyntaxFactory.ElasticEndOfLine(endOfLine.ToString())
            : SyntaxFactory.ElasticCarriageReturnLineFeed;
    }

    /// <summary>
    /// True when the declaration API's namespace is in scope at the position (a using, a global using, or the namespace
    /// itself), judged by whether <paramref name="typeName"/> binds to the API's type of that name.
    /// </summary>
    public static bool IsApiInScope(SemanticModel semanticModel, int position, string typeName)
        => semanticModel.LookupNamespacesAndTypes(position, name: typeName)
            .Any(s => s is INamedTypeSymbol type && type.ContainingNamespace?.ToDisplayString() == WellKnownNames.Namespace);

    /// <summary>Adds <c>using TrackLayer.ControlsAsCode;</c> to a compilation unit (formatted with the rest of the fix).</summary>
    public static SyntaxNode WithApiUsing(SyntaxNode root)
        => root is CompilationUnitSyntax compilationUnit
            ? compilationUnit.AddUsings(
                SyntaxFactory.UsingDirective(SyntaxFactory.ParseName(WellKnownNames.Namespace)).WithAdditionalAnnotations(Formatter.Annotation))
            : root;

    /// <summary>
    /// The declaration skeleton both destination fixes write:
    /// <c>[Destination("id", Endpoint = "...", Owner = "", Purpose = "", Retention = "")]</c>. Owner, purpose and
    /// retention stay empty on purpose: a fix must not invent compliance facts, and TLC2002 keeps pointing at them.
    /// </summary>
    public static AttributeListSyntax DestinationSkeleton(string id, string? endpoint, AttributeTargetSpecifierSyntax? target = null)
    {
        static AttributeArgumentSyntax Named(string name, string value)
            => SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, StringLiteral(value));

        var arguments = new[] { SyntaxFactory.AttributeArgument(StringLiteral(id)) }
            .Concat(endpoint is null ? Enumerable.Empty<AttributeArgumentSyntax>() : new[] { Named("Endpoint", endpoint) })
            .Concat(new[] { Named("Owner", ""), Named("Purpose", ""), Named("Retention", "") });
        var attribute = SyntaxFactory.Attribute(
            SyntaxFactory.IdentifierName("Destination"),
            SyntaxFactory.AttributeArgumentList(SyntaxFactory.SeparatedList(arguments)));
        return SyntaxFactory.AttributeList(target, SyntaxFactory.SingletonSeparatedList(attribute));
    }

    private static LiteralExpressionSyntax StringLiteral(string value)
        => SyntaxFactory.LiteralExpression(SyntaxKind.StringLiteralExpression, SyntaxFactory.Literal(value));
}
