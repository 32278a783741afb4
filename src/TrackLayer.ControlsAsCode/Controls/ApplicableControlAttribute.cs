using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Declares that an ISO/IEC 27001:2022 Annex A control applies, why, and how far it is implemented.
/// Put it on a class that stands for the control (or on the assembly); one attribute per control.
/// </summary>
/// <example>
/// <code>
/// [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "Platform team",
///     Status = ImplementationStatus.Implemented, Evidence = new[] { "docs/hashing.md" }, ReviewedOn = "2026-04-24")]
/// public sealed class UseOfCryptography { }
/// </code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ApplicableControlAttribute : Attribute
{
    /// <summary>Declares the control applicable.</summary>
    /// <param name="controlId">The 2022 Annex A id, for example <c>8.24</c>. A 2013 id (<c>A.10.1.1</c>) is reported with its 2022 replacement.</param>
    /// <param name="reason">Why it is included; combine reasons with <c>|</c>.</param>
    public ApplicableControlAttribute(string controlId, InclusionReason reason)
    {
        ControlId = controlId;
        Reason = reason;
    }

    /// <summary>The Annex A control id.</summary>
    public string ControlId { get; }

    /// <summary>Why the control is included.</summary>
    public InclusionReason Reason { get; }

    /// <summary>The justification in words: which risk, law or contract, in a sentence an auditor can check.</summary>
    public string? Justification { get; set; }

    /// <summary>How far the control is implemented.</summary>
    public ImplementationStatus Status { get; set; }

    /// <summary>Who owns the control (a role or team).</summary>
    public string? Owner { get; set; }

    /// <summary>Where the evidence is: repository paths, ticket ids or URLs.</summary>
    public string[]? Evidence { get; set; }

    /// <summary>The date of the last review, ISO 8601 (<c>2026-04-24</c>).</summary>
    public string? ReviewedOn { get; set; }
}
