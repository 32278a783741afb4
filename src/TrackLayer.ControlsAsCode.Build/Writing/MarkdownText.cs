using System.Runtime.CompilerServices;
namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Makes declared text safe inside a GitHub-flavoured Markdown table cell or list item. Declarations are free text
/// written by developers: a "|" would split the cell, a newline would end the table, and "&lt;" could open raw HTML
/// in renderers that allow it. Other Markdown (emphasis, links) is left alone: it renders, it cannot break layout.
/// </summary>
internal static class MarkdownText
{
    /// <summary>Appends <paramref name="text"/> escaped; null or empty appends nothing.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static void Append(DocumentBuffer output, string? text)
    {
        if (string.IsNullOrEmpty(text)) return;
        if (!NeedsEscaping(text!))
        {
            output.Append(text); // most cells are plain words: one copy
            return;
        }

        // Plain runs go out whole; only the (ASCII) characters that need it are replaced.
        var run = 0;
        for (var i = 0; i < text!.Length; i++)
        {
            var replacement = Replacement(text[i]);
            if (replacement is null) continue;
            output.Append(text, run, i - run).Append(replacement);
            if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n') i++; // "\r\n" is one line break
            run = i + 1;
        }

        output.Append(text, run, text.Length - run);
    }

    private static string? Replacement(char c) => c switch
    {
        '\\' => "\\\\",
        '|' => "\\|",
        '<' => "&lt;",
        '>' => "&gt;",
        '&' => "&amp;",
        '\r' or '\n' => "<br>",
        _ => null,
    };

    [MethodImpl(HotPath.Optimized)]
    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c == '\\' || c == '|' || c == '<' || c == '>' || c == '&' || c == '\r' || c == '\n') return true;
        }

        return false;
    }
}
