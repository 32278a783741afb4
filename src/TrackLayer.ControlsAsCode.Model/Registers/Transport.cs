using System;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>How data travels to an endpoint, read off the endpoint's scheme.</summary>
internal enum Transport
{
    NotDeclared,
    Https,
    Http,
    Other,
}

internal static class Transports
{
    public static Transport Of(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint)) return Transport.NotDeclared;
        var trimmed = endpoint!.Trim();
        if (trimmed.StartsWith("https://", StringComparison.OrdinalIgnoreCase)) return Transport.Https;
        if (trimmed.StartsWith("http://", StringComparison.OrdinalIgnoreCase)) return Transport.Http;
        return Transport.Other;
    }

    /// <summary>Words for people; the scheme itself for other transports ("sftp", "kafka").</summary>
    public static string Describe(Transport transport, string? endpoint) => transport switch
    {
        Transport.Https => "HTTPS (TLS)",
        Transport.Http => "HTTP (unencrypted)",
        Transport.NotDeclared => "not declared",
        _ => Scheme(endpoint!),
    };

    private static string Scheme(string endpoint)
    {
        var trimmed = endpoint.Trim();
        var separator = trimmed.IndexOf("://", StringComparison.Ordinal);
        return separator > 0 ? trimmed.Substring(0, separator) : "unknown (no scheme)";
    }
}
