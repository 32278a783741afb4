using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Vendors;

namespace TrackLayer.ControlsAsCode.Analyzers.Flows;

/// <summary>
/// TLC4002: a payload carries members classified [SpecialCategory], at any depth, and goes to an advertising
/// destination: one with an advertising vendor profile (Meta, TikTok, Google Ads) or the consent category
/// <c>marketing</c>.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC4002SpecialCategoryToAdvertisingDestinationAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.SpecialCategoryToAdvertisingDestination);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => FlowRule.Register(context, static (c, _, send, members) =>
        {
            var declaration = send.Destination.Declaration;
            var profile = VendorProfileData.For(declaration.Profile);
            string why;
            if (profile is { IsAdvertising: true })
            {
                why = profile.DisplayName + " profile";
            }
            else if (string.Equals(declaration.ConsentCategory?.Trim(), "marketing", StringComparison.OrdinalIgnoreCase))
            {
                why = "consent category 'marketing'";
            }
            else
            {
                return;
            }

            var paths = FlowRule.Paths(members, static m => m.Kind == ClassificationKind.SpecialCategoryData, out var count);
            if (count > 0)
            {
                c.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.SpecialCategoryToAdvertisingDestination, send.Location, send.Type.Name, paths, send.Destination.DisplayName, why));
            }
        });
}
