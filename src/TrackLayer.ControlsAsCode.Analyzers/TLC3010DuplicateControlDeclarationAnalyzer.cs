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
/// TLC3010: the same control declared more than once with identical values. Harmless for the documents, so a
/// suggestion (Info), reported on every declaration after the first in source order, pointing at the first.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3010DuplicateControlDeclarationAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DuplicateControlDeclaration);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationCollection.Register(context, Analyze, DeclarationKind.ApplicableControl, DeclarationKind.ExcludedControl);

    private static void Analyze(CompilationAnalysisContext context, IReadOnlyList<SourceDeclaration> declarations)
    {
        var models = declarations.Select(d => (ControlDeclaration)d.Model).ToList();
        foreach (var duplicate in DuplicateDeclarations.FindControls(models))
        {
            if (duplicate.IsConflict)
            {
                continue;
            }

            var first = declarations[duplicate.Indexes[0]].Location;
            foreach (var index in duplicate.Indexes.Skip(1))
            {
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateControlDeclaration,
                    declarations[index].Location,
                    new[] { first },
                    duplicate.ControlId,
                    duplicate.Indexes.Count));
            }
        }
    }
}
