using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>Orders dotted ids numerically (5.2 before 5.10), so every document lists controls the same way.</summary>
internal sealed class ControlIdComparer : IComparer<string>
{
    public static readonly ControlIdComparer Instance = new();

    public int Compare(string? x, string? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;

        var left = x.Split('.');
        var right = y.Split('.');
        for (var i = 0; i < Math.Min(left.Length, right.Length); i++)
        {
            var bothNumbers = int.TryParse(left[i], out var l) & int.TryParse(right[i], out var r);
            var order = bothNumbers ? l.CompareTo(r) : string.CompareOrdinal(left[i], right[i]);
            if (order != 0) return order;
        }

        var byLength = left.Length.CompareTo(right.Length);
        return byLength != 0 ? byLength : string.CompareOrdinal(x, y);
    }
}
