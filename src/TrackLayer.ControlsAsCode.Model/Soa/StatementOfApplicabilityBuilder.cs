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

        var implementationsById = ordered.SelectMany(a => a.Implementations)
            .Select(i => (control: Resolve(i.ControlId), implementation: i))
            .Where(p => p.control is not null)
            .GroupBy(p => p.control!.Id, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g => (IReadOnlyList<ControlImplementation>)g.Select(p => p.implementation)
                    .OrderBy(i => i.Element, StringComparer.Ordinal).ToList(),
                StringComparer.Ordinal);

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
