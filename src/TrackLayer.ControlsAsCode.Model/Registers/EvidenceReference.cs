using System;
using System.Text.RegularExpressions;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>What kind of thing an evidence reference names. Only repository paths can be checked at build time.</summary>
internal enum EvidenceKind
{
    /// <summary>Free text ("Annual penetration test report"): nothing to check.</summary>
    Text,

    /// <summary>A URL (<c>https://…</c>, <c>mailto:…</c>): not checked, the build does not go online.</summary>
    Url,

    /// <summary>A ticket id (<c>SEC-142</c>, <c>#512</c>): not checked.</summary>
    Ticket,

    /// <summary>A repository-relative path (<c>docs/hashing.md</c>): checked against the repository.</summary>
    RepositoryPath,

    /// <summary>An absolute path: not checked (it would make the build depend on one machine's disk).</summary>
    AbsolutePath,
}

/// <summary>Classifies evidence references, the one rule the build check and the documents share.</summary>
internal static class EvidenceReference
{
    private static readonly Regex UrlPattern = new(@"^[A-Za-z][A-Za-z0-9+.\-]*:(//|[^\\/\s]+@)", RegexOptions.CultureInvariant);
    private static readonly Regex TicketPattern = new(@"^([A-Z][A-Z0-9_]*-\d+|#\d+|[A-Za-z0-9_.\-]+/[A-Za-z0-9_.\-]+#\d+)$", RegexOptions.CultureInvariant);
    private static readonly Regex ExtensionPattern = new(@"\.[A-Za-z0-9]{1,8}$", RegexOptions.CultureInvariant);

    public static EvidenceKind Classify(string? reference)
    {
        var text = reference?.Trim() ?? "";
        if (text.Length == 0) return EvidenceKind.Text;
        if (UrlPattern.IsMatch(text)) return EvidenceKind.Url;
        if (TicketPattern.IsMatch(text)) return EvidenceKind.Ticket;

        var path = PathPart(text);
        if (path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal) ||
            (path.Length > 2 && path[1] == ':' && (path[2] == '\\' || path[2] == '/')) || path.StartsWith("~", StringComparison.Ordinal))
        {
            return EvidenceKind.AbsolutePath;
        }

        // A path has a folder separator or a file extension; a sentence with spaces and neither is just text.
        return path.IndexOf('/') >= 0 || path.IndexOf('\\') >= 0 || ExtensionPattern.IsMatch(path)
            ? EvidenceKind.RepositoryPath
            : EvidenceKind.Text;
    }

    /// <summary>The path without a <c>#anchor</c> or a <c>:line</c> suffix: <c>docs/a.md#hashing</c> → <c>docs/a.md</c>.</summary>
    public static string PathPart(string reference)
    {
        var text = reference.Trim();
        var hash = text.IndexOf('#');
        if (hash > 0) text = text.Substring(0, hash);
        var colon = text.LastIndexOf(':');
        if (colon > 1 && colon < text.Length - 1 && IsDigits(text, colon + 1)) text = text.Substring(0, colon);
        return text;
    }

    private static bool IsDigits(string text, int start)
    {
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] < '0' || text[i] > '9') return false;
        }

        return true;
    }
}
