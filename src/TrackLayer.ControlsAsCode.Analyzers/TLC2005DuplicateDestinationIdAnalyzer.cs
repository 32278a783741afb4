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
/// TLC2005: two or more <c>[Destination]</c> declarations (on types or the assembly) with the same id, compared
/// ignoring case. Reported at each declaration's id argument, each pointing at the others (a compilation-end rule).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC2005DuplicateDestinationIdAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DuplicateDestinationId);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationCollection.Register(context, Analyze, DeclarationKind.Destination);

    private static void Analyze(CompilationAnalysisContext context, IReadOnlyList<SourceDeclaration> declarations)
    {
        var models = declarations.Select(d => (DestinationDeclaration)d.Model).ToList();
        foreach (var duplicate in DuplicateDeclarations.FindDestinations(models))
        {
            foreach (var index in duplicate.Indexes)
            {
                var others = duplicate.Indexes.Where(i => i != index).Select(i => declarations[i].LocationOf(DeclarationValidator.IdArgument));
                context.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.DuplicateDestinationId,
                    declarations[index].LocationOf(DeclarationValidator.IdArgument),
                    others,
                    duplicate.Id,
                    duplicate.Indexes.Count));
            }
        }
    }
}
