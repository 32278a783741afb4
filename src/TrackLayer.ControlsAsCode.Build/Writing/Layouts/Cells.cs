using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>Shorthands for building cells: one line, or several, with empty values left out.</summary>
internal static class Cells
{
    public static IReadOnlyList<string> One(string? text) =>
        string.IsNullOrEmpty(text) ? Array.Empty<string>() : new[] { text! };

    public static IReadOnlyList<string> Lines(IEnumerable<string?> lines) =>
        lines.Where(l => !string.IsNullOrEmpty(l)).Select(l => l!).ToList();

    public static IReadOnlyList<string> Or(string? text, string whenMissing) =>
        new[] { string.IsNullOrWhiteSpace(text) ? whenMissing : text! };
}
