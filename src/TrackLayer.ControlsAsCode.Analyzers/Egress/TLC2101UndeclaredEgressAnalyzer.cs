using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>
/// TLC2101: an outbound call (see <see cref="OutboundCall"/>) whose host, known at compile time, no declared
/// destination covers. A destination covers its endpoint's host and that host's subdomains.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC2101UndeclaredEgressAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.UndeclaredEgress);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(static start =>
        {
            var state = EgressCompilationState.Get(start.Compilation);
            if (state.Types is null)
            {
                return; // the toolkit is not referenced: nothing to enforce
            }

            start.RegisterOperationAction(c => Analyze(c, state), EgressRule.OutboundKinds);
        });
    }

    private static void Analyze(OperationAnalysisContext context, EgressCompilationState state)
    {
        var types = state.Types!;
        if (!OutboundCall.TryGet(context.Operation, types, out var call))
        {
            return;
        }

        var url = state.UrlOf(call, context.CancellationToken);
        if (url.Kind != UrlKind.Absolute || state.Destinations.FindCovering(url.Host!) is not null)
        {
            return;
        }

        var endpoint = url.Scheme + "://" + url.Host;
        var properties = ImmutableDictionary<string, string?>.Empty
            .Add(DiagnosticDescriptors.HostProperty, url.Host)
            .Add(DiagnosticDescriptors.EndpointProperty, endpoint);
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.UndeclaredEgress, call.Location, properties, call.What, url.Host, endpoint));
    }
}
