using System;
using System.Runtime.CompilerServices;
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

    public void Write(ComplianceDocumentSet documents, DocumentBuffer output) => Render(_layout(documents).Primary, output);

    [MethodImpl(HotPath.Optimized)]
    public static void Render(LayoutTable table, DocumentBuffer csv)
    {
        csv.Append(ByteOrderMark);
        for (var c = 0; c < table.Columns.Count; c++)
        {
            if (c > 0) csv.Append(',');
            CsvText.Append(csv, table.Columns[c]);
        }

        csv.Append("\r\n");
        foreach (var row in table.Rows)
        {
            for (var c = 0; c < row.Count; c++)
            {
                if (c > 0) csv.Append(',');
                CsvText.Append(csv, row[c]);
            }

            csv.Append("\r\n");
        }
    }
}
