using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers.Declarations;

/// <summary>Which declaration attribute an attribute is.</summary>
internal enum DeclarationKind
{
    None,
    ApplicableControl,
    ExcludedControl,
    ImplementsControl,
    Destination,
    CertificationStatus,
}

/// <summary>The declaration API's types, resolved once per compilation.</summary>
internal sealed class DeclarationTypes
{
    private static readonly PerCompilation<Holder> All = new(static c => new Holder(
        c.GetTypeByMetadataName(WellKnownNames.ApplicableControlAttribute) is { TypeKind: not TypeKind.Error } applicable
            ? new DeclarationTypes(c, applicable)
            : null));

    private DeclarationTypes(Compilation compilation, INamedTypeSymbol applicableControl)
    {
        ApplicableControl = applicableControl;
        ExcludedControl = compilation.GetTypeByMetadataName(WellKnownNames.ExcludedControlAttribute);
        ImplementsControl = compilation.GetTypeByMetadataName(WellKnownNames.ImplementsControlAttribute);
        Destination = compilation.GetTypeByMetadataName(WellKnownNames.DestinationAttribute);
        CertificationStatus = compilation.GetTypeByMetadataName(WellKnownNames.CertificationStatusAttribute);
        TrackingDestination = compilation.GetTypeByMetadataName(WellKnownNames.TrackingDestinationInterface);
    }

    public INamedTypeSymbol ApplicableControl { get; }
    public INamedTypeSymbol? ExcludedControl { get; }
    public INamedTypeSymbol? ImplementsControl { get; }
    public INamedTypeSymbol? Destination { get; }
    public INamedTypeSymbol? CertificationStatus { get; }
    public INamedTypeSymbol? TrackingDestination { get; }

    /// <summary>
    /// Null when the toolkit is not referenced: the rules then register nothing. Resolved once per compilation and
    /// shared by the thirteen rules that ask (each lookup searches every referenced assembly).
    /// </summary>
    public static DeclarationTypes? TryCreate(Compilation compilation)
        => All.Get(compilation).Types;

    /// <summary>Whether <paramref name="kind"/> is one of <paramref name="kinds"/> (a rule's handful).</summary>
    public static bool Includes(DeclarationKind[] kinds, DeclarationKind kind)
    {
        foreach (var candidate in kinds)
        {
            if (candidate == kind)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The names the attributes of these kinds can be written with, for <see cref="DeclaredAttributes"/>.</summary>
    public static AttributeNames WrittenNames(IEnumerable<DeclarationKind> kinds)
    {
        var metadataNames = new List<string>();
        foreach (var kind in kinds)
        {
            metadataNames.Add(kind switch
            {
                DeclarationKind.ApplicableControl => WellKnownNames.ApplicableControlAttribute,
                DeclarationKind.ExcludedControl => WellKnownNames.ExcludedControlAttribute,
                DeclarationKind.ImplementsControl => WellKnownNames.ImplementsControlAttribute,
                DeclarationKind.Destination => WellKnownNames.DestinationAttribute,
                DeclarationKind.CertificationStatus => WellKnownNames.CertificationStatusAttribute,
                _ => throw new System.ArgumentOutOfRangeException(nameof(kinds), kind, "not a declaration kind"),
            });
        }

        return DeclaredAttributes.NamesOf(metadataNames.ToArray());
    }

    public DeclarationKind KindOf(INamedTypeSymbol? attributeClass)
    {
        if (attributeClass is null || attributeClass.TypeKind == TypeKind.Error) return DeclarationKind.None;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, ApplicableControl)) return DeclarationKind.ApplicableControl;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, ExcludedControl)) return DeclarationKind.ExcludedControl;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, ImplementsControl)) return DeclarationKind.ImplementsControl;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, Destination)) return DeclarationKind.Destination;
        if (SymbolEqualityComparer.Default.Equals(attributeClass, CertificationStatus)) return DeclarationKind.CertificationStatus;
        return DeclarationKind.None;
    }

    /// <summary>The answer for a compilation, null included (a weak table holds no null).</summary>
    private sealed class Holder
    {
        public Holder(DeclarationTypes? types) => Types = types;

        public DeclarationTypes? Types { get; }
    }
}
