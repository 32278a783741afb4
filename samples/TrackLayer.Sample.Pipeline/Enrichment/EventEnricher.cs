using TrackLayer.Sample.Pipeline.Events;

namespace TrackLayer.Sample.Pipeline.Enrichment;

/// <summary>Adds what destinations need and nothing more: hashed identifiers, country, advertising consent.</summary>
public sealed class EventEnricher
{
    public EnrichedEvent Enrich(IncomingEvent incoming, string country) => new(
        incoming,
        IdentifierHasher.HashEmail(incoming.Email),
        IdentifierHasher.HashPhone(incoming.PhoneNumber),
        country,
        MayUseForAdvertising: incoming.MarketingConsent);
}
