using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// The ISO/IEC 27001:2022 Annex A catalog (data in <c>ControlCatalog.Data.cs</c>) and look-ups by 2022 and 2013 id.
/// Built once per process; immutable.
/// </summary>
internal static partial class ControlCatalog
{
    private static readonly AnnexAControl[] ControlsInOrder = CreateControls();

    private static readonly Dictionary<string, AnnexAControl> ById =
        ControlsInOrder.ToDictionary(c => c.Id, StringComparer.Ordinal);

    private static readonly Dictionary<string, AnnexAControl[]> By2013Id = ControlsInOrder
        .SelectMany(c => c.Iso2013Ids.Select(old => (old, c)))
        .GroupBy(p => p.old, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Select(p => p.c).ToArray(), StringComparer.Ordinal);

    /// <summary>All 93 controls in id order (5.1 … 8.34).</summary>
    public static IReadOnlyList<AnnexAControl> Controls => ControlsInOrder;

    /// <summary>Every ISO/IEC 27001:2013 id that the correspondence table maps, ordered.</summary>
    public static IEnumerable<string> Iso2013Ids => By2013Id.Keys.OrderBy(k => k, ControlIdComparer.Instance);

    /// <summary>Finds a 2022 control by id; accepts an "A." prefix and surrounding white space.</summary>
    public static bool TryGet(string? id, out AnnexAControl control)
    {
        control = null!;
        return id is not null && ById.TryGetValue(Normalize(id), out control!);
    }

    /// <summary>The 2022 controls that replace a 2013 control; empty when the id is not a 2013 id.</summary>
    public static IReadOnlyList<AnnexAControl> SuccessorsOf2013(string? iso2013Id) =>
        iso2013Id is not null && By2013Id.TryGetValue(Normalize(iso2013Id), out var found)
            ? found
            : Array.Empty<AnnexAControl>();

    /// <summary>"A.8.24 " → "8.24": the form ids are stored and compared in.</summary>
    public static string Normalize(string id)
    {
        var trimmed = id.Trim();
        return trimmed.StartsWith("A.", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(2) : trimmed;
    }
}
