using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>TLC3005: an <c>[ApplicableControl]</c> whose <c>Status</c> is <c>ImplementationStatus.Unspecified</c>.</summary>
/// <remarks>The rule itself is the model's (<c>DeclarationValidator</c>); this reports it live, at the argument at fault.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3005ApplicableWithoutStatusAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ApplicableWithoutStatus);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationRule.Register(context, DiagnosticDescriptors.ApplicableWithoutStatus, DeclarationKind.ApplicableControl);
}
