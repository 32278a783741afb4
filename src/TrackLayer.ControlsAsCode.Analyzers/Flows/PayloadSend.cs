using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Operations;
using TrackLayer.ControlsAsCode.Analyzers.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Flows;

/// <summary>
/// A payload that is serialized into a request: <c>JsonContent.Create(x)</c>, <c>PostAsJsonAsync(url, x)</c> (and
/// Put/Patch), or <c>JsonSerializer.Serialize(x)</c> / <c>SerializeToUtf8Bytes(x)</c> / Newtonsoft's
/// <c>JsonConvert.SerializeObject(x)</c> passed straight into an <c>HttpContent</c> or an outbound call; with the
/// destination it goes to.
/// </summary>
internal sealed class PayloadSend
{
    private const int MaxAncestors = 10;

    private PayloadSend(IOperation payload, ITypeSymbol type, DeclaredDestination destination)
    {
        Payload = payload;
        Type = type;
        Destination = destination;
    }

    /// <summary>The payload argument (where diagnostics go).</summary>
    public IOperation Payload { get; }

    /// <summary>The payload's own type (before any conversion to <c>object</c>).</summary>
    public ITypeSymbol Type { get; }

    public DeclaredDestination Destination { get; }

    public Location Location => Payload.Syntax.GetLocation();

    /// <summary>
    /// Recognises a payload send and finds its destination: the declared destination covering the host of the
    /// enclosing outbound call when that host is known; otherwise the one <c>[Destination]</c> on the type making the
    /// call. No destination (undeclared host, several candidates): false, the egress rules report the call instead.
    /// </summary>
    public static bool TryGet(OperationAnalysisContext context, EgressCompilationState state, out PayloadSend send)
    {
        send = null!;
        if (context.Operation is not IInvocationOperation invocation)
        {
            return false;
        }

        var argument = PayloadArgument(invocation, state.Types!);
        if (argument is null)
        {
            return false; // most calls: decided here, by the method alone
        }

        // Four flow rules ask about the same send: where it goes is worked out once per call site.
        if (!state.TryGetSendAt(invocation.Syntax, out var found))
        {
            found = state.RememberSendAt(invocation.Syntax, Find(invocation, argument, context, state));
        }

        send = found!;
        return found is not null;
    }

    private static PayloadSend? Find(IInvocationOperation invocation, IOperation argument, OperationAnalysisContext context, EgressCompilationState state)
    {
        var payload = argument;
        while (payload is IConversionOperation { IsImplicit: true } conversion)
        {
            payload = conversion.Operand;
        }

        var type = payload.Type;
        if (type is null || type.TypeKind == TypeKind.Error || type.SpecialType != SpecialType.None)
        {
            return null;
        }

        var destination = FindDestination(invocation, context, state);
        return destination is null ? null : new PayloadSend(payload, type, destination);
    }

    private static IOperation? PayloadArgument(IInvocationOperation invocation, EgressTypes types)
    {
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;
        if (EgressTypes.Is(containing, types.JsonContent) && method.Name == "Create")
        {
            return Argument(invocation, "inputValue");
        }

        if (EgressTypes.Is(containing, types.HttpClientJsonExtensions)
            && method.Name is "PostAsJsonAsync" or "PutAsJsonAsync" or "PatchAsJsonAsync")
        {
            return Argument(invocation, "value");
        }

        var serializes = (EgressTypes.Is(containing, types.JsonSerializer) && method.Name is "Serialize" or "SerializeToUtf8Bytes")
                         || (EgressTypes.Is(containing, types.NewtonsoftJsonConvert) && method.Name == "SerializeObject");
        return serializes && GoesIntoRequest(invocation, types) ? Argument(invocation, "value") : null;
    }

    /// <summary>The serialized text is an argument of an <c>HttpContent</c> creation or of an outbound call.</summary>
    private static bool GoesIntoRequest(IOperation serialization, EgressTypes types)
    {
        var parent = serialization.Parent;
        while (parent is IConversionOperation)
        {
            parent = parent.Parent;
        }

        return parent is IArgumentOperation { Parent: { } consumer }
               && ((consumer is IObjectCreationOperation creation && types.IsHttpContent(creation.Type))
                   || OutboundCall.TryGet(consumer, types, out _));
    }

    private static IOperation? Argument(IInvocationOperation invocation, string parameterName)
    {
        foreach (var argument in invocation.Arguments)
        {
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    private static DeclaredDestination? FindDestination(IOperation site, OperationAnalysisContext context, EgressCompilationState state)
    {
        var types = state.Types!;
        var operation = site;
        for (var i = 0; i < MaxAncestors && operation is not null; i++, operation = operation.Parent)
        {
            if (OutboundCall.TryGet(operation, types, out var call))
            {
                var url = state.UrlOf(call, context.CancellationToken);
                if (url.Kind == UrlKind.Absolute)
                {
                    return state.Destinations.FindCovering(url.Host!);
                }

                break;
            }
        }

        var declared = DeclaredDestinations.OnTypeOrContainers(EgressRule.ContainingType(context.ContainingSymbol), types.DestinationAttribute, context.Compilation);
        return declared.Length == 1 ? declared[0] : null;
    }
}

/// <summary>Shared by the flow rules: registration and the list of offending member paths for messages.</summary>
internal static class FlowRule
{
    private const int MaxPathsInMessage = 4;

    public static void Register(AnalysisContext context, System.Action<OperationAnalysisContext, EgressCompilationState, PayloadSend, ImmutableArray<PayloadMember>> analyze)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var state = EgressCompilationState.Get(start.Compilation);
            if (state.Types is null)
            {
                return; // the toolkit is not referenced: nothing to enforce
            }

            start.RegisterOperationAction(
                c =>
                {
                    if (PayloadSend.TryGet(c, state, out var send))
                    {
                        var members = state.Payloads.Get(send.Type);
                        if (!members.IsEmpty)
                        {
                            analyze(c, state, send, members);
                        }
                    }
                },
                OperationKind.Invocation);
        });
    }

    /// <summary>"'Email', 'Contact.Phone' and 3 more".</summary>
    public static string Paths(ImmutableArray<PayloadMember> members, System.Func<PayloadMember, bool> offending, out int count)
    {
        var builder = new System.Text.StringBuilder();
        count = 0;
        foreach (var member in members)
        {
            if (!offending(member))
            {
                continue;
            }

            count++;
            if (count <= MaxPathsInMessage)
            {
                builder.Append(count == 1 ? string.Empty : ", ").Append('\'').Append(member.Path).Append('\'');
            }
        }

        if (count > MaxPathsInMessage)
        {
            builder.Append(" and ").Append(count - MaxPathsInMessage).Append(" more");
        }

        return builder.ToString();
    }
}
