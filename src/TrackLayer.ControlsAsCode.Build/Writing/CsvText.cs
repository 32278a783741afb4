using System.Runtime.CompilerServices;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// One CSV field (RFC 4180), safe to open in a spreadsheet. A value starting with <c>= + - @</c>, a tab or a carriage
/// return would be read as a formula (CSV injection, OWASP): it gets a leading apostrophe, which spreadsheets show as
/// text. A value holding a comma, a quote or a line break is quoted, with quotes doubled.
/// </summary>
internal static class CsvText
{
    /// <summary>Appends one value as a field; null or empty appends nothing (an empty field).</summary>
    public static void Append(DocumentBuffer output, string? text) => Append(output, Cells.One(text));

    /// <summary>Appends a cell as one field, its lines joined by "\n" (a line break inside the quoted field).</summary>
    [MethodImpl(HotPath.Optimized)]
    public static void Append(DocumentBuffer output, Cell cell)
    {
        if (cell.Count == 0 || (cell.Count == 1 && cell[0].Length == 0)) return;
        var first = cell[0].Length > 0 ? cell[0][0] : '\n';
        var neutralise = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        var quote = cell.Count > 1 || NeedsQuotes(cell[0]);
        for (var i = 1; i < cell.Count && !quote; i++) quote = NeedsQuotes(cell[i]);

        if (quote) output.Append('"');
        if (neutralise) output.Append('\'');
        for (var i = 0; i < cell.Count; i++)
        {
            if (i > 0) output.Append('\n');
            if (quote) AppendDoublingQuotes(output, cell[i]);
            else output.Append(cell[i]);
        }

        if (quote) output.Append('"');
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool NeedsQuotes(string text)
    {
        foreach (var c in text)
        {
            if (c == ',' || c == '"' || c == '\n' || c == '\r' || c == ';') return true;
        }

        return false;
    }

    [MethodImpl(HotPath.Optimized)]
    private static void AppendDoublingQuotes(DocumentBuffer output, string text)
    {
        var run = 0;
        for (var quote = text.IndexOf('"'); quote >= 0; quote = text.IndexOf('"', quote + 1))
        {
            output.Append(text, run, quote + 1 - run).Append('"');
            run = quote + 1;
        }

        output.Append(text, run, text.Length - run);
    }
}
