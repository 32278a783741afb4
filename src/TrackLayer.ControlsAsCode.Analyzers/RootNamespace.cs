using Microsoft.CodeAnalysis;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>The outermost namespace a symbol is declared in, read without formatting names (this runs per member).</summary>
internal static class RootNamespace
{
    /// <summary><c>System</c> for <c>System.Net.Http</c>; null for the global namespace.</summary>
    public static string? Of(INamespaceSymbol? ns)
    {
        INamespaceSymbol? root = null;
        for (var current = ns; current is not null && !current.IsGlobalNamespace; current = current.ContainingNamespace)
        {
            root = current;
        }

        return root?.Name;
    }

    /// <summary>True for the framework's and its common libraries' namespaces (<c>System.*</c>, <c>Microsoft.*</c>).</summary>
    public static bool IsFramework(INamespaceSymbol? ns) => Of(ns) is "System" or "Microsoft";
}
