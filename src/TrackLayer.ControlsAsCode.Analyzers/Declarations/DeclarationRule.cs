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
/// Runs the model's single-declaration validity rules live, on the declaration attributes of the assembly, types and
/// members (found per file by <see cref="DeclarationSites"/>), and reports the problems one rule owns. Each rule file
/// is then only its descriptor.
/// </summary>
internal static class DeclarationRule
{
    public const string AssemblyTarget = "assembly";

    /// <summary>Registers reporting of <paramref name="descriptor"/>'s problems, found on attributes of the given kinds.</summary>
    public static void Register(AnalysisContext context, DiagnosticDescriptor descriptor, params DeclarationKind[] kinds)
    {
        var names = DeclarationTypes.WrittenNames(kinds);
        var onMembers = DeclarationTypes.Includes(kinds, DeclarationKind.ImplementsControl); // the only declaration allowed on members

        context.RegisterCompilationStartAction(start =>
        {
            var types = DeclarationTypes.TryCreate(start.Compilation);
            if (types is null)
            {
                return; // the toolkit is not referenced
            }

            // One callback per file, over the few attribute lists the shared walk found (DeclarationSites): a symbol
            // action would run for every type and member of the compilation, in every one of the declaration rules.
            start.RegisterSyntaxNodeAction(
                c =>
                {
                    foreach (var site in DeclarationSites.In((CompilationUnitSyntax)c.Node, c.Compilation))
                    {
                        if (!DeclaredAttributes.AnyMayBe(site.List, names, DeclaredAttributes.UsingAliases.For(c.Compilation))
                            || site.Symbol(c.SemanticModel, c.CancellationToken) is not { } symbol
                            || !(onMembers || symbol is INamedTypeSymbol or IAssemblySymbol))
                        {
                            continue;
                        }

                        var declaredOn = site.IsOnAssembly ? null : symbol;
                        Report(c.ReportDiagnostic, site.Attributes(c.SemanticModel, c.CancellationToken), declaredOn, types, kinds, descriptor, c.Compilation, c.CancellationToken);
                    }
                },
                SyntaxKind.CompilationUnit);
        });
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
        DeclarationKind[] wanted,
        DiagnosticDescriptor descriptor,
        Compilation compilation,
        CancellationToken cancellationToken)
    {
        foreach (var attribute in attributes)
        {
            if (!DeclarationTypes.Includes(wanted, types.KindOf(attribute.AttributeClass)))
            {
                continue; // cheap filter before any syntax is touched
            }

            var declaration = DeclarationSites.Read(attribute, types, declaredOn, compilation, cancellationToken);
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
