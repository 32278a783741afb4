using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>TLC3004: an <c>[ApplicableControl]</c> without an <c>Owner</c>.</summary>
/// <remarks>The rule itself is the model's (<c>DeclarationValidator</c>); this reports it live, at the argument at fault.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3004ApplicableWithoutOwnerAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.ApplicableWithoutOwner);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationRule.Register(context, DiagnosticDescriptors.ApplicableWithoutOwner, DeclarationKind.ApplicableControl);
}
