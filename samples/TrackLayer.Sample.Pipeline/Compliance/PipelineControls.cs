using TrackLayer.ControlsAsCode;

namespace TrackLayer.Sample.Pipeline.Compliance;

// The Annex A controls this service answers for. Each decision sits next to the code it governs and is
// reviewed like code; the Statement of Applicability is regenerated from it on every build.

/// <summary>Supplier relationships: every destination is a supplier with an owner, a purpose and a contract.</summary>
[ApplicableControl("5.19", InclusionReason.RiskAssessment | InclusionReason.ContractualRequirement,
    Justification = "Event data is sent to advertising and analytics vendors; each is a supplier relationship.",
    Status = ImplementationStatus.Implemented, Owner = "Data Platform",
    Evidence = new[] { "docs/suppliers/destination-register.md", "SEC-142" }, ReviewedOn = "2026-04-24")]
[ApplicableControl("5.34", InclusionReason.LegalRequirement,
    Justification = "GDPR: the pipeline processes identifiers of website visitors.",
    Status = ImplementationStatus.PartiallyImplemented, Owner = "Privacy Office", ReviewedOn = "2026-04-24")]
public sealed class SupplierAndPrivacyControls
{
}

/// <summary>Cryptography: identifiers that vendors accept hashed leave the pipeline as SHA-256.</summary>
[ApplicableControl("8.24", InclusionReason.RiskAssessment,
    Justification = "Contact identifiers must not leave the pipeline in clear where the vendor accepts hashes.",
    Status = ImplementationStatus.Implemented, Owner = "Data Platform",
    Evidence = new[] { "https://tracklayer.example/runbooks/hashing" }, ReviewedOn = "2026-04-24")]
public sealed class CryptographyControl
{
}

/// <summary>Logging: delivery logs are the evidence of what was sent where.</summary>
[ApplicableControl("8.15", InclusionReason.RiskAssessment | InclusionReason.BestPractice,
    Status = ImplementationStatus.Planned, Owner = "SRE")]
public sealed class LoggingControl
{
}

/// <summary>Physical controls do not apply: the service runs on a cloud provider's infrastructure.</summary>
[ExcludedControl("7.4", "No premises are in scope: the service runs entirely on cloud infrastructure covered by the provider's ISO 27001 certificate.",
    Owner = "Head of Security", ReviewedOn = "2026-04-24")]
[ExcludedControl("7.5", "No premises are in scope: protection against physical threats is the cloud provider's control.",
    Owner = "Head of Security", ReviewedOn = "2026-04-24")]
public sealed class PhysicalControlsOutOfScope
{
}
