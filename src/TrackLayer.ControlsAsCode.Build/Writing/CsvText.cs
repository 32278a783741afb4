using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// One CSV field (RFC 4180), safe to open in a spreadsheet. A value starting with <c>= + - @</c>, a tab or a carriage
/// return would be read as a formula (CSV injection, OWASP): it gets a leading apostrophe, which spreadsheets show as
/// text. A value holding a comma, a quote or a line break is quoted, with quotes doubled.
/// </summary>
internal static class CsvText
{
    public static string Field(string? text)
    {
        if (string.IsNullOrEmpty(text)) return "";
        var value = text!;
        var first = value[0];
        if (first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r')
        {
            value = "'" + value;
        }

        var needsQuotes = false;
        foreach (var c in value)
        {
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';')
            {
                needsQuotes = true;
                break;
            }
        }

        if (!needsQuotes) return value;
        var builder = new StringBuilder(value.Length + 8).Append('"');
        foreach (var c in value)
        {
            builder.Append(c == '"' ? "\"\"" : c.ToString());
        }

        return builder.Append('"').ToString();
    }
}
