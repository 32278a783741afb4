using TrackLayer.ControlsAsCode;

namespace TrackLayer.Sample.Pipeline.Events;

/// <summary>An incoming event after enrichment: identifiers normalised and hashed, consent resolved.</summary>
public sealed record EnrichedEvent(
    IncomingEvent Source,
    [property: Pseudonymised(DataCategory.Email, Method = "SHA-256")] string? HashedEmail,
    [property: Pseudonymised(DataCategory.Phone, Method = "SHA-256")] string? HashedPhone,
    [property: NonPersonal] string Country,
    [property: NonPersonal] bool MayUseForAdvertising);
