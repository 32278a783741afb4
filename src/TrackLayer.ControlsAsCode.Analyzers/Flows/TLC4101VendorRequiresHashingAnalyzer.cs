using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;
using TrackLayer.ControlsAsCode.Model.Vendors;

namespace TrackLayer.ControlsAsCode.Analyzers.Flows;

/// <summary>
/// TLC4101: a payload member classified [Personal] (clear) fills a field the destination's vendor profile requires
/// SHA-256 hashed (Meta <c>em</c>, <c>ph</c>...; TikTok <c>email</c>, <c>phone</c>, <c>external_id</c>; GA4
/// <c>sha256_*</c>; Google Ads <c>hashed_*</c>).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC4101VendorRequiresHashingAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.VendorRequiresHashing);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => FlowRule.Register(context, static (c, _, send, members) =>
            VendorRule.Check(c, send, members, ClassificationKind.PersonalData, VendorHashing.Required, DiagnosticDescriptors.VendorRequiresHashing));
}

/// <summary>Shared by TLC4101 and TLC4102: a member of one classification on a key with one vendor hashing rule.</summary>
internal static class VendorRule
{
    public static void Check(
        OperationAnalysisContext context,
        PayloadSend send,
        ImmutableArray<PayloadMember> members,
        ClassificationKind kind,
        VendorHashing hashing,
        DiagnosticDescriptor descriptor)
    {
        var profile = VendorProfileData.For(send.Destination.Declaration.Profile);
        if (profile is null)
        {
            return;
        }

        foreach (var member in members)
        {
            if (member.Kind != kind)
            {
                continue;
            }

            foreach (var wireKey in member.WireCandidates())
            {
                if (profile.TryGetRule(wireKey, out var rule) && rule.Hashing == hashing)
                {
                    context.ReportDiagnostic(Diagnostic.Create(
                        descriptor, send.Location, member.Path, profile.DisplayName, rule.WireKey, rule.Holds, rule.Source));
                    break;
                }
            }
        }
    }
}
