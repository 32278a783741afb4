using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Vendors;

namespace TrackLayer.ControlsAsCode.Analyzers.Flows;

/// <summary>
/// TLC4102: a payload member classified [Pseudonymised] (hashed) fills a field the destination's vendor profile
/// requires in clear (Meta <c>client_ip_address</c>, <c>client_user_agent</c>, <c>fbp</c>, <c>fbc</c>...; TikTok
/// <c>ttclid</c>, <c>ttp</c>, <c>ip</c>, <c>user_agent</c>; GA4 <c>client_id</c>, <c>user_id</c>...).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC4102VendorRequiresClearAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.VendorRequiresClear);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => FlowRule.Register(context, static (c, _, send, members) =>
            VendorRule.Check(c, send, members, ClassificationKind.PseudonymisedData, VendorHashing.NotHashed, DiagnosticDescriptors.VendorRequiresClear));
}
