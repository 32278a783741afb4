using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// The words every writer uses for the model's values, so that the Markdown, JSON (and later HTML and CSV) documents
/// say the same thing: people's words for the readable formats, camelCase tokens for the machine-readable ones.
/// </summary>
internal static class SoaLabels
{
    private static readonly InclusionReason[] ReasonsInOrder =
    {
        InclusionReason.RiskAssessment, InclusionReason.LegalRequirement, InclusionReason.ContractualRequirement, InclusionReason.BestPractice,
    };

    /// <summary>The applicable column: "Yes", "No", or "Undecided" for a control nobody declared (never guessed).</summary>
    public static string Applicable(Applicability applicability) => applicability switch
    {
        Applicability.Applicable => "Yes",
        Applicability.Excluded => "No",
        _ => "Undecided",
    };

    public static string ApplicabilityToken(Applicability applicability) => applicability switch
    {
        Applicability.Applicable => "applicable",
        Applicability.Excluded => "excluded",
        _ => "undecided",
    };

    public static string Status(ImplementationStatus status) => status switch
    {
        ImplementationStatus.Implemented => "Implemented",
        ImplementationStatus.PartiallyImplemented => "Partially implemented",
        ImplementationStatus.Planned => "Planned",
        ImplementationStatus.NotImplemented => "Not implemented",
        _ => "Not stated",
    };

    public static string Reason(InclusionReason reason) => reason switch
    {
        InclusionReason.RiskAssessment => "Risk assessment",
        InclusionReason.LegalRequirement => "Legal requirement",
        InclusionReason.ContractualRequirement => "Contractual requirement",
        InclusionReason.BestPractice => "Best practice",
        _ => reason.ToString(),
    };

    /// <summary>The labels of the single reasons set in a flags value, in the enum's order ("Risk assessment").</summary>
    public static List<string> ReasonLabels(InclusionReason reasons) => ReasonWords(reasons, tokens: false);

    /// <summary>The JSON tokens of the single reasons set in a flags value, in the enum's order ("riskAssessment").</summary>
    public static List<string> ReasonTokens(InclusionReason reasons) => ReasonWords(reasons, tokens: true);

    // A loop, not LINQ over the enum: generic code over an enum is compiled anew in every build's process.
    private static List<string> ReasonWords(InclusionReason reasons, bool tokens)
    {
        var words = new List<string>(ReasonsInOrder.Length);
        foreach (var reason in ReasonsInOrder)
        {
            if ((reasons & reason) == reason) words.Add(tokens ? Token(reason) : Reason(reason));
        }

        return words;
    }

    /// <summary>"PartiallyImplemented" → "partiallyImplemented": enum values as JSON tokens, culture-free.</summary>
    [MethodImpl(HotPath.Optimized)]
    public static string Token<TEnum>(TEnum value)
        where TEnum : struct, Enum
    {
        // From the end: where two names share a value, the last one gives the token.
        var values = Tokens<TEnum>.Values;
        for (var i = values.Length - 1; i >= 0; i--)
        {
            if (EqualityComparer<TEnum>.Default.Equals(values[i], value))
            {
                return Tokens<TEnum>.Names[i];
            }
        }

        return MakeToken(value.ToString());
    }

    private static string MakeToken(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name.Substring(1);

    /// <summary>
    /// Every token of an enum, made once: registers call <see cref="Token{TEnum}"/> for every row. Two arrays searched
    /// in turn (a dozen values at most): a dictionary keyed by each enum would be compiled anew for each enum in every
    /// build's process.
    /// </summary>
    private static class Tokens<TEnum>
        where TEnum : struct, Enum
    {
        public static readonly TEnum[] Values = (TEnum[])Enum.GetValues(typeof(TEnum));

        public static readonly string[] Names = CreateNames();

        private static string[] CreateNames()
        {
            var names = new string[Values.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = MakeToken(Values[i].ToString());
            }

            return names;
        }
    }

    /// <summary>Why a declaration is listed as unresolved instead of deciding a row.</summary>
    public static string UnresolvedReason(ControlDeclaration declaration)
    {
        var successors = ControlCatalog.SuccessorsOf2013(declaration.ControlId);
        return successors.Count > 1
            ? "ISO/IEC 27001:2013 id that maps to several 2022 controls (" + string.Join(", ", successors.Select(c => c.Id)) + "): declare the 2022 id"
            : "not an ISO/IEC 27001:2022 Annex A control id";
    }

    /// <summary>A code element that implements a control, with its note: "Sample.Hasher.Hash (SHA-256 of identifiers)".</summary>
    public static string Implementation(ControlImplementation implementation) =>
        string.IsNullOrWhiteSpace(implementation.Note) ? implementation.Element : implementation.Element + " (" + implementation.Note + ")";

    /// <summary>"Sample.Hasher.Hash (SHA-256) [Enrichment/Hasher.cs:14]": an implementing element with its note and source line.</summary>
    public static string ImplementationWithLocation(ControlImplementation implementation) =>
        WithLocation(Implementation(implementation), implementation.Location);

    /// <summary>Appends " [file:line]" when the location is known.</summary>
    public static string WithLocation(string text, SourceLocation? location) =>
        location is null ? text : text + " [" + location + "]";

    public static string PersonalData(PersonalDataEvidence evidence) => evidence switch
    {
        PersonalDataEvidence.Declared => "Yes (declared)",
        PersonalDataEvidence.DeclaredAndDerived => "Yes (declared; payload types carry it)",
        PersonalDataEvidence.DerivedOnly => "Yes (payload types carry it; declared as not sent)",
        _ => "No",
    };

    public static string Profile(VendorProfile profile) => profile switch
    {
        VendorProfile.MetaConversionsApi => "Meta Conversions API",
        VendorProfile.Ga4MeasurementProtocol => "GA4 Measurement Protocol",
        VendorProfile.TikTokEventsApi => "TikTok Events API",
        VendorProfile.GoogleAdsEnhancedConversions => "Google Ads enhanced conversions",
        _ => profile.ToString(),
    };
}
