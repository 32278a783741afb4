using System.Collections.Generic;
using System.Linq;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>One destination of the inventory: what its declaration says and what its payload types carry.</summary>
internal sealed class DestinationInventoryRow
{
    public DestinationInventoryRow(DestinationDeclaration declaration, IReadOnlyList<ClassifiedMember> derivedData)
    {
        Declaration = declaration;
        DerivedData = derivedData;
    }

    public DestinationDeclaration Declaration { get; }

    /// <summary>
    /// Classified members (personal, pseudonymised or special-category) reachable from the destination's payload types:
    /// derived from the code, whatever the declaration says. See <see cref="ComplianceDocumentSetBuilder"/> for the rule.
    /// </summary>
    public IReadOnlyList<ClassifiedMember> DerivedData { get; }

    /// <summary>Personal data goes there: declared, derived, or both.</summary>
    public bool SendsPersonalData => Declaration.SendsPersonalData || DerivedData.Count > 0;

    public PersonalDataEvidence PersonalDataEvidence =>
        Declaration.SendsPersonalData
            ? (DerivedData.Count > 0 ? PersonalDataEvidence.DeclaredAndDerived : PersonalDataEvidence.Declared)
            : (DerivedData.Count > 0 ? PersonalDataEvidence.DerivedOnly : PersonalDataEvidence.None);

    /// <summary>Distinct data labels of the derived members, in a stable order ("Email (pseudonymised)", "IP address").</summary>
    public IReadOnlyList<string> DerivedCategories =>
        DerivedData.Select(ClassificationHandling.DataLabel).Distinct().OrderBy(l => l, System.StringComparer.Ordinal).ToList();

    public Transport Transport => Transports.Of(Declaration.Endpoint);
}

/// <summary>Where the inventory's "personal data" answer comes from.</summary>
internal enum PersonalDataEvidence
{
    None,
    Declared,
    DerivedOnly,
    DeclaredAndDerived,
}
