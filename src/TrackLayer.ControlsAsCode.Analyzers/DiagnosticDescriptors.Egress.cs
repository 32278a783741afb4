using Microsoft.CodeAnalysis;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Analyzers;

// Egress (TLC21xx), disallowed flows (TLC40xx) and vendor profiles (TLC41xx).
internal static partial class DiagnosticDescriptors
{
    /// <summary>The key of <see cref="Diagnostic.Properties"/> that carries the host of an undeclared outbound call.</summary>
    public const string HostProperty = "Host";

    /// <summary>The key of <see cref="Diagnostic.Properties"/> that carries the endpoint (scheme and host) to declare.</summary>
    public const string EndpointProperty = "Endpoint";

    public static readonly DiagnosticDescriptor UndeclaredEgress = new(
        id: DiagnosticIds.UndeclaredEgress,
        title: "Outbound call to a host no declared destination covers",
        messageFormat: "{0} sends data to '{1}', which no declared destination covers; declare it with [Destination(\"...\", Endpoint = \"{2}\", ...)] or remove the call",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "An HttpClient, HttpRequestMessage, WebClient or known vendor SDK call goes to a host that no [Destination(Endpoint = ...)] in the compilation or its references covers. Every host data is sent to belongs in the destination inventory, with an owner, a purpose and a retention period.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.UndeclaredEgress));

    public static readonly DiagnosticDescriptor EgressHostUnknown = new(
        id: DiagnosticIds.EgressHostUnknown,
        title: "Outbound call to a host not known at compile time",
        messageFormat: "{0} sends data to a host not known at compile time; {1}",
        category: DestinationsCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The URL of an outbound call comes from configuration, a parameter or a computed string, so no rule can tell which destination receives the data. Declare the destination on the type that makes the call, with its Endpoint, or build the URL from a constant host.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.EgressHostUnknown));

    public static readonly DiagnosticDescriptor PersonalDataToNonPersonalDestination = new(
        id: DiagnosticIds.PersonalDataToNonPersonalDestination,
        title: "Personal data sent to a destination declared as not receiving it",
        messageFormat: "Payload '{0}' carries personal data ({1}) but destination '{2}' declares SendsPersonalData = false; remove those members from the payload or declare SendsPersonalData = true",
        category: DataFlowCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A payload sent to a destination carries members classified [Personal], [Pseudonymised] or [SpecialCategory] (directly or in nested members and collections), while the destination's declaration says no personal data goes there. Either the payload or the inventory is wrong.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.PersonalDataToNonPersonalDestination));

    public static readonly DiagnosticDescriptor SpecialCategoryToAdvertisingDestination = new(
        id: DiagnosticIds.SpecialCategoryToAdvertisingDestination,
        title: "Special-category data sent to an advertising destination",
        messageFormat: "Payload '{0}' carries special-category data ({1}) to advertising destination '{2}' ({3}); remove those members from the payload",
        category: DataFlowCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A payload sent to a destination with an advertising vendor profile (Meta, TikTok, Google Ads) or the consent category 'marketing' carries members classified [SpecialCategory] (health, religion, sexual orientation...). GDPR Article 9 and the vendors' own terms forbid using such data for advertising.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.SpecialCategoryToAdvertisingDestination));

    public static readonly DiagnosticDescriptor VendorRequiresHashing = new(
        id: DiagnosticIds.VendorRequiresHashing,
        title: "Identifier sent in clear that the vendor requires SHA-256 hashed",
        messageFormat: "'{0}' is sent to {1} as '{2}' ({3}), which the vendor requires SHA-256 hashed [{4}], but it is classified [Personal] (clear); send the normalised SHA-256 hash and classify it [Pseudonymised]",
        category: DataFlowCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The destination's vendor profile says this field must be SHA-256 hashed before sending, but the payload member that fills it is classified as personal data in clear. Sending it in clear discloses more than the vendor needs and breaks its matching.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.VendorRequiresHashing));

    public static readonly DiagnosticDescriptor VendorRequiresClear = new(
        id: DiagnosticIds.VendorRequiresClear,
        title: "Identifier sent hashed that the vendor requires in clear",
        messageFormat: "'{0}' is sent to {1} as '{2}' ({3}), which the vendor requires in clear (not hashed) [{4}], but it is classified [Pseudonymised]; send the raw value and classify it [Personal]",
        category: DataFlowCategory,
        defaultSeverity: DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "The destination's vendor profile says this field must be sent in clear (for example Meta's client_ip_address, client_user_agent, fbp and fbc), but the payload member that fills it is classified as pseudonymised (hashed). A hashed value cannot be matched: the data is sent for nothing.",
        helpLinkUri: DiagnosticIds.HelpLink(DiagnosticIds.VendorRequiresClear));
}
