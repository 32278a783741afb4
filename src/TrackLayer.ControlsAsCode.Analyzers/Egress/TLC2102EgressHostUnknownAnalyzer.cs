using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>
/// TLC2102: an outbound call whose host cannot be known at compile time (configuration, parameters), made from a type
/// that declares no destination with an endpoint. Inside such a type the call is attributed to that declaration.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC2102EgressHostUnknownAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.EgressHostUnknown);

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
        if (!OutboundCall.TryGet(context.Operation, types, out var call)
            || state.UrlOf(call, context.CancellationToken).Kind != UrlKind.Unknown)
        {
            return;
        }

        var type = EgressRule.ContainingType(context.ContainingSymbol);
        var declared = DeclaredDestinations.OnTypeOrContainers(type, types.DestinationAttribute, context.Compilation);
        string remedy;
        if (declared.IsEmpty)
        {
            remedy = type is null || IsTopLevelProgram(type)
                ? "build the URL from a constant host, or move the call into a type that declares [Destination(..., Endpoint = \"https://host\")]"
                : "declare the destination on '" + type.Name + "' with [Destination(..., Endpoint = \"https://host\")], or build the URL from a constant host";
        }
        else
        {
            foreach (var destination in declared)
            {
                if (destination.Host is not null)
                {
                    return; // the type declares where it sends: the call is attributed to that destination
                }
            }

            remedy = "set Endpoint on destination '" + declared[0].DisplayName + "' declared on '" + declared[0].DeclaringType!.Name + "'";
        }

        context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.EgressHostUnknown, call.Location, call.What, remedy));
    }

    /// <summary>The Program class of top-level statements, not declared anywhere as a type (no attribute can go on it).</summary>
    private static bool IsTopLevelProgram(INamedTypeSymbol type)
    {
        foreach (var reference in type.DeclaringSyntaxReferences)
        {
            if (reference.GetSyntax() is not Microsoft.CodeAnalysis.CSharp.Syntax.CompilationUnitSyntax)
            {
                return false;
            }
        }

        return true;
    }
}
