using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>Builds the Statement of Applicability from the catalog and the declarations of one or more assemblies.</summary>
internal static class StatementOfApplicabilityBuilder
{
    public static StatementOfApplicability Build(IReadOnlyList<ComplianceDeclarations> assemblies)
    {
        // Sorted inputs make the output independent of reference order: same declarations, same bytes.
        var ordered = assemblies.OrderBy(a => a.AssemblyName, StringComparer.Ordinal).ToList();

        var declarationsById = new Dictionary<string, ControlDeclaration>(StringComparer.Ordinal);
        var unresolved = new List<ControlDeclaration>();
        foreach (var declaration in ordered.SelectMany(a => a.Controls)
                     .OrderBy(d => d.DeclaredOn, StringComparer.Ordinal)
                     .ThenBy(d => d.ControlId, StringComparer.Ordinal))
        {
            var target = Resolve(declaration.ControlId);
            if (target is null)
            {
                unresolved.Add(declaration);
            }
            else if (!declarationsById.ContainsKey(target.Id))
            {
                // The first declaration in (declaring type, id) order decides; the analyzers report conflicting duplicates.
                declarationsById.Add(target.Id, declaration);
            }
        }

        var implementationsById = ImplementationsByControl(ordered);

        var rows = ControlCatalog.Controls
            .Select(control => new SoaRow(
                control,
                declarationsById.TryGetValue(control.Id, out var d) ? d : null,
                implementationsById.TryGetValue(control.Id, out var i) ? i : Array.Empty<ControlImplementation>()))
            .ToList();

        var main = ordered.FirstOrDefault(a => a.Isms is not null);
        return new StatementOfApplicability(
            main?.Isms,
            ordered.Select(a => a.AssemblyName).ToList(),
            rows,
            CountTotals(rows),
            unresolved);
    }

    /// <summary>
    /// Each control's implementations, by element name (stable: equal names keep assembly and reading order). Plain loops
    /// rather than grouping tuples with LINQ, whose generic code the runtime compiles anew in every build's process.
    /// </summary>
    private static Dictionary<string, IReadOnlyList<ControlImplementation>> ImplementationsByControl(List<ComplianceDeclarations> ordered)
    {
        var grouped = new Dictionary<string, List<ControlImplementation>>(StringComparer.Ordinal);
        foreach (var assembly in ordered)
        {
            foreach (var implementation in assembly.Implementations)
            {
                if (Resolve(implementation.ControlId) is not { } control) continue;
                if (!grouped.TryGetValue(control.Id, out var implementations))
                {
                    grouped.Add(control.Id, implementations = new List<ControlImplementation>());
                }

                implementations.Add(implementation);
            }
        }

        var byControl = new Dictionary<string, IReadOnlyList<ControlImplementation>>(grouped.Count, StringComparer.Ordinal);
        foreach (var pair in grouped)
        {
            byControl.Add(pair.Key, pair.Value.OrderBy(i => i.Element, StringComparer.Ordinal).ToList());
        }

        return byControl;
    }

    /// <summary>The single 2022 control an id names: a 2022 id, or a 2013 id that maps to exactly one 2022 control.</summary>
    public static AnnexAControl? Resolve(string controlId)
    {
        if (ControlCatalog.TryGet(controlId, out var control)) return control;
        var successors = ControlCatalog.SuccessorsOf2013(controlId);
        return successors.Count == 1 ? successors[0] : null;
    }

    private static SoaTotals CountTotals(IReadOnlyList<SoaRow> rows)
    {
        var totals = new SoaTotals { Controls = rows.Count };
        foreach (var row in rows)
        {
            switch (row.Applicability)
            {
                case Applicability.Applicable:
                    totals.Applicable++;
                    switch (row.Declaration!.Status)
                    {
                        case ImplementationStatus.Implemented: totals.Implemented++; break;
                        case ImplementationStatus.PartiallyImplemented: totals.PartiallyImplemented++; break;
                        case ImplementationStatus.Planned: totals.Planned++; break;
                        case ImplementationStatus.NotImplemented: totals.NotImplemented++; break;
                        default: totals.StatusUnspecified++; break;
                    }

                    break;
                case Applicability.Excluded:
                    totals.Excluded++;
                    break;
                default:
                    totals.Undecided++;
                    break;
            }
        }

        return totals;
    }
}
