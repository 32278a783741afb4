using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Makes declared text safe inside a GitHub-flavoured Markdown table cell or list item. Declarations are free text
/// written by developers: a "|" would split the cell, a newline would end the table, and "&lt;" could open raw HTML
/// in renderers that allow it. Other Markdown (emphasis, links) is left alone: it renders, it cannot break layout.
/// </summary>
internal static class MarkdownText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        if (!NeedsEscaping(text!))
        {
            return text!; // most cells are plain words: no copy
        }

        var builder = new StringBuilder(text!.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\': builder.Append("\\\\"); break;
                case '|': builder.Append("\\|"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '&': builder.Append("&amp;"); break;
                case '\r':
                    // "\r\n" is one line break.
                    if (i + 1 < text.Length && text[i + 1] == '\n') i++;
                    builder.Append("<br>");
                    break;
                case '\n': builder.Append("<br>"); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscaping(string text)
    {
        foreach (var c in text)
        {
            if (c == '\\' || c == '|' || c == '<' || c == '>' || c == '&' || c == '\r' || c == '\n') return true;
        }

        return false;
    }
}
