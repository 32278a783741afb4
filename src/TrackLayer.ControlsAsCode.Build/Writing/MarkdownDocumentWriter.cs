using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
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

    public string Write(ComplianceDocumentSet documents) => Render(_layout(documents));

    /// <summary>"\n" line endings everywhere (never AppendLine), so the bytes are the same on every OS.</summary>
    public static string Render(DocumentLayout layout)
    {
        var md = new StringBuilder();
        md.Append("# ").Append(MarkdownText.Escape(layout.Title)).Append("\n\n");
        md.Append(MarkdownText.Escape(layout.Intro)).Append("\n\n");
        foreach (var item in layout.Header)
        {
            md.Append("- **").Append(MarkdownText.Escape(item.Label)).Append(":** ").Append(MarkdownText.Escape(item.Value)).Append('\n');
        }

        md.Append('\n');
        foreach (var note in layout.Notes)
        {
            md.Append("> ").Append(MarkdownText.Escape(note)).Append("\n\n");
        }

        for (var i = 0; i < layout.Tables.Count; i++)
        {
            var table = layout.Tables[i];
            md.Append("## ").Append(MarkdownText.Escape(table.Title)).Append("\n\n");
            if (table.Intro is not null) md.Append(MarkdownText.Escape(table.Intro)).Append("\n\n");
            if (table.Rows.Count == 0)
            {
                md.Append(MarkdownText.Escape(table.EmptyText)).Append('\n');
            }
            else
            {
                Row(md, table.Columns.Select(MarkdownText.Escape));
                md.Append('|').Append(string.Concat(table.Columns.Select(_ => "---|"))).Append('\n');
                foreach (var row in table.Rows)
                {
                    Row(md, row.Select(cell => string.Join("<br>", cell.Select(MarkdownText.Escape))));
                }
            }

            if (i < layout.Tables.Count - 1) md.Append('\n');
        }

        return md.ToString();
    }

    private static void Row(StringBuilder md, IEnumerable<string> cells) =>
        md.Append("| ").Append(string.Join(" | ", cells)).Append(" |\n");
}
