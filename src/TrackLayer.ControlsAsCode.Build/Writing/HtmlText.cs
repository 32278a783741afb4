using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Escapes declared text for HTML element content and quoted attribute values: <c>&amp; &lt; &gt; " '</c> become
/// entities, so a declaration can never open a tag or leave an attribute (a <c>&lt;script&gt;</c> renders as text).
/// </summary>
internal static class HtmlText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        if (!NeedsEscaping(text!)) return text!; // most cells are plain words: no copy
        var builder = new StringBuilder(text!.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\r': break; // line breaks are rendered by the writer; "\r\n" is one
                case '\n': builder.Append("<br>"); break;
                default:
                    // Other C0 controls are not allowed in HTML text; drop them rather than emit an invalid document.
                    if (c < ' ' && c != '\t') break;
                    builder.Append(c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c < ' ' || c == '&' || c == '<' || c == '>' || c == '"' || c == '\'') return true;
        }

        return false;
    }
}
