using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Validation;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// TLC3007: the same control declared more than once (on types or the assembly, applicable or excluded) with values
/// that disagree. Reported on every declaration involved, each pointing at the others.
/// </summary>
/// <remarks>
/// A compilation-end rule: it needs every declaration of the compilation. Identical duplicates are TLC3010.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3007ConflictingControlDeclarationsAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ConflictingControlDeclarations);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationCollection.Register(context, Analyze, DeclarationKind.ApplicableControl, DeclarationKind.ExcludedControl);

    private static void Analyze(CompilationAnalysisContext context, IReadOnlyList<SourceDeclaration> declarations)
    {
        var models = declarations.Select(d => (ControlDeclaration)d.Model).ToList();
        foreach (var duplicate in DuplicateDeclarations.FindControls(models))
        {
            if (!duplicate.IsConflict)
            {
                continue;
            }

            var differing = DeclarationValidator.JoinWords(duplicate.DifferingValues);
            foreach (var index in duplicate.Indexes)
            {
                var others = duplicate.Indexes.Where(i => i != index).Select(i => declarations[i].Location);
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.ConflictingControlDeclarations,
                    declarations[index].Location,
                    others,
                    duplicate.ControlId,
                    duplicate.Indexes.Count,
                    differing));
            }
        }
    }
}
