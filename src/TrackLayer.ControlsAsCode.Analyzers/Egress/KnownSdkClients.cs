using System.Collections.Generic;
using Microsoft.CodeAnalysis;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>
/// Vendor SDK clients whose calls go to a fixed host: the call is an outbound call to that host even though no URL
/// appears in the code. GA4 Measurement Protocol, TikTok Events API and Meta Conversions API have no official .NET
/// SDK (their clients are plain <c>HttpClient</c> code, recognised as such).
/// </summary>
internal sealed class KnownSdkClients
{
    /// <summary>The table: the client type's metadata name, the methods that send, and the host they send to.</summary>
    private static readonly (string Type, string[] Methods, string Host, string Sdk)[] Table =
    {
        // Facebook SDK for .NET (community, facebook-csharp-sdk): Graph API calls.
        ("Facebook.FacebookClient", new[] { "Get", "Post", "Delete", "Batch", "GetTaskAsync", "PostTaskAsync", "DeleteTaskAsync", "BatchTaskAsync", "ApiTaskAsync" }, "graph.facebook.com", "Facebook SDK for .NET"),

        // Segment Analytics.NET (official, older) and Analytics-CSharp (official, current).
        ("Segment.Client", new[] { "Identify", "Track", "Page", "Screen", "Group", "Alias" }, "api.segment.io", "Segment Analytics.NET"),
        ("Segment.Analytics.Analytics", new[] { "Identify", "Track", "Page", "Screen", "Group", "Alias" }, "api.segment.io", "Segment Analytics-CSharp"),
    };

    /// <summary>Google Ads API client library: <c>Google.Ads.GoogleAds.V{N}.Services.*ServiceClient</c>, versioned namespaces.</summary>
    private const string GoogleAdsHost = "googleads.googleapis.com";

    private readonly Dictionary<INamedTypeSymbol, Client> _clients;

    private KnownSdkClients(Dictionary<INamedTypeSymbol, Client> clients)
    {
        _clients = clients;
    }

    public bool IsEmpty => _clients.Count == 0;

    public static KnownSdkClients Resolve(Compilation compilation)
    {
        var clients = new Dictionary<INamedTypeSymbol, Client>(SymbolEqualityComparer.Default);
        foreach (var (typeName, methods, host, sdk) in Table)
        {
            var type = compilation.GetTypeByMetadataName(typeName);
            if (type is not null)
            {
                clients[type] = new Client(new HashSet<string>(methods), host, sdk);
            }
        }

        foreach (var type in GoogleAdsServiceClients(compilation))
        {
            clients[type] = new Client(new HashSet<string> { "*Upload" }, GoogleAdsHost, "Google Ads API client library");
        }

        return new KnownSdkClients(clients);
    }

    /// <summary>Whether the method is a sending method of a known SDK client; gives the host and the SDK's name.</summary>
    public bool TryGetHost(IMethodSymbol method, out string host, out string sdk)
    {
        host = sdk = string.Empty;
        if (_clients.Count == 0 || method.ContainingType is null
            || !_clients.TryGetValue(method.ContainingType.OriginalDefinition, out var client))
        {
            return false;
        }

        var sends = client.Methods.Contains("*Upload")
            ? method.Name.StartsWith("Upload", System.StringComparison.Ordinal)
            : client.Methods.Contains(method.Name);
        if (!sends)
        {
            return false;
        }

        host = client.Host;
        sdk = client.Sdk;
        return true;
    }

    /// <summary>A client type's sending methods, host and SDK name: a class, so the lookup's dictionary shares the runtime's compiled code.</summary>
    private sealed class Client
    {
        public Client(HashSet<string> methods, string host, string sdk)
        {
            Methods = methods;
            Host = host;
            Sdk = sdk;
        }

        public HashSet<string> Methods { get; }

        public string Host { get; }

        public string Sdk { get; }
    }

    private static IEnumerable<INamedTypeSymbol> GoogleAdsServiceClients(Compilation compilation)
    {
        // Only the compilation itself and the client library are walked: listing the merged global namespace would
        // build every namespace of every reference.
        foreach (var assembly in GoogleAdsCandidates(compilation))
        {
            // The assembly's namespace names come from its declarations: no namespace symbol is built when none is GoogleAds.
            if (!assembly.NamespaceNames.Contains("GoogleAds"))
            {
                continue;
            }

            foreach (var client in GoogleAdsServiceClients(assembly.GlobalNamespace))
            {
                yield return client;
            }
        }
    }

    private static IEnumerable<IAssemblySymbol> GoogleAdsCandidates(Compilation compilation)
    {
        yield return compilation.Assembly;
        foreach (var assembly in compilation.SourceModule.ReferencedAssemblySymbols)
        {
            if (assembly.Name.StartsWith("Google.Ads", System.StringComparison.Ordinal))
            {
                yield return assembly;
            }
        }
    }

    private static IEnumerable<INamedTypeSymbol> GoogleAdsServiceClients(INamespaceSymbol root)
    {
        var googleAds = Child(Child(Child(root, "Google"), "Ads"), "GoogleAds");
        if (googleAds is null)
        {
            yield break;
        }

        foreach (var version in googleAds.GetNamespaceMembers())
        {
            if (version.Name.Length < 2 || version.Name[0] != 'V' || !char.IsDigit(version.Name[1]))
            {
                continue;
            }

            var services = Child(version, "Services");
            if (services is null)
            {
                continue;
            }

            foreach (var type in services.GetTypeMembers())
            {
                if (type.Name.EndsWith("ServiceClient", System.StringComparison.Ordinal))
                {
                    yield return type;
                }
            }
        }
    }

    private static INamespaceSymbol? Child(INamespaceSymbol? parent, string name)
    {
        if (parent is null)
        {
            return null;
        }

        foreach (var member in parent.GetNamespaceMembers())
        {
            if (member.Name == name)
            {
                return member;
            }
        }

        return null;
    }
}
