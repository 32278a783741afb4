using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>
/// A place where data leaves the process for a URL: an <c>HttpClient</c> call with a request URI (including the
/// <c>System.Net.Http.Json</c> extensions), <c>new HttpRequestMessage(method, uri)</c>, an assignment of
/// <c>HttpRequestMessage.RequestUri</c>, <c>HttpClient.BaseAddress</c> or <c>WebClient.BaseAddress</c>, a
/// <c>WebClient</c> upload/download with an address, <c>WebRequest.Create</c>, or a known vendor SDK client call.
/// </summary>
/// <remarks>
/// <c>HttpClient.SendAsync(request)</c> is not one: its URL was given where the request was built, which is checked
/// there. A relative URI (<c>PostAsync("v1/events", ...)</c>) is checked where the client's <c>BaseAddress</c> is set.
/// </remarks>
internal readonly struct OutboundCall
{
    private OutboundCall(IOperation operation, IOperation? url, string? sdkHost, string what)
    {
        Operation = operation;
        Url = url;
        SdkHost = sdkHost;
        What = what;
    }

    /// <summary>The call, creation or assignment.</summary>
    public IOperation Operation { get; }

    /// <summary>The URL expression (null for SDK calls).</summary>
    public IOperation? Url { get; }

    /// <summary>The host a known SDK client sends to.</summary>
    public string? SdkHost { get; }

    /// <summary>What the call is, for messages: <c>HttpClient.PostAsync</c>, <c>new HttpRequestMessage</c>.</summary>
    public string What { get; }

    /// <summary>Where a diagnostic goes: the URL argument, or the SDK call.</summary>
    public Location Location => (Url is null ? Operation : Unwrap(Url)).Syntax.GetLocation();

    /// <summary>What is known about where the call goes.</summary>
    public UrlValue Evaluate(EgressTypes types, System.Threading.CancellationToken cancellationToken)
        => SdkHost is not null ? UrlValue.Absolute("https", SdkHost) : UrlEvaluator.Evaluate(Url!, types, cancellationToken);

    public static bool TryGet(IOperation operation, EgressTypes types, out OutboundCall call)
    {
        call = default;
        switch (operation)
        {
            case IInvocationOperation invocation:
                return TryGetInvocation(invocation, types, out call);

            case IObjectCreationOperation creation
                when EgressTypes.Is(creation.Type, types.HttpRequestMessage)
                     && FindArgument(creation.Arguments, "requestUri") is { } requestUri:
                call = new OutboundCall(operation, requestUri, null, "new HttpRequestMessage");
                return true;

            case ISimpleAssignmentOperation { Target: IPropertyReferenceOperation property } assignment:
                var what = SettableUrlProperty(property.Property, types);
                if (what is null)
                {
                    return false;
                }

                call = new OutboundCall(operation, assignment.Value, null, what);
                return true;

            default:
                return false;
        }
    }

    private static bool TryGetInvocation(IInvocationOperation invocation, EgressTypes types, out OutboundCall call)
    {
        call = default;
        var method = invocation.TargetMethod;
        var containing = method.ContainingType;
        if (containing is null)
        {
            return false;
        }

        if (EgressTypes.Is(containing, types.HttpClient) || EgressTypes.Is(containing, types.HttpClientJsonExtensions))
        {
            var url = FindArgument(invocation.Arguments, "requestUri");
            if (url is null)
            {
                return false; // SendAsync(request): the request's URL is checked where it is built
            }

            call = new OutboundCall(invocation, url, null, "HttpClient." + method.Name);
            return true;
        }

        if (EgressTypes.Is(containing, types.WebClient))
        {
            var url = FindArgument(invocation.Arguments, "address");
            if (url is null)
            {
                return false;
            }

            call = new OutboundCall(invocation, url, null, "WebClient." + method.Name);
            return true;
        }

        if (EgressTypes.Is(containing, types.WebRequest) && method.IsStatic)
        {
            var url = FindArgument(invocation.Arguments, "requestUriString") ?? FindArgument(invocation.Arguments, "requestUri");
            if (url is null)
            {
                return false;
            }

            call = new OutboundCall(invocation, url, null, "WebRequest." + method.Name);
            return true;
        }

        if (types.Sdks.TryGetHost(method, out var host, out var sdk))
        {
            call = new OutboundCall(invocation, null, host, sdk + " (" + containing.Name + "." + method.Name + ")");
            return true;
        }

        return false;
    }

    private static string? SettableUrlProperty(IPropertySymbol property, EgressTypes types)
    {
        var containing = property.ContainingType;
        return property.Name switch
        {
            "BaseAddress" when EgressTypes.Is(containing, types.HttpClient) => "HttpClient.BaseAddress",
            "BaseAddress" when EgressTypes.Is(containing, types.WebClient) => "WebClient.BaseAddress",
            "RequestUri" when EgressTypes.Is(containing, types.HttpRequestMessage) => "HttpRequestMessage.RequestUri",
            _ => null,
        };
    }

    private static IOperation? FindArgument(System.Collections.Immutable.ImmutableArray<IArgumentOperation> arguments, string parameterName)
    {
        foreach (var argument in arguments)
        {
            // An omitted optional argument has no syntax of its own: nothing to point at or evaluate.
            if (argument.Parameter?.Name == parameterName && argument.ArgumentKind != ArgumentKind.DefaultValue)
            {
                return argument.Value;
            }
        }

        return null;
    }

    /// <summary>Implicit conversions share the syntax of their operand; explicit ones are real syntax and stay.</summary>
    private static IOperation Unwrap(IOperation operation)
    {
        while (operation is IConversionOperation { IsImplicit: true } conversion)
        {
            operation = conversion.Operand;
        }

        return operation;
    }
}
