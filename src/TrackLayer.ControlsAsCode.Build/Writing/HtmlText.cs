using System.Runtime.CompilerServices;
namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Escapes declared text for HTML element content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> become
/// entities, so a declaration can never open a tag or leave an attribute (a <c>&lt;script&gt;</c> renders as text).
/// </summary>
internal static class HtmlText
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

        // Plain runs go out whole; only the (ASCII) characters that need it are replaced or dropped.
        var run = 0;
        for (var i = 0; i < text!.Length; i++)
        {
            var replacement = Replacement(text[i]);
            if (replacement is null) continue;
            output.Append(text, run, i - run).Append(replacement);
            run = i + 1;
        }

        output.Append(text, run, text.Length - run);
    }

    /// <summary>What a character becomes: null to keep it, "" to drop it.</summary>
    private static string? Replacement(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        '\r' => "", // line breaks are rendered by the writer; "\r\n" is one
        '\n' => "<br>",
        '\t' => null,
        // Other C0 controls are not allowed in HTML text; drop them rather than emit an invalid document.
        < ' ' => "",
        _ => null,
    };

    [MethodImpl(HotPath.Optimized)]
    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') return true;
        }

        return false;
    }
}
