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
    // Built with plain loops: LINQ over tuples here was compiled at run time in every compiler process that loads
    // the analyzers, before the first declaration could be checked.
    private static readonly AnnexAControl[] ControlsInOrder = CreateControls();

    private static readonly Dictionary<string, AnnexAControl> ById = IndexById(ControlsInOrder);

    private static readonly Dictionary<string, AnnexAControl[]> By2013Id = IndexBy2013Id(ControlsInOrder);

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

    private static Dictionary<string, AnnexAControl> IndexById(AnnexAControl[] controls)
    {
        var byId = new Dictionary<string, AnnexAControl>(controls.Length, StringComparer.Ordinal);
        foreach (var control in controls)
        {
            byId.Add(control.Id, control);
        }

        return byId;
    }

    /// <summary>Each 2013 id with the 2022 controls that replace it, in catalog order.</summary>
    private static Dictionary<string, AnnexAControl[]> IndexBy2013Id(AnnexAControl[] controls)
    {
        var successors = new Dictionary<string, List<AnnexAControl>>(StringComparer.Ordinal);
        foreach (var control in controls)
        {
            foreach (var old in control.Iso2013Ids)
            {
                if (!successors.TryGetValue(old, out var list))
                {
                    list = new List<AnnexAControl>(1);
                    successors.Add(old, list);
                }

                list.Add(control);
            }
        }

        var by2013Id = new Dictionary<string, AnnexAControl[]>(successors.Count, StringComparer.Ordinal);
        foreach (var pair in successors)
        {
            by2013Id.Add(pair.Key, pair.Value.ToArray());
        }

        return by2013Id;
    }

    /// <summary>"A.8.24 " → "8.24": the form ids are stored and compared in.</summary>
    public static string Normalize(string id)
    {
        var trimmed = id.Trim();
        return trimmed.StartsWith("A.", StringComparison.OrdinalIgnoreCase) ? trimmed.Substring(2) : trimmed;
    }
}
