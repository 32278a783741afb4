using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// Builds the four documents from the declarations of one or more assemblies (an application and the references it
/// merges). Input order does not matter: everything is sorted ordinally, so the same declarations give the same bytes.
/// </summary>
/// <remarks>
/// Derived personal data of a destination (the inventory's "derived" column): start from the types named in the
/// signatures of the destination type's fields, properties and methods (generic arguments and array elements
/// included), follow the types of those types' fields and properties through every merged assembly, and collect the
/// personal, pseudonymised and special-category members of every type reached. The destination type's own members
/// are not payload. This over-approximates what is sent (it is what the destination's code can reach), which is the
/// safe direction for an inventory; the analyzers check the precise flow in source.
/// </remarks>
internal static class ComplianceDocumentSetBuilder
{
    public static ComplianceDocumentSet Build(IReadOnlyList<ComplianceDeclarations> assemblies)
    {
        var soa = StatementOfApplicabilityBuilder.Build(assemblies);
        var ordered = assemblies.OrderBy(a => a.AssemblyName, StringComparer.Ordinal).ToList();

        var classified = ordered.SelectMany(a => a.ClassifiedMembers)
            .OrderBy(m => m.TypeName, StringComparer.Ordinal)
            .ThenBy(m => m.MemberName, StringComparer.Ordinal)
            .ThenBy(m => m.Kind)
            .ToList();

        // The first assembly (in name order) that defines a type key wins: the same key twice means two copies of one type.
        var memberTypes = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
        foreach (var pair in ordered.SelectMany(a => a.MemberTypes))
        {
            if (!memberTypes.ContainsKey(pair.Key)) memberTypes.Add(pair.Key, pair.Value);
        }

        var personalByType = classified.Where(m => m.TypeKey is not null && ClassificationHandling.IsPersonal(m.Kind))
            .GroupBy(m => m.TypeKey!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var destinations = ordered.SelectMany(a => a.Destinations)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.DeclaredOn, StringComparer.Ordinal)
            .Select(d => new DestinationInventoryRow(d, Reachable(d, memberTypes, personalByType)))
            .ToList();

        return new ComplianceDocumentSet(
            soa,
            new DestinationInventory(destinations),
            new DataClassificationRegister(classified),
            new RetentionRegister(destinations.Select(d => new RetentionRow(d)).ToList()));
    }

    private static IReadOnlyList<ClassifiedMember> Reachable(
        DestinationDeclaration destination,
        Dictionary<string, IReadOnlyList<string>> memberTypes,
        Dictionary<string, List<ClassifiedMember>> personalByType)
    {
        var visited = new HashSet<string>(StringComparer.Ordinal);
        if (destination.DeclaringTypeKey is not null) visited.Add(destination.DeclaringTypeKey);

        var queue = new Queue<string>();
        foreach (var key in destination.PayloadTypes)
        {
            if (visited.Add(key)) queue.Enqueue(key);
        }

        var found = new List<ClassifiedMember>();
        while (queue.Count > 0)
        {
            var key = queue.Dequeue();
            if (personalByType.TryGetValue(key, out var members)) found.AddRange(members);
            if (!memberTypes.TryGetValue(key, out var next)) continue;
            foreach (var child in next)
            {
                if (visited.Add(child)) queue.Enqueue(child);
            }
        }

        return found.OrderBy(m => m.TypeName, StringComparer.Ordinal).ThenBy(m => m.MemberName, StringComparer.Ordinal).ThenBy(m => m.Kind).ToList();
    }
}
