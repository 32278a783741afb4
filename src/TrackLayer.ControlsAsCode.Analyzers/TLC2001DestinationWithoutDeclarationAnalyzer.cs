using System.Collections.Immutable;
using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using TrackLayer.ControlsAsCode.Analyzers.Declarations;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// TLC2001: a concrete class or struct that implements <c>ITrackingDestination</c> (directly or through another
/// interface or a base class) carries no <c>[Destination]</c> of its own.
/// </summary>
/// <remarks>
/// Interfaces and abstract classes are not destinations themselves; the concrete types that send data are.
/// <c>[Destination]</c> is not inherited, so a subclass of a declared destination needs its own declaration.
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class TLC2001DestinationWithoutDeclarationAnalyzer : TrackLayerAnalyzer
{
    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } =
        ImmutableArray.Create(DiagnosticDescriptors.DestinationWithoutDeclaration);

    /// <inheritdoc />
    protected override void InitializeCore(AnalysisContext context)
    {
        context.RegisterCompilationStartAction(start =>
        {
            var types = DeclarationTypes.TryCreate(start.Compilation);
            if (types?.TrackingDestination is null || types.Destination is null)
            {
                return;
            }

            start.RegisterSymbolAction(c => Analyze(c, types.TrackingDestination, types.Destination), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, INamedTypeSymbol trackingDestination, INamedTypeSymbol destinationAttribute)
    {
        if (context.Symbol is not INamedTypeSymbol { TypeKind: TypeKind.Class or TypeKind.Struct, IsAbstract: false, IsStatic: false } type
            || type.IsImplicitlyDeclared
            || type.Locations.IsEmpty
            || !type.Locations[0].IsInSource
            || !Implements(type, trackingDestination))
        {
            return;
        }

        foreach (var attribute in type.GetAttributes())
        {
            if (SymbolEqualityComparer.Default.Equals(attribute.AttributeClass, destinationAttribute))
            {
                return;
            }
        }

        var properties = ImmutableDictionary<string, string?>.Empty.Add(DiagnosticDescriptors.DestinationIdProperty, SuggestId(type.Name));
        context.ReportDiagnostic(Diagnostic.Create(
            DiagnosticDescriptors.DestinationWithoutDeclaration, type.Locations[0], properties, type.Name));
    }

    private static bool Implements(INamedTypeSymbol type, INamedTypeSymbol trackingDestination)
    {
        foreach (var implemented in type.AllInterfaces)
        {
            if (SymbolEqualityComparer.Default.Equals(implemented, trackingDestination))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"MetaConversionsDestination" → "meta-conversions"; "GA4Sink" → "ga4-sink". Only a suggestion: the fix writes it for the user to confirm.</summary>
    internal static string SuggestId(string typeName)
    {
        var name = typeName;
        if (name.Length > "Destination".Length && name.EndsWith("Destination", System.StringComparison.Ordinal))
        {
            name = name.Substring(0, name.Length - "Destination".Length);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (!char.IsLetterOrDigit(c))
            {
                if (builder.Length > 0 && builder[builder.Length - 1] != '-') builder.Append('-');
                continue;
            }

            // A word starts at an upper-case letter after a lower-case letter or digit, or before a lower-case letter in an acronym run.
            var startsWord = char.IsUpper(c) && i > 0
                && (char.IsLower(name[i - 1]) || char.IsDigit(name[i - 1]) || (i + 1 < name.Length && char.IsLower(name[i + 1]) && char.IsUpper(name[i - 1])));
            if (startsWord && builder.Length > 0 && builder[builder.Length - 1] != '-')
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        var id = builder.ToString().Trim('-');
        return id.Length == 0 ? "destination" : id;
    }
}
