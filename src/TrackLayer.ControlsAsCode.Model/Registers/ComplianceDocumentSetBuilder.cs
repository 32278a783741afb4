using System;
using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// Builds the four documents from the declarations of one or more assemblies (an application and the references it
/// merges). Input order does not matter: everything is sorted ordinally, so the same declarations give the same bytes.
/// </summary>
/// <remarks>
/// Derived personal data of a destination (the inventory's "derived" column): the personal, pseudonymised and
/// special-category members of the types named in the signatures of the destination type's fields, properties and
/// methods (generic arguments and array elements included), in any merged assembly. One level only: following those
/// types' own members would reach the raw input of every destination (an enriched event holds the incoming one) and
/// list data that is not sent. The destination type's own members are not payload. The analyzers check the precise
/// flow in source; this column is what the compiled signatures show.
/// </remarks>
internal static class ComplianceDocumentSetBuilder
{
    public static ComplianceDocumentSet Build(IReadOnlyList<ComplianceDeclarations> assemblies)
    {
        var soa = StatementOfApplicabilityBuilder.Build(assemblies);
        var ordered = assemblies.OrderBy(a => a.AssemblyName, StringComparer.Ordinal).ToList();

        var classified = new List<ClassifiedMember>(ordered.Sum(a => a.ClassifiedMembers.Count));
        foreach (var assembly in ordered)
        {
            classified.AddRange(assembly.ClassifiedMembers);
        }

        if (!ClassifiedMemberOrder.Instance.IsOrdered(classified))
        {
            // The reader hands over each assembly's members sorted, so this runs only when merged assemblies interleave.
            classified = classified.OrderBy(m => m, ClassifiedMemberOrder.Instance).ToList();
        }

        var declared = ordered.SelectMany(a => a.Destinations)
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .ThenBy(d => d.DeclaredOn, StringComparer.Ordinal)
            .ToList();
        var personalByType = PersonalMembersOf(PayloadTypesOf(declared), classified);
        var destinations = declared.Select(d => new DestinationInventoryRow(d, Carried(d, personalByType))).ToList();

        return new ComplianceDocumentSet(
            soa,
            new DestinationInventory(destinations),
            new DataClassificationRegister(classified),
            new RetentionRegister(destinations.Select(d => new RetentionRow(d)).ToList()));
    }

    /// <summary>The types named in the destinations' signatures: a few, where an assembly can classify members of thousands.</summary>
    private static HashSet<string> PayloadTypesOf(List<DestinationDeclaration> destinations)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var destination in destinations)
        {
            keys.UnionWith(destination.PayloadTypes);
        }

        return keys;
    }

    /// <summary>The personal members of those types only, in register order, grouped by type.</summary>
    private static Dictionary<string, List<ClassifiedMember>> PersonalMembersOf(HashSet<string> payloadTypes, List<ClassifiedMember> classified)
    {
        var byType = new Dictionary<string, List<ClassifiedMember>>(StringComparer.Ordinal);
        if (payloadTypes.Count == 0)
        {
            return byType;
        }

        foreach (var member in classified)
        {
            if (member.TypeKey is { } key && payloadTypes.Contains(key) && ClassificationHandling.IsPersonal(member.Kind))
            {
                if (!byType.TryGetValue(key, out var members))
                {
                    byType.Add(key, members = new List<ClassifiedMember>());
                }

                members.Add(member);
            }
        }

        return byType;
    }

    private static IReadOnlyList<ClassifiedMember> Carried(DestinationDeclaration destination, Dictionary<string, List<ClassifiedMember>> personalByType) =>
        destination.PayloadTypes
            .Where(key => key != destination.DeclaringTypeKey && personalByType.ContainsKey(key))
            .SelectMany(key => personalByType[key])
            .OrderBy(m => m, ClassifiedMemberOrder.Instance)
            .ToList();
}
