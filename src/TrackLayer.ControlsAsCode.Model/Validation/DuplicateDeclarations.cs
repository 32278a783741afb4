using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model.Validation;

/// <summary>
/// The rules that compare declarations with each other: the same control declared more than once, the same
/// destination id used twice. Results refer to the input by index, so a reader maps them back to its own locations;
/// give the input in a stable order (file, then position) and the output is stable too.
/// </summary>
internal static class DuplicateDeclarations
{
    /// <summary>
    /// Controls declared more than once (<c>[ApplicableControl]</c> and <c>[ExcludedControl]</c> alike). A 2013 id
    /// with a single 2022 successor counts as that control; an "A." prefix and white space do not make an id different.
    /// </summary>
    public static IReadOnlyList<ControlDuplicate> FindControls(IReadOnlyList<ControlDeclaration> declarations)
    {
        var result = new List<ControlDuplicate>();
        var groups = Enumerable.Range(0, declarations.Count)
            .GroupBy(i => ControlKey(declarations[i].ControlId), StringComparer.Ordinal)
            .Where(g => g.Count() > 1 && g.Key.Length > 0);
        foreach (var group in groups)
        {
            var indexes = group.ToArray();
            var first = declarations[indexes[0]];
            var differing = new List<string>();
            foreach (var (name, value) in Values(first))
            {
                if (indexes.Skip(1).Any(i => !string.Equals(value, Values(declarations[i]).First(v => v.Name == name).Value, StringComparison.Ordinal)))
                {
                    differing.Add(name);
                }
            }

            result.Add(new ControlDuplicate(group.Key, indexes, differing));
        }

        return result.OrderBy(d => d.Indexes[0]).ToList();
    }

    /// <summary>Destination ids used by more than one declaration (compared ignoring case: documents list them as one).</summary>
    public static IReadOnlyList<DestinationDuplicate> FindDestinations(IReadOnlyList<DestinationDeclaration> destinations)
        => Enumerable.Range(0, destinations.Count)
            .Where(i => !DeclarationValidator.IsBlank(destinations[i].Id))
            .GroupBy(i => destinations[i].Id.Trim(), StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => new DestinationDuplicate(destinations[g.First()].Id.Trim(), g.ToArray()))
            .OrderBy(d => d.Indexes[0])
            .ToList();

    /// <summary>The 2022 control a declaration is about, as far as the id says.</summary>
    internal static string ControlKey(string? controlId)
    {
        if (controlId is null || DeclarationValidator.IsBlank(controlId))
        {
            return "";
        }

        if (ControlCatalog.TryGet(controlId, out var control))
        {
            return control.Id;
        }

        var successors = ControlCatalog.SuccessorsOf2013(controlId);
        return successors.Count == 1 ? successors[0].Id : ControlCatalog.Normalize(controlId);
    }

    // What the Statement of Applicability shows for a control: two declarations that differ here cannot both be true.
    private static IEnumerable<(string Name, string? Value)> Values(ControlDeclaration d)
    {
        yield return ("applicability", d.Applicability.ToString());
        yield return ("reason", d.Reasons.ToString());
        yield return ("justification", d.Justification?.Trim());
        yield return ("status", d.Status.ToString());
        yield return ("owner", d.Owner?.Trim());
        yield return ("evidence", string.Join("\n", d.Evidence));
        yield return ("review date", d.ReviewedOn?.Trim());
    }
}

/// <summary>One control declared more than once.</summary>
internal sealed class ControlDuplicate
{
    public ControlDuplicate(string controlId, IReadOnlyList<int> indexes, IReadOnlyList<string> differingValues)
    {
        ControlId = controlId;
        Indexes = indexes;
        DifferingValues = differingValues;
    }

    /// <summary>The 2022 id the declarations share.</summary>
    public string ControlId { get; }

    /// <summary>The declarations, by index into the input, in input order.</summary>
    public IReadOnlyList<int> Indexes { get; }

    /// <summary>What they disagree on ("status", "owner"...); empty when they are identical.</summary>
    public IReadOnlyList<string> DifferingValues { get; }

    public bool IsConflict => DifferingValues.Count > 0;
}

/// <summary>One destination id used by more than one declaration.</summary>
internal sealed class DestinationDuplicate
{
    public DestinationDuplicate(string id, IReadOnlyList<int> indexes)
    {
        Id = id;
        Indexes = indexes;
    }

    public string Id { get; }

    public IReadOnlyList<int> Indexes { get; }
}
