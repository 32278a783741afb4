using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Operations;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>
/// Works out, at compile time, as much of a URL expression's text as can be known: literals, constants, interpolated
/// strings and concatenations (up to the first unknown part), <c>string.Format</c> with a constant format,
/// <c>new Uri(...)</c> and <c>new Uri(baseUri, relative)</c>, locals assigned once, and static readonly fields or
/// get-only static properties initialised with such values.
/// </summary>
internal static class UrlEvaluator
{
    private const int MaxDepth = 8;

    /// <summary>Evaluates a URL expression (a string or a <see cref="System.Uri"/>).</summary>
    public static UrlValue Evaluate(IOperation url, EgressTypes types, CancellationToken cancellationToken)
    {
        var text = EvaluateText(url, types, 0, cancellationToken);
        return text.IsNull ? UrlValue.Ignored : text.Known is null ? UrlValue.Unknown : UrlValue.FromText(text.Known, text.Complete);
    }

    private static Text EvaluateText(IOperation? operation, EgressTypes types, int depth, CancellationToken cancellationToken)
    {
        if (operation is null || depth > MaxDepth)
        {
            return Text.Unknown;
        }

        if (operation.ConstantValue.HasValue)
        {
            return operation.ConstantValue.Value switch
            {
                string s => Text.Of(s, complete: true),
                null => Text.Null,
                _ => Text.Unknown,
            };
        }

        switch (operation)
        {
            case IConversionOperation conversion:
                return EvaluateText(conversion.Operand, types, depth + 1, cancellationToken);

            case IInterpolatedStringOperation interpolated:
                return EvaluateInterpolation(interpolated, types, depth, cancellationToken);

            case IBinaryOperation { OperatorKind: BinaryOperatorKind.Add } binary
                when binary.Type?.SpecialType == SpecialType.System_String:
                return Concatenate(
                    EvaluateText(binary.LeftOperand, types, depth + 1, cancellationToken),
                    () => EvaluateText(binary.RightOperand, types, depth + 1, cancellationToken));

            case IObjectCreationOperation creation when types.IsUri(creation.Type):
                return EvaluateUriCreation(creation, types, depth, cancellationToken);

            case IInvocationOperation invocation when types.IsStringFormat(invocation.TargetMethod):
                return EvaluateFormat(invocation, types, depth, cancellationToken);

            case ILocalReferenceOperation local:
                return EvaluateLocal(local, types, depth, cancellationToken);

            case IFieldReferenceOperation field when field.Field.IsStatic && field.Field.IsReadOnly:
                return EvaluateInitializer(operation, field.Field, types, depth, cancellationToken);

            case IPropertyReferenceOperation property when property.Property.IsStatic && property.Property.SetMethod is null:
                return EvaluateInitializer(operation, property.Property, types, depth, cancellationToken);

            default:
                return Text.Unknown;
        }
    }

    private static Text EvaluateInterpolation(IInterpolatedStringOperation interpolated, EgressTypes types, int depth, CancellationToken cancellationToken)
    {
        var builder = new StringBuilder();
        foreach (var part in interpolated.Parts)
        {
            switch (part)
            {
                case IInterpolatedStringTextOperation text when text.Text.ConstantValue.Value is string s:
                    builder.Append(s);
                    break;
                case IInterpolationOperation { Alignment: null, FormatString: null } hole:
                    var value = EvaluateText(hole.Expression, types, depth + 1, cancellationToken);
                    if (value.Known is null || !value.Complete)
                    {
                        return Text.Of(builder.ToString() + (value.Known ?? string.Empty), complete: false);
                    }

                    builder.Append(value.Known);
                    break;
                default:
                    return Text.Of(builder.ToString(), complete: false);
            }
        }

        return Text.Of(builder.ToString(), complete: true);
    }

    private static Text Concatenate(Text left, System.Func<Text> right)
    {
        if (left.Known is null)
        {
            return Text.Unknown;
        }

        if (!left.Complete)
        {
            return left;
        }

        var rightText = right();
        return rightText.Known is null
            ? Text.Of(left.Known, complete: false)
            : Text.Of(left.Known + rightText.Known, rightText.Complete);
    }

    private static Text EvaluateUriCreation(IObjectCreationOperation creation, EgressTypes types, int depth, CancellationToken cancellationToken)
    {
        if (creation.Arguments.Length == 0)
        {
            return Text.Unknown;
        }

        var first = EvaluateText(creation.Arguments[0].Value, types, depth + 1, cancellationToken);
        if (creation.Arguments.Length >= 2 && types.IsUri(creation.Arguments[0].Parameter?.Type))
        {
            // new Uri(baseUri, relative): the base gives the host, unless the "relative" part is itself absolute.
            var relative = EvaluateText(creation.Arguments[1].Value, types, depth + 1, cancellationToken);
            // An unknown relative part is taken as relative (a path or query built at run time).
            if (relative.Known is not null && relative.Known.Contains("://"))
            {
                return relative;
            }
        }

        return first;
    }

