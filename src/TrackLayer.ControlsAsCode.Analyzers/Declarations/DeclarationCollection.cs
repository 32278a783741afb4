using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers.Declarations;

/// <summary>
/// Declarations of some kinds gathered over one compilation, for the rules that compare declarations with each other.
/// Owned by a compilation-start closure (never static): types are added file by file as they are analyzed, the
/// assembly's attributes at compilation end, and the result comes in source order, so diagnostics are deterministic.
/// </summary>
internal sealed class DeclarationCollection
{
    private readonly ConcurrentDictionary<AttributeData, SourceDeclaration> _declarations = new();
    private readonly DeclarationTypes _types;
    private readonly DeclarationKind[] _kinds;
    private readonly Compilation _compilation;

    private DeclarationCollection(DeclarationTypes types, DeclarationKind[] kinds, Compilation compilation)
    {
        _types = types;
        _kinds = kinds;
        _compilation = compilation;
    }

    /// <summary>Registers the collection and calls <paramref name="analyze"/> with everything collected at compilation end.</summary>
    public static void Register(
        AnalysisContext context,
        Action<CompilationAnalysisContext, IReadOnlyList<SourceDeclaration>> analyze,
        params DeclarationKind[] kinds)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var types = DeclarationTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return;
            }

            var collection = new DeclarationCollection(types, kinds, start.Compilation);
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    foreach (var site in DeclarationSites.In((CompilationUnitSyntax)c.Node, c.Compilation))
                    {
                        // Types only: the assembly's declarations are added once, at compilation end.
                        if (site.Symbol(c.SemanticModel, c.CancellationToken) is INamedTypeSymbol type)
                        {
                            collection.Add(site.Attributes(c.SemanticModel, c.CancellationToken), type, c.CancellationToken);
                        }
                    }
                },
                SyntaxKind.CompilationUnit);
            start.RegisterCompilationEndAction(c =>
            {
                collection.Add(c.Compilation.Assembly.GetAttributes(), null, c.CancellationToken);
                analyze(c, collection.InSourceOrder());
            });
        });
    }

    private void Add(IEnumerable<AttributeData> attributes, ISymbol? declaredOn, CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (DeclarationTypes.Includes(_kinds, _types.KindOf(attribute.AttributeClass))
                && DeclarationSites.Read(attribute, _types, declaredOn, _compilation, cancellationToken) is { } declaration)
            {
                _declarations.TryAdd(attribute, declaration);
            }
        }
    }

    private IReadOnlyList<SourceDeclaration> InSourceOrder()
        => _declarations.Values
            .OrderBy(d => d.Syntax.SyntaxTree.FilePath, StringComparer.Ordinal)
            .ThenBy(d => d.Syntax.SpanStart)
            .ToList();
}
