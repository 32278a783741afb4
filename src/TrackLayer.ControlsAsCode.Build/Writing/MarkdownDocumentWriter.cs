using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>Writes a document's layout as GitHub-flavoured Markdown: for people, and for reviewing a diff in a pull request.</summary>
internal sealed class MarkdownDocumentWriter : IComplianceDocumentWriter
{
    private readonly Func<ComplianceDocumentSet, DocumentLayout> _layout;

    public MarkdownDocumentWriter(string baseName, Func<ComplianceDocumentSet, DocumentLayout> layout)
    {
        FileName = baseName + ".md";
        _layout = layout;
    }

    public string FileName { get; }

    public void Write(ComplianceDocumentSet documents, DocumentBuffer output) => Render(_layout(documents), output);

    /// <summary>"\n" line endings everywhere, so the bytes are the same on every OS.</summary>
    public static void Render(DocumentLayout layout, DocumentBuffer md)
    {
        md.Append("# ");
        MarkdownText.Append(md, layout.Title);
        md.Append("\n\n");
        MarkdownText.Append(md, layout.Intro);
        md.Append("\n\n");
        foreach (var item in layout.Header)
        {
            md.Append("- **");
            MarkdownText.Append(md, item.Label);
            md.Append(":** ");
            MarkdownText.Append(md, item.Value);
            md.Append('\n');
        }

        md.Append('\n');
        foreach (var note in layout.Notes)
        {
            md.Append("> ");
            MarkdownText.Append(md, note);
            md.Append("\n\n");
        }

        for (var i = 0; i < layout.Tables.Count; i++)
        {
            var table = layout.Tables[i];
            md.Append("## ");
            MarkdownText.Append(md, table.Title);
            md.Append("\n\n");
            if (table.Intro is not null)
            {
                MarkdownText.Append(md, table.Intro);
                md.Append("\n\n");
            }

            if (table.Rows.Count == 0)
            {
                MarkdownText.Append(md, table.EmptyText);
                md.Append('\n');
            }
            else
            {
                md.Append("| ");
                for (var c = 0; c < table.Columns.Count; c++)
                {
                    if (c > 0) md.Append(" | ");
                    MarkdownText.Append(md, table.Columns[c]);
                }

                md.Append(" |\n|");
                for (var c = 0; c < table.Columns.Count; c++) md.Append("---|");
                md.Append('\n');
                foreach (var row in table.Rows)
                {
                    Row(md, row);
                }
            }

            if (i < layout.Tables.Count - 1) md.Append('\n');
        }
    }

    /// <summary>"| a | b<br>c |": a cell's lines joined by &lt;br&gt;.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static void Row(DocumentBuffer md, IReadOnlyList<Cell> cells)
    {
        md.Append("| ");
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0) md.Append(" | ");
            var cell = cells[c];
            for (var l = 0; l < cell.Count; l++)
            {
                if (l > 0) md.Append("<br>");
                MarkdownText.Append(md, cell[l]);
            }
        }

        md.Append(" |\n");
    }
}
