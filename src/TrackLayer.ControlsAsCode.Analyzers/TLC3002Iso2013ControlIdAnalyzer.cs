using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>TLC3002: an ISO/IEC 27001:2013 control id where the 2022 id belongs; the fix offers each 2022 successor.</summary>
/// <remarks>The rule itself is the model's (<c>DeclarationValidator</c>); this reports it live, at the argument at fault.</remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC3002Iso2013ControlIdAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.Iso2013ControlId);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => DeclarationRule.Register(context, DiagnosticDescriptors.Iso2013ControlId, DeclarationKind.ApplicableControl, DeclarationKind.ExcludedControl, DeclarationKind.ImplementsControl);
}