    private static Text EvaluateFormat(IInvocationOperation invocation, EgressTypes types, int depth, CancellationToken cancellationToken)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name != "format")
            {
                continue;
            }

            var format = EvaluateText(argument.Value, types, depth + 1, cancellationToken);
            if (format.Known is null)
            {
                return Text.Unknown;
            }

            // The text before the first placeholder ("{{" is a literal brace).
            var builder = new StringBuilder();
            var s = format.Known;
            for (var i = 0; i < s.Length; i++)
            {
                if (s[i] == '{' && i + 1 < s.Length && s[i + 1] == '{')
                {
                    builder.Append('{');
                    i++;
                }
                else if (s[i] == '{')
                {
                    return Text.Of(builder.ToString(), complete: false);
                }
                else
                {
                    builder.Append(s[i]);
                }
            }

            return Text.Of(builder.ToString(), complete: true);
        }

        return Text.Unknown;
    }

    private static Text EvaluateLocal(ILocalReferenceOperation reference, EgressTypes types, int depth, CancellationToken cancellationToken)
    {
        var local = reference.Local;
        var semanticModel = reference.SemanticModel;
        if (semanticModel is null || local.IsRef || local.DeclaringSyntaxReferences.Length != 1)
        {
            return Text.Unknown;
        }

        if (local.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) is not VariableDeclaratorSyntax { Initializer.Value: { } value } declarator
            || declarator.SyntaxTree != semanticModel.SyntaxTree
            || IsWrittenAfterDeclaration(declarator, local.Name))
        {
            return Text.Unknown;
        }

        return EvaluateText(semanticModel.GetOperation(value, cancellationToken), types, depth + 1, cancellationToken);
    }

    /// <summary>Whether the local is assigned again, or passed by ref/out, in the block that declares it.</summary>
    private static bool IsWrittenAfterDeclaration(VariableDeclaratorSyntax declarator, string name)
    {
        SyntaxNode? scope = declarator.FirstAncestorOrSelf<BlockSyntax>() ?? (SyntaxNode?)declarator.FirstAncestorOrSelf<CompilationUnitSyntax>();
        if (scope is null)
        {
            return true;
        }

        foreach (var node in scope.DescendantNodes())
        {
            switch (node)
            {
                case AssignmentExpressionSyntax { Left: IdentifierNameSyntax left } when left.Identifier.ValueText == name:
                case ArgumentSyntax { RefKindKeyword.RawKind: not 0, Expression: IdentifierNameSyntax argument } when argument.Identifier.ValueText == name:
                case PrefixUnaryExpressionSyntax { Operand: IdentifierNameSyntax prefix } when prefix.Identifier.ValueText == name:
                case PostfixUnaryExpressionSyntax { Operand: IdentifierNameSyntax postfix } when postfix.Identifier.ValueText == name:
                    return true;
            }
        }

        return false;
    }

    /// <summary>A static readonly field or get-only static property: its initializer (or expression body).</summary>
    private static Text EvaluateInitializer(IOperation reference, ISymbol member, EgressTypes types, int depth, CancellationToken cancellationToken)
    {
        if (member.DeclaringSyntaxReferences.Length != 1)
        {
            return Text.Unknown;
        }

        ExpressionSyntax? value = member.DeclaringSyntaxReferences[0].GetSyntax(cancellationToken) switch
        {
            VariableDeclaratorSyntax declarator => declarator.Initializer?.Value,
            PropertyDeclarationSyntax { Initializer: { } initializer, AccessorList: { } accessors } when IsGetOnlyAuto(accessors) => initializer.Value,
            PropertyDeclarationSyntax { ExpressionBody: { } body } => body.Expression,
            _ => null,
        };

        if (value is null)
        {
            return Text.Unknown;
        }

        // In the same file the semantic model gives the full evaluation; elsewhere read the syntax (no second model).
        var semanticModel = reference.SemanticModel;
        if (semanticModel is not null && value.SyntaxTree == semanticModel.SyntaxTree)
        {
            return EvaluateText(semanticModel.GetOperation(value, cancellationToken), types, depth + 1, cancellationToken);
        }

        return EvaluateSyntax(value, depth + 1);
    }

    private static bool IsGetOnlyAuto(AccessorListSyntax accessors)
    {
        foreach (var accessor in accessors.Accessors)
        {
            if (!accessor.IsKind(SyntaxKind.GetAccessorDeclaration) || accessor.Body is not null || accessor.ExpressionBody is not null)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Syntax-only reading of an initializer in another file: a literal or <c>new Uri("literal")</c>.</summary>
    private static Text EvaluateSyntax(ExpressionSyntax value, int depth)
    {
        if (depth > MaxDepth)
        {
            return Text.Unknown;
        }

        switch (value)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression):
                return Text.Of(literal.Token.ValueText, complete: true);
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return Text.Null;
            case ParenthesizedExpressionSyntax parenthesized:
                return EvaluateSyntax(parenthesized.Expression, depth + 1);
            case BaseObjectCreationExpressionSyntax { ArgumentList.Arguments: { Count: 1 or 2 } arguments }:
                return EvaluateSyntax(arguments[0].Expression, depth + 1);
            default:
                return Text.Unknown;
        }
    }

    /// <summary>Known leading text of a string (null when nothing is known), and whether it is the whole string.</summary>
    private readonly struct Text
    {
        private Text(string? known, bool complete, bool isNull)
        {
            Known = known;
            Complete = complete;
            IsNull = isNull;
        }

        public string? Known { get; }

        public bool Complete { get; }

        public bool IsNull { get; }

        public static Text Unknown => default;

        public static Text Null => new(null, complete: true, isNull: true);

        public static Text Of(string known, bool complete) => new(known, complete, isNull: false);
    }
}
