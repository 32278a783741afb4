using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>TLC3001: a control id that names no ISO/IEC 27001:2022 (or 2013) Annex A control, on any control declaration.</summary>
/// <remarks>The rule itself is the model's (<c>DeclarationValidator</c>); this reports it live, at the argument at fault.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3001UnknownControlIdAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UnknownControlId);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationRule.Register(context, DiagnosticDescriptors.UnknownControlId, DeclarationKind.ApplicableControl, DeclarationKind.ExcludedControl, DeclarationKind.ImplementsControl);
}
