using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>
/// The types the egress and flow rules compare with, resolved once per compilation and shared by those rules
/// (with the declared destinations and the payload shapes, see <see cref="EgressCompilationState"/>).
/// </summary>
internal sealed class EgressTypes
{
    private EgressTypes(Compilation compilation, INamedTypeSymbol destinationAttribute)
    {
        DestinationAttribute = destinationAttribute;
        HttpClient = compilation.GetTypeByMetadataName("System.Net.Http.HttpClient");
        HttpRequestMessage = compilation.GetTypeByMetadataName("System.Net.Http.HttpRequestMessage");
        HttpContent = compilation.GetTypeByMetadataName("System.Net.Http.HttpContent");
        HttpClientJsonExtensions = compilation.GetTypeByMetadataName("System.Net.Http.Json.HttpClientJsonExtensions");
        JsonContent = compilation.GetTypeByMetadataName("System.Net.Http.Json.JsonContent");
        Uri = compilation.GetTypeByMetadataName("System.Uri");
        WebClient = compilation.GetTypeByMetadataName("System.Net.WebClient");
        WebRequest = compilation.GetTypeByMetadataName("System.Net.WebRequest");
        JsonSerializer = compilation.GetTypeByMetadataName("System.Text.Json.JsonSerializer");
        NewtonsoftJsonConvert = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonConvert");
        JsonIgnoreAttribute = compilation.GetTypeByMetadataName("System.Text.Json.Serialization.JsonIgnoreAttribute");
        NewtonsoftJsonIgnoreAttribute = compilation.GetTypeByMetadataName("Newtonsoft.Json.JsonIgnoreAttribute");
        IgnoreDataMemberAttribute = compilation.GetTypeByMetadataName("System.Runtime.Serialization.IgnoreDataMemberAttribute");
        JsonPropertyNameAttribute = compilation.GetTypeByMetadataName(WellKnownNames.JsonPropertyNameAttribute);
        NewtonsoftJsonPropertyAttribute = compilation.GetTypeByMetadataName(WellKnownNames.NewtonsoftJsonPropertyAttribute);
        DataMemberAttribute = compilation.GetTypeByMetadataName(WellKnownNames.DataMemberAttribute);
        DataClassificationAttribute = compilation.GetTypeByMetadataName(WellKnownNames.DataClassificationAttribute);
        PersonalAttribute = compilation.GetTypeByMetadataName(WellKnownNames.PersonalAttribute);
        PseudonymisedAttribute = compilation.GetTypeByMetadataName(WellKnownNames.PseudonymisedAttribute);
        SpecialCategoryAttribute = compilation.GetTypeByMetadataName(WellKnownNames.SpecialCategoryAttribute);
        CredentialAttribute = compilation.GetTypeByMetadataName(WellKnownNames.CredentialAttribute);
        NonPersonalAttribute = compilation.GetTypeByMetadataName(WellKnownNames.NonPersonalAttribute);
        Sdks = KnownSdkClients.Resolve(compilation);
    }

    public INamedTypeSymbol DestinationAttribute { get; }
    public INamedTypeSymbol? HttpClient { get; }
    public INamedTypeSymbol? HttpRequestMessage { get; }
    public INamedTypeSymbol? HttpContent { get; }
    public INamedTypeSymbol? HttpClientJsonExtensions { get; }
    public INamedTypeSymbol? JsonContent { get; }
    public INamedTypeSymbol? Uri { get; }
    public INamedTypeSymbol? WebClient { get; }
    public INamedTypeSymbol? WebRequest { get; }
    public INamedTypeSymbol? JsonSerializer { get; }
    public INamedTypeSymbol? NewtonsoftJsonConvert { get; }
    public INamedTypeSymbol? JsonIgnoreAttribute { get; }
    public INamedTypeSymbol? NewtonsoftJsonIgnoreAttribute { get; }
    public INamedTypeSymbol? IgnoreDataMemberAttribute { get; }
    public INamedTypeSymbol? JsonPropertyNameAttribute { get; }
    public INamedTypeSymbol? NewtonsoftJsonPropertyAttribute { get; }
    public INamedTypeSymbol? DataMemberAttribute { get; }
    public INamedTypeSymbol? DataClassificationAttribute { get; }
    public INamedTypeSymbol? PersonalAttribute { get; }
    public INamedTypeSymbol? PseudonymisedAttribute { get; }
    public INamedTypeSymbol? SpecialCategoryAttribute { get; }
    public INamedTypeSymbol? CredentialAttribute { get; }
    public INamedTypeSymbol? NonPersonalAttribute { get; }
    public KnownSdkClients Sdks { get; }

