using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// States that a code element implements (part of) an Annex A control, so the Statement of Applicability
/// can point auditors at the code that does the work.
/// </summary>
/// <example>
/// <code>
/// [ImplementsControl("8.24", Note = "SHA-256 of normalised identifiers before they leave the pipeline")]
/// public static class IdentifierHasher { }
/// </code>
/// </example>
[AttributeUsage(
    AttributeTargets.Class | AttributeTargets.Struct | AttributeTargets.Interface | AttributeTargets.Method |
    AttributeTargets.Property | AttributeTargets.Field | AttributeTargets.Constructor,
    AllowMultiple = true, Inherited = false)]
public sealed class ImplementsControlAttribute : Attribute
{
    /// <summary>Links this element to a control.</summary>
    /// <param name="controlId">The 2022 Annex A id, for example <c>8.24</c>.</param>
    public ImplementsControlAttribute(string controlId)
    {
        ControlId = controlId;
    }

    /// <summary>The Annex A control id.</summary>
    public string ControlId { get; }

    /// <summary>What this element does for the control, in a few words.</summary>
    public string? Note { get; set; }
}
