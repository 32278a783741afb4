using System;

namespace TrackLayer.ControlsAsCode.Analyzers.Egress;

/// <summary>What is known at compile time about the URL an outbound call goes to.</summary>
internal enum UrlKind
{
    /// <summary>Nothing to check: null, a non-HTTP scheme, or a loopback host.</summary>
    Ignored,

    /// <summary>An absolute http(s)/ws(s) URL whose host is known.</summary>
    Absolute,

    /// <summary>A relative URL: the host comes from the client's <c>BaseAddress</c>, which is checked where it is set.</summary>
    Relative,

    /// <summary>The host cannot be known at compile time (configuration, parameters, computed strings).</summary>
    Unknown,
}

/// <summary>The compile-time knowledge of a URL: its kind and, for <see cref="UrlKind.Absolute"/>, scheme and host.</summary>
internal sealed class UrlValue
{
    private UrlValue(UrlKind kind, string? scheme, string? host)
    {
        Kind = kind;
        Scheme = scheme;
        Host = host;
    }

    public UrlKind Kind { get; }

    public string? Scheme { get; }

    /// <summary>Lowercase, without user info, port or trailing dot.</summary>
    public string? Host { get; }

    // A class, not a struct: the per-compilation cache of call sites holds these, and a concurrent dictionary of a
    // struct is compiled anew, at run time, in every compiler process.
    private static readonly char[] SchemeStops = { '/', '?', '#', ' ' };
    private static readonly char[] AuthorityEnds = { '/', '?', '#' };
    private static readonly char[] NotInHost = { '{', '}', ' ', '*' };

    public static UrlValue Ignored { get; } = new(UrlKind.Ignored, null, null);

    public static UrlValue Relative { get; } = new(UrlKind.Relative, null, null);

    public static UrlValue Unknown { get; } = new(UrlKind.Unknown, null, null);

    public static UrlValue Absolute(string scheme, string host) => new(UrlKind.Absolute, scheme, host);

    /// <summary>
    /// Reads the URL from its known leading text. <paramref name="complete"/> is false when the text continues with
    /// something unknown (an interpolation hole, a parameter): the host is known only if the known text ends it.
    /// </summary>
    public static UrlValue FromText(string text, bool complete)
    {
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd < 0)
        {
            if (text.StartsWith("//", StringComparison.Ordinal))
            {
                return Unknown; // scheme-relative: rare enough not to resolve
            }

            // "v1/events" or "/collect": relative to BaseAddress. Nothing known at all ("{x}/events"): unknown.
            return text.Length == 0 && !complete ? Unknown : Relative;
        }

        var scheme = text.Substring(0, schemeEnd).Trim().ToLowerInvariant();
        if (scheme is not ("http" or "https" or "ws" or "wss"))
        {
            return scheme.Length == 0 || scheme.IndexOfAny(SchemeStops) >= 0 ? Unknown : Ignored;
        }

        var authorityStart = schemeEnd + 3;
        var authorityEnd = text.IndexOfAny(AuthorityEnds, authorityStart);
        if (authorityEnd < 0)
        {
            if (!complete)
            {
                return Unknown; // "https://api." + region + ".example.com"
            }

            authorityEnd = text.Length;
        }

        var host = HostOf(text.Substring(authorityStart, authorityEnd - authorityStart));
        if (host is null)
        {
            return Unknown;
        }

        return IsLoopback(host) ? Ignored : Absolute(scheme, host);
    }

    /// <summary>The host of an authority (<c>user@host:port</c>), or null when it is empty or holds a placeholder.</summary>
    public static string? HostOf(string authority)
    {
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority.Substring(at + 1);
        }

        string host;
        if (authority.StartsWith("[", StringComparison.Ordinal))
        {
            var close = authority.IndexOf(']');
            host = close < 0 ? authority : authority.Substring(0, close + 1);
        }
        else
        {
            var colon = authority.IndexOf(':');
            host = colon < 0 ? authority : authority.Substring(0, colon);
        }

        host = host.Trim().TrimEnd('.').ToLowerInvariant();
        return host.Length == 0 || host.IndexOfAny(NotInHost) >= 0 ? null : host;
    }

    /// <summary>The host of a declared endpoint (<c>https://graph.facebook.com/v21.0</c>, or a bare host name).</summary>
    public static string? HostOfEndpoint(string? endpoint)
    {
        if (endpoint is null || endpoint.Trim().Length == 0)
        {
            return null;
        }

        var text = endpoint.Trim();
        var schemeEnd = text.IndexOf("://", StringComparison.Ordinal);
        var start = schemeEnd < 0 ? 0 : schemeEnd + 3;
        var end = text.IndexOfAny(AuthorityEnds, start);
        var authority = end < 0 ? text.Substring(start) : text.Substring(start, end - start);

        // "*.example.com" declares the domain and its subdomains, which plain "example.com" already does.
        if (authority.StartsWith("*.", StringComparison.Ordinal))
        {
            authority = authority.Substring(2);
        }

        return HostOf(authority);
    }

    /// <summary>
    /// Whether a declared host covers a called host: the same host, or a subdomain of it
    /// (<c>example.com</c> covers <c>api.example.com</c>; <c>api.example.com</c> does not cover <c>example.com</c>).
    /// </summary>
    public static bool Covers(string declaredHost, string host)
        => string.Equals(declaredHost, host, StringComparison.Ordinal)
           || (host.Length > declaredHost.Length + 1
               && host.EndsWith(declaredHost, StringComparison.Ordinal)
               && host[host.Length - declaredHost.Length - 1] == '.');

    private static bool IsLoopback(string host)
        => host == "localhost"
           || host.EndsWith(".localhost", StringComparison.Ordinal)
           || host == "[::1]"
           || host.StartsWith("127.", StringComparison.Ordinal);
}