    /// <summary>Null when the toolkit is not referenced: then the rules register nothing.</summary>
    public static EgressTypes? TryCreate(Compilation compilation)
    {
        var destination = compilation.GetTypeByMetadataName(WellKnownNames.DestinationAttribute);
        return destination is null ? null : new EgressTypes(compilation, destination);
    }

    public bool IsUri(ITypeSymbol? type) => Is(type, Uri);

    public bool IsStringFormat(IMethodSymbol method)
        => method.IsStatic && method.Name == "Format" && method.ContainingType?.SpecialType == SpecialType.System_String;

    public bool IsHttpContent(ITypeSymbol? type)
    {
        for (var t = type; t is not null; t = t.BaseType)
        {
            if (Is(t, HttpContent))
            {
                return true;
            }
        }

        return false;
    }

    public static bool Is(ITypeSymbol? type, INamedTypeSymbol? known)
        => type is not null && known is not null
           && type.Name == known.Name // most calls are to other types: compared by name before the symbols are
           && SymbolEqualityComparer.Default.Equals(type.OriginalDefinition, known);
}

/// <summary>
/// Per-compilation state shared by the egress and flow rules: each rule is its own analyzer (one rule per file), so
/// the types, the declared destinations and the payload shapes are computed once and shared through the compilation.
/// </summary>
internal sealed class EgressCompilationState
{
    private static readonly EgressCompilationState Absent = new(null, null!);
    private static readonly PerCompilation<EgressCompilationState> States = new(static c =>
    {
        var types = EgressTypes.TryCreate(c);
        return types is null ? Absent : new EgressCompilationState(types, c);
    });

    private readonly System.Lazy<DeclaredDestinations> _destinations;
    private static readonly object NoSend = new();

    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, UrlValue> _urls = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<SyntaxNode, object> _sends = new();

    private EgressCompilationState(EgressTypes? types, Compilation compilation)
    {
        Types = types;
        _destinations = new System.Lazy<DeclaredDestinations>(
            () => DeclaredDestinations.Collect(compilation, types!.DestinationAttribute),
            System.Threading.LazyThreadSafetyMode.ExecutionAndPublication);
        Payloads = types is null ? null! : new Flows.PayloadShapes(types);
    }

    /// <summary>Null when the toolkit is not referenced.</summary>
    public EgressTypes? Types { get; }

    /// <summary>Every destination the compilation and its references declare, collected on first use.</summary>
    public DeclaredDestinations Destinations => _destinations.Value;

    public Flows.PayloadShapes Payloads { get; }

    /// <summary>
    /// Where an outbound call goes, evaluated once per call site: six rules (egress and flows) ask about the same
    /// calls, and following a URL through constants and interpolations is the costly part of each.
    /// </summary>
    public UrlValue UrlOf(OutboundCall call, System.Threading.CancellationToken cancellationToken)
        => call.Url is null
            ? call.Evaluate(Types!, cancellationToken)
            : _urls.GetOrAdd(call.Url.Syntax, _ => call.Evaluate(Types!, cancellationToken));

    /// <summary>
    /// The payload a call sends and where it goes, when a flow rule has already found it for this call site (four flow
    /// rules ask about each send); <paramref name="send"/> is null when the call sends nothing the rules look at.
    /// </summary>
    public bool TryGetSendAt(SyntaxNode site, out Flows.PayloadSend? send)
    {
        var known = _sends.TryGetValue(site, out var value);
        send = value as Flows.PayloadSend;
        return known;
    }

    /// <summary>Keeps what a rule found at a call site (null: nothing); the first answer stored wins.</summary>
    public Flows.PayloadSend? RememberSendAt(SyntaxNode site, Flows.PayloadSend? send)
        => _sends.GetOrAdd(site, (object?)send ?? NoSend) as Flows.PayloadSend;

    public static EgressCompilationState Get(Compilation compilation)
        => States.Get(compilation);
}
