using System;

namespace TrackLayer.ControlsAsCode;

/// <summary>
/// Why an Annex A control is included in the Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d).
/// Combine reasons with <c>|</c>.
/// </summary>
[Flags]
public enum InclusionReason
{
    /// <summary>No reason stated.</summary>
    None = 0,

    /// <summary>The risk assessment selected the control to treat a risk.</summary>
    RiskAssessment = 1,

    /// <summary>A law or regulation requires it.</summary>
    LegalRequirement = 2,

    /// <summary>A contract with a customer or supplier requires it.</summary>
    ContractualRequirement = 4,

    /// <summary>Adopted as good practice without a specific risk, legal or contractual driver.</summary>
    BestPractice = 8,
}
