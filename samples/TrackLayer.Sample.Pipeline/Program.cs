using TrackLayer.Sample.Pipeline.Destinations;
using TrackLayer.Sample.Pipeline.Enrichment;
using TrackLayer.Sample.Pipeline.Events;
using TrackLayer.Sample.Pipeline.Routing;

// A dry run of the pipeline: one event in, the requests each destination would receive out. Nothing is sent.
var incoming = new IncomingEvent
{
    EventName = "Purchase",
    EventId = "evt-0001",
    OccurredAt = DateTimeOffset.Parse("2026-04-24T10:15:00Z"),
    PageUrl = "https://shop.example/checkout/thank-you",
    Email = " Jane.Doe@Example.com ",
    PhoneNumber = "+49 (0)30 1234567",
    ClientIpAddress = "203.0.113.7",
    UserAgent = "Mozilla/5.0",
    FacebookBrowserId = "fb.1.1714000000000.123456789",
    GaClientId = "1234567890.1714000000",
    TikTokClickId = "E.C.P.abc123",
    Value = 49.90m,
    Currency = "EUR",
    MarketingConsent = true,
};

var destinations = new IEventDestination[]
{
    new MetaConversionsDestination("000000000000000", "dry-run-token"),
    new Ga4MeasurementProtocolDestination("G-DRYRUN", "dry-run-secret"),
    new TikTokEventsDestination("DRYRUNPIXEL", "dry-run-token"),
    new CustomerWebhookDestination(new Uri("https://crm.customer.example/hooks/tracklayer")),
};

using var http = new HttpClient();
var router = new EventRouter(destinations, http);
var enriched = new EventEnricher().Enrich(incoming, country: "de");
foreach (var line in await router.RouteAsync(enriched, dryRun: true))
{
    Console.WriteLine(line);
}
