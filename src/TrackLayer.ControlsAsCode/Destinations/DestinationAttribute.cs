using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Declares a downstream destination that tracking data is sent to: who owns it, why data goes there, what
/// goes there and for how long it is kept. Each declaration becomes a row of the destination inventory.
/// </summary>
/// <example>
/// <code>
/// [Destination("meta-capi", Vendor = "Meta Platforms", Owner = "Growth team", Purpose = "Conversion measurement",
///     Retention = "P90D", Endpoint = "https://graph.facebook.com", SendsPersonalData = true,
///     Profile = VendorProfile.MetaConversionsApi)]
/// public sealed class MetaConversionsDestination : ITrackingDestination { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class DestinationAttribute : Attribute
{
    /// <summary>Declares a destination.</summary>
    /// <param name="id">A short stable id, unique within the application, for example <c>meta-capi</c>.</param>
    public DestinationAttribute(string id)
    {
        Id = id;
    }

    /// <summary>The destination id.</summary>
    public string Id { get; }

    /// <summary>The vendor or system that receives the data.</summary>
    public string? Vendor { get; set; }

    /// <summary>Who owns the destination (a role or team).</summary>
    public string? Owner { get; set; }

    /// <summary>Why data is sent there.</summary>
    public string? Purpose { get; set; }

    /// <summary>The event types sent, for example <c>Purchase</c>, <c>Lead</c>.</summary>
    public string[]? EventTypes { get; set; }

    /// <summary>Whether personal data (including pseudonymised identifiers) is sent.</summary>
    public bool SendsPersonalData { get; set; }

    /// <summary>Whether consent-sensitive signals are sent (data that may only flow with the user's consent).</summary>
    public bool ConsentSensitive { get; set; }

    /// <summary>The consent category that gates the flow, for example <c>marketing</c> or <c>analytics</c>.</summary>
    public string? ConsentCategory { get; set; }

    /// <summary>How long the destination keeps the data, as an ISO 8601 duration (<c>P90D</c>, <c>P2Y</c>).</summary>
    public string? Retention { get; set; }

    /// <summary>The endpoint data is sent to, for example <c>https://graph.facebook.com</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary>Where the data is processed or stored, for example <c>EU</c> or <c>US</c>.</summary>
    public string? Region { get; set; }

    /// <summary>The contract or data processing agreement that governs the flow.</summary>
    public string? Contract { get; set; }

    /// <summary>The date of the last review, ISO 8601 (<c>2026-04-24</c>).</summary>
    public string? ReviewedOn { get; set; }

    /// <summary>The vendor's documented rules to enforce on payloads sent here.</summary>
    public VendorProfile Profile { get; set; }
}
