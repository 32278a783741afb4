using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Writes a document's layout as one self-contained HTML file: inline stylesheet (screen and print), no scripts, no
/// external assets, and a Content-Security-Policy that forbids loading or running anything, so the file opens the
/// same from a mail attachment, a file share or an auditor's laptop with no network. Every declared string is escaped.
/// </summary>
internal sealed class HtmlDocumentWriter : IComplianceDocumentWriter
{
    private const string Style = @"
:root { color-scheme: light; }
body { font: 14px/1.45 system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: #1b1f24; margin: 2rem; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
p.intro { max-width: 60rem; color: #3d4752; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: .25rem 1rem; margin: 1rem 0; }
dl.meta dt { font-weight: 600; }
dl.meta dd { margin: 0; }
#certification-status { font-weight: 600; }
aside.note { border-left: 4px solid #8a96a3; background: #f3f5f7; padding: .5rem .75rem; max-width: 60rem; margin: 1rem 0; }
table { border-collapse: collapse; width: 100%; font-size: 12px; }
th, td { border: 1px solid #c9d1d9; padding: .3rem .4rem; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
/* Ids, dates and one-word values are read at a glance: never break them inside a word. */
td:first-child, td.short, td[class^=""applicable-""] { white-space: nowrap; }
thead th { background: #eef1f4; position: sticky; top: 0; overflow-wrap: normal; }
tbody tr:nth-child(even) { background: #fafbfc; }
td.applicable-yes { color: #0a6b2d; font-weight: 600; }
td.applicable-no { color: #5c6670; font-weight: 600; }
td.applicable-undecided { color: #a4480b; font-weight: 600; }
footer { margin-top: 2rem; color: #5c6670; font-size: 12px; }
@media print {
  @page { size: A4 landscape; margin: 10mm; }
  body { margin: 0; font-size: 10px; }
  table { font-size: 8.5px; }
  thead { display: table-header-group; }
  thead th { position: static; }
  tr { break-inside: avoid; page-break-inside: avoid; }
  h2 { break-after: avoid; page-break-after: avoid; }
  tbody tr:nth-child(even) { background: none; }
}
";

    // Columns whose values are single words or dates (theme, status, dates): kept on one line.
    private static readonly HashSet<string> ShortColumns = new(StringComparer.Ordinal) { "Theme", "Reviewed on", "Retention" };

    private readonly Func<ComplianceDocumentSet, DocumentLayout> _layout;

    public HtmlDocumentWriter(string baseName, Func<ComplianceDocumentSet, DocumentLayout> layout)
    {
        FileName = baseName + ".html";
        _layout = layout;
    }

    public string FileName { get; }

    public string Write(ComplianceDocumentSet documents) => Render(_layout(documents));

    public static string Render(DocumentLayout layout)
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append("<title>").Append(HtmlText.Escape(layout.Title)).Append("</title>\n");
        html.Append("<style>").Append(Style.Replace("\r\n", "\n")).Append("</style>\n</head>\n<body>\n");

        html.Append("<header>\n<h1>").Append(HtmlText.Escape(layout.Title)).Append("</h1>\n");
        html.Append("<p class=\"intro\">").Append(HtmlText.Escape(layout.Intro)).Append("</p>\n<dl class=\"meta\">\n");
        foreach (var item in layout.Header)
        {
            html.Append("<dt>").Append(HtmlText.Escape(item.Label)).Append("</dt><dd id=\"").Append(HtmlText.Escape(item.Id)).Append("\">")
                .Append(HtmlText.Escape(item.Value)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
        foreach (var note in layout.Notes)
        {
            html.Append("<aside class=\"note\">").Append(HtmlText.Escape(note)).Append("</aside>\n");
        }

        html.Append("</header>\n<main>\n");
        foreach (var table in layout.Tables)
        {
            html.Append("<section id=\"").Append(HtmlText.Escape(table.Id)).Append("\">\n<h2>").Append(HtmlText.Escape(table.Title)).Append("</h2>\n");
            if (table.Intro is not null) html.Append("<p>").Append(HtmlText.Escape(table.Intro)).Append("</p>\n");
            if (table.Rows.Count == 0)
            {
                html.Append("<p class=\"empty\">").Append(HtmlText.Escape(table.EmptyText)).Append("</p>\n</section>\n");
                continue;
            }

            html.Append("<table>\n<thead><tr>");
            foreach (var column in table.Columns)
            {
                html.Append("<th scope=\"col\">").Append(HtmlText.Escape(column)).Append("</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (var row in table.Rows)
            {
                html.Append("<tr class=\"").Append(HtmlText.Escape(table.RowClass)).Append("\">");
                for (var i = 0; i < row.Count; i++)
                {
                    var text = string.Join("<br>", row[i].Select(HtmlText.Escape));
                    var cssClass = table.Columns[i] == "Applicable" && row[i].Count == 1
                        ? " class=\"applicable-" + HtmlText.Escape(row[i][0].ToLowerInvariant()) + "\""
                        : ShortColumns.Contains(table.Columns[i]) ? " class=\"short\"" : "";
                    html.Append("<td").Append(cssClass).Append('>').Append(text).Append("</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody>\n</table>\n</section>\n");
        }

        html.Append("</main>\n<footer>Generated by TrackLayer.ControlsAsCode at build time from the declarations in the code.</footer>\n</body>\n</html>\n");
        return html.ToString();
    }
}
