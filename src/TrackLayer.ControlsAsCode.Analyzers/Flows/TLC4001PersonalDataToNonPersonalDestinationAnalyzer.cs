using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Flows;

/// <summary>
/// TLC4001: a payload carries members classified as personal data ([Personal], [Pseudonymised], [SpecialCategory]),
/// at any depth, and goes to a destination declared with <c>SendsPersonalData = false</c> (the default).
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC4001PersonalDataToNonPersonalDestinationAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.PersonalDataToNonPersonalDestination);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
        => FlowRule.Register(context, static (c, _, send, members) =>
        {
            if (send.Destination.Declaration.SendsPersonalData)
            {
                return;
            }

            var paths = FlowRule.Paths(members, IsPersonal, out var count);
            if (count > 0)
            {
                c.ReportDiagnostic(Diagnostic.Create(
                    DiagnosticDescriptors.PersonalDataToNonPersonalDestination, send.Location, send.Type.Name, paths, send.Destination.DisplayName));
            }
        });

    private static bool IsPersonal(PayloadMember member)
        => member.Kind is ClassificationKind.PersonalData or ClassificationKind.PseudonymisedData or ClassificationKind.SpecialCategoryData;
}
