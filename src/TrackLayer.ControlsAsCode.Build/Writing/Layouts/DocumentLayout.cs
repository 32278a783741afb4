using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>
/// A document for people, independent of format: a title, a header of labelled facts, notes, and tables. Each
/// document's layout is written once (<see cref="SoaLayout"/>, …) and rendered by the Markdown, HTML and CSV writers,
/// so the three formats always carry the same columns in the same order with the same words. All text is raw; the
/// writers escape it for their format.
/// </summary>
internal sealed class DocumentLayout
{
    public DocumentLayout(string title, string intro)
    {
        Title = title;
        Intro = intro;
    }

    public string Title { get; }

    public string Intro { get; }

    public List<HeaderItem> Header { get; } = new();

    /// <summary>Paragraphs under the header (the SOC 2 notice, the derivation rule).</summary>
    public List<string> Notes { get; } = new();

    public List<LayoutTable> Tables { get; } = new();

    /// <summary>The table a spreadsheet gets: the CSV format holds this one table only.</summary>
    public LayoutTable Primary { get; set; } = null!;
}

/// <summary>A labelled fact in a document's header; <see cref="Id"/> names it for HTML (tests and stylesheets find it).</summary>
internal sealed class HeaderItem
{
    public HeaderItem(string label, string value, string id)
    {
        Label = label;
        Value = value;
        Id = id;
    }

    public string Label { get; }

    public string Value { get; }

    public string Id { get; }
}

/// <summary>A table: columns, and rows of cells; a cell is zero or more lines.</summary>
internal sealed class LayoutTable
{
    public LayoutTable(string id, string title, string rowClass, params string[] columns)
    {
        Id = id;
        Title = title;
        RowClass = rowClass;
        Columns = columns;
    }

    /// <summary>The HTML section id and the CSV/Markdown anchor, for example <c>controls</c>.</summary>
    public string Id { get; }

    public string Title { get; }

    /// <summary>The HTML class of each body row, for example <c>control</c>.</summary>
    public string RowClass { get; }

    public IReadOnlyList<string> Columns { get; }

    public string? Intro { get; set; }

    /// <summary>What to say instead of an empty table.</summary>
    public string EmptyText { get; set; } = "None.";

    public List<IReadOnlyList<Cell>> Rows { get; } = new();

    /// <summary>Adds a row of cells (see <see cref="Cells"/>).</summary>
    public void Add(params Cell[] cells) => Rows.Add(cells);
}
