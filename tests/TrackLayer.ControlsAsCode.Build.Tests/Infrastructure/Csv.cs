using System.Collections.Generic;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;

/// <summary>A strict RFC 4180 reader for the tests: what a spreadsheet would see in each cell.</summary>
internal static class Csv
{
    /// <summary>Parses a CSV file's bytes, which must start with the UTF-8 byte order mark.</summary>
    public static List<List<string>> Parse(byte[] bytes)
    {
        Assert.True(bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF, "no UTF-8 byte order mark");
        var text = new UTF8Encoding(false).GetString(bytes, 3, bytes.Length - 3);
        var rows = new List<List<string>>();
        var row = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"') { cell.Append('"'); i++; }
                else if (c == '"') quoted = false;
                else cell.Append(c);
            }
            else if (c == '"') { Assert.Equal(0, cell.Length); quoted = true; }
            else if (c == ',') { row.Add(cell.ToString()); cell.Clear(); }
            else if (c == '\r') { Assert.Equal('\n', text[i + 1]); i++; row.Add(cell.ToString()); cell.Clear(); rows.Add(row); row = new List<string>(); }
            else { Assert.NotEqual('\n', c); cell.Append(c); }
        }

        Assert.False(quoted);
        Assert.Empty(row);
        return rows;
    }
}
