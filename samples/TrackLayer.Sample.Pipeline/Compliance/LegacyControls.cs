using TrackLayer.ControlsAsCode;

namespace TrackLayer.Sample.Pipeline.Compliance;

/// <summary>Segregation of environments, carried over from the ISO/IEC 27001:2013 programme.</summary>
// Deliberate violation (TLC3002): "A.12.1.4" is the 2013 id; the quick fix replaces it with 8.31, its 2022 successor.
[ApplicableControl("A.12.1.4", InclusionReason.RiskAssessment,
    Justification = "Production event data must not reach development or test environments.",
    Status = ImplementationStatus.Implemented, Owner = "SRE", ReviewedOn = "2026-04-24")]
public sealed class EnvironmentSeparationControl
{
}
