using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Declares that an ISO/IEC 27001:2022 Annex A control does not apply, and why (ISO/IEC 27001:2022, 6.1.3 d).
/// </summary>
/// <example>
/// <code>[ExcludedControl("7.4", "Fully cloud-hosted: no premises are in scope", Owner = "CISO")]</code>
/// </example>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Assembly, AllowMultiple = true, Inherited = false)]
public sealed class ExcludedControlAttribute : Attribute
{
    /// <summary>Declares the control excluded.</summary>
    /// <param name="controlId">The 2022 Annex A id, for example <c>7.4</c>.</param>
    /// <param name="justification">Why the control does not apply, in a sentence an auditor can check.</param>
    public ExcludedControlAttribute(string controlId, string justification)
    {
        ControlId = controlId;
        Justification = justification;
    }

    /// <summary>The Annex A control id.</summary>
    public string ControlId { get; }

    /// <summary>Why the control does not apply.</summary>
    public string Justification { get; }

    /// <summary>Who decided the exclusion (a role or team).</summary>
    public string? Owner { get; set; }

    /// <summary>The date of the last review, ISO 8601 (<c>2026-04-24</c>).</summary>
    public string? ReviewedOn { get; set; }
}
