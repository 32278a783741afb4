using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// Whether a symbol's source declarations carry any attribute list at all: a syntax look, so the rules ask for
/// <see cref="ISymbol.GetAttributes"/> (which binds every attribute) only where there is something to bind.
/// </summary>
internal static class DeclaredAttributes
{
    public static bool MayHave(ISymbol symbol, CancellationToken cancellationToken)
    {
        foreach (var reference in symbol.DeclaringSyntaxReferences)
        {
            var node = reference.GetSyntax(cancellationToken);
            if (node is VariableDeclaratorSyntax { Parent.Parent: BaseFieldDeclarationSyntax field })
            {
                node = field;
            }

            switch (node)
            {
                case MemberDeclarationSyntax member when member.AttributeLists.Count > 0:
                case ParameterSyntax parameter when parameter.AttributeLists.Count > 0:
                    return true;
                case MemberDeclarationSyntax:
                case ParameterSyntax:
                    continue;
                default:
                    return true; // a shape we do not know: do not guess, let the caller bind
            }
        }

        return false;
    }
}
