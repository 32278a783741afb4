using System;
using System.Linq;
using System.Text;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Writes a document's primary table as CSV for spreadsheets: RFC 4180 (comma-separated, CRLF, quoted where needed),
/// UTF-8 with a byte order mark so that Excel reads non-ASCII text correctly, every field formula-neutralised.
/// A cell's lines are kept as line breaks inside the quoted field.
/// </summary>
internal sealed class CsvDocumentWriter : IComplianceDocumentWriter
{
    private const string ByteOrderMark = "\uFEFF";

    private readonly Func<ComplianceDocumentSet, DocumentLayout> _layout;

    public CsvDocumentWriter(string baseName, Func<ComplianceDocumentSet, DocumentLayout> layout)
    {
        FileName = baseName + ".csv";
        _layout = layout;
    }

    public string FileName { get; }

    public string Write(ComplianceDocumentSet documents) => Render(_layout(documents).Primary);

    public static string Render(LayoutTable table)
    {
        var csv = new StringBuilder(ByteOrderMark);
        csv.Append(string.Join(",", table.Columns.Select(CsvText.Field))).Append("\r\n");
        foreach (var row in table.Rows)
        {
            csv.Append(string.Join(",", row.Select(cell => CsvText.Field(string.Join("\n", cell))))).Append("\r\n");
        }

        return csv.ToString();
    }
}
