using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>
/// A table cell: its lines, none for an empty cell. Most cells hold one value, kept as that string: a register of tens of
/// thousands of rows then needs no array per cell.
/// </summary>
internal readonly struct Cell
{
    private readonly string? _line;
    private readonly IReadOnlyList<string>? _lines;

    /// <summary>A cell of exactly one line.</summary>
    public Cell(string line)
    {
        _line = line;
        _lines = null;
    }

    /// <summary>A cell of these lines (none: an empty cell).</summary>
    public Cell(IReadOnlyList<string> lines)
    {
        _line = null;
        _lines = lines;
    }

    public int Count => _lines?.Count ?? (_line is null ? 0 : 1);

    public string this[int index] =>
        _lines is not null ? _lines[index]
        : index == 0 && _line is not null ? _line
        : throw new ArgumentOutOfRangeException(nameof(index));
}

/// <summary>Shorthands for building cells: one line, or several, with empty values left out.</summary>
internal static class Cells
{
    public static Cell One(string? text) => string.IsNullOrEmpty(text) ? default : new Cell(text!);

    public static Cell Lines(IEnumerable<string?> lines) =>
        new(lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!).ToList());

    public static Cell Or(string? text, string whenMissing) =>
        new(string.IsNullOrWhiteSpace(text) ? whenMissing : text!);
}
