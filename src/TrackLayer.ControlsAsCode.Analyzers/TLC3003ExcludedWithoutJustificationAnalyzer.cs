using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>TLC3003: an <c>[ExcludedControl]</c> whose justification is null, empty or white space.</summary>
/// <remarks>The rule itself is the model's (<c>DeclarationValidator</c>); this reports it live, at the argument at fault.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3003ExcludedWithoutJustificationAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ExcludedWithoutJustification);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationRule.Register(context, DiagnosticDescriptors.ExcludedWithoutJustification, DeclarationKind.ExcludedControl);
}
