using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>Every diagnostic descriptor of the analyzers, in one place. Ids come from <see cref="DiagnosticIds"/>.</summary>
internal static partial class DiagnosticDescriptors
{
    public const string DataClassificationCategory = "TrackLayer.DataClassification";
    public const string DestinationsCategory = "TrackLayer.Destinations";
    public const string DataFlowCategory = "TrackLayer.DataFlow";
    public const string ControlsCategory = "TrackLayer.Controls";

    /// <summary>
    /// The key of <see cref="Diagnostic.Properties"/> that carries the suggested <c>DataCategory</c> member name (or
    /// <see cref="CredentialSuggestion"/>), so a code fix does not run the lexicon again.
    /// </summary>
    public const string CategoryProperty = "Category";

    public static readonly DiagnosticDescriptor UnclassifiedPersonalData = new(
        id: DiagnosticIds.UnclassifiedPersonalData,
        title: "Personal data without a data classification",
        messageFormat: "{0} looks like {1} but has no data classification; add {2}",
        category: DataClassificationCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A property, field or record parameter whose name, serialized name or type looks like personal data (email, phone, IP address, user agent, user, device, advertising, cookie and click ids, names, postal address, date of birth, gender) or a secret (password, token, API key) carries no data classification attribute. Classify it so the registers, the redaction stack and the destination checks know what it holds.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UnclassifiedPersonalData));
}
