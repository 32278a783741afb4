using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model.Validation;

namespace TrackLayer.ControlsAsCode.Analyzers.Declarations;

/// <summary>
/// Runs the model's single-declaration validity rules live: on every type's and member's declaration attributes
/// (symbol actions) and on the assembly's (a syntax action on <c>[assembly: ...]</c> lists, since the assembly has no
/// symbol action), and reports the problems one rule owns. Each rule file is then only its descriptor.
/// </summary>
internal static class DeclarationRule
{
    public const string AssemblyTarget = "assembly";

    /// <summary>Registers reporting of <paramref name="descriptor"/>'s problems, found on attributes of the given kinds.</summary>
    public static void Register(AnalysisContext context, DiagnosticDescriptor descriptor, params DeclarationKind[] kinds)
    {
        var wanted = ImmutableHashSet.Create(kinds);
        var names = DeclarationTypes.WrittenNames(kinds);
        var onMembers = wanted.Contains(DeclarationKind.ImplementsControl); // the only declaration allowed on members

        context.RegisterCompilationStartAction(start =>
        {
            var types = DeclarationTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return; // the toolkit is not referenced
            }

            start.RegisterSymbolAction(
                c =>
                {
                    if (DeclaredAttributes.MayHaveAny(c.Symbol, names, c.Compilation, c.CancellationToken))
                    {
                        Report(c.ReportDiagnostic, c.Symbol.GetAttributes(), c.Symbol, types, wanted, descriptor, c.CancellationToken);
                    }
                },
                onMembers
                    ? new[] { SymbolKind.NamedType, SymbolKind.Method, SymbolKind.Property, SymbolKind.Field }
                    : new[] { SymbolKind.NamedType });

            // The assembly has no symbol action: its attributes are read per file, once, where [assembly: ...] is written.
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    foreach (var list in ((CompilationUnitSyntax)c.Node).AttributeLists)
                    {
                        if (IsAssemblyTarget(list) && AnyMayBe(list, names, c.Compilation))
                        {
                            var attributes = AssemblyAttributesIn(list, c.Compilation.Assembly, c.CancellationToken);
                            Report(c.ReportDiagnostic, attributes, null, types, wanted, descriptor, c.CancellationToken);
                        }
                    }
                },
                SyntaxKind.CompilationUnit);
        });
    }

    private static bool IsAssemblyTarget(AttributeListSyntax list) => list.Target?.Identifier.IsKind(SyntaxKind.AssemblyKeyword) == true;

    private static bool AnyMayBe(AttributeListSyntax list, ImmutableHashSet<string> names, Compilation compilation)
    {
        foreach (var attribute in list.Attributes)
        {
            if (DeclaredAttributes.MayBe(attribute, names, compilation))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The assembly's attributes written in one <c>[assembly: ...]</c> list.</summary>
    public static ImmutableArray<AttributeData> AssemblyAttributesIn(AttributeListSyntax list, IAssemblySymbol assembly, CancellationToken cancellationToken)
    {
        var builder = ImmutableArray.CreateBuilder<AttributeData>();
        foreach (var attribute in assembly.GetAttributes())
        {
            var reference = attribute.ApplicationSyntaxReference;
            if (reference is not null && reference.SyntaxTree == list.SyntaxTree && list.Span.Contains(reference.Span))
            {
                builder.Add(attribute);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>The diagnostic for one problem, at the argument it names when that was written.</summary>
    public static Diagnostic CreateDiagnostic(DiagnosticDescriptor descriptor, SourceDeclaration declaration, DeclarationProblem problem)
    {
        var properties = problem.Suggestions.Count == 0
            ? ImmutableDictionary<string, string?>.Empty
            : ImmutableDictionary<string, string?>.Empty.Add(
                DiagnosticDescriptors.SuggestionsProperty,
                string.Join(DiagnosticDescriptors.SuggestionSeparator.ToString(), problem.Suggestions));

        var arguments = new object[problem.MessageArguments.Count];
        for (var i = 0; i < arguments.Length; i++)
        {
            arguments[i] = problem.MessageArguments[i];
        }

        return Diagnostic.Create(descriptor, declaration.LocationOf(problem.Argument), properties, arguments);
    }

    /// <summary>What the model calls the declaring element; formatted only once a declaration is found (most types have none).</summary>
    public static string DeclaredOn(ISymbol? symbol) => symbol?.ToDisplayString() ?? AssemblyTarget;

    private static void Report(
        Action<Diagnostic> report,
        ImmutableArray<AttributeData> attributes,
        ISymbol? declaredOn,
        DeclarationTypes types,
        ImmutableHashSet<DeclarationKind> wanted,
        DiagnosticDescriptor descriptor,
        CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (!wanted.Contains(types.KindOf(attribute.AttributeClass)))
            {
                continue; // cheap filter before any syntax is touched
            }

            var declaration = SourceDeclaration.TryRead(attribute, types, DeclaredOn(declaredOn), cancellationToken);
            if (declaration is null)
            {
                continue;
            }

            foreach (var problem in declaration.Validate())
            {
                if (problem.DiagnosticId == descriptor.Id)
                {
                    report(CreateDiagnostic(descriptor, declaration, problem));
                }
            }
        }
    }
}
