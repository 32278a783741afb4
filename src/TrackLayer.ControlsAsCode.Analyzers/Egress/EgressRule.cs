using Microsoft.CodeAnalysis;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>Helpers the egress and flow rules share.</summary>
internal static class EgressRule
{
    /// <summary>The operation kinds an outbound call can be: calls, creations, property assignments.</summary>
    public static readonly OperationKind[] OutboundKinds =
    {
        OperationKind.Invocation,
        OperationKind.ObjectCreation,
        OperationKind.SimpleAssignment,
    };

    /// <summary>The type an operation's code belongs to (the containing type of a method, lambda or accessor).</summary>
    public static INamedTypeSymbol? ContainingType(ISymbol? symbol)
        => symbol as INamedTypeSymbol ?? symbol?.ContainingType;
}
