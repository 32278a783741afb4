using System.Net.Http.Json;
using TrackLayer.ControlsAsCode;
using TrackLayer.Sample.Pipeline.Events;
using TrackLayer.Sample.Pipeline.Routing;

namespace TrackLayer.Sample.Pipeline.Destinations;

/// <summary>The customer's own webhook: leads, for their CRM.</summary>
[Destination("customer-crm-webhook", Vendor = "Customer (self-hosted CRM)", Owner = "Customer Success",
    Purpose = "Deliver leads to the customer's CRM", EventTypes = new[] { "Lead" }, SendsPersonalData = true,
    Retention = "P30D", Endpoint = "https://crm.customer.example/hooks/tracklayer", Region = "EU",
    Contract = "Customer DPA, annex 2", ReviewedOn = "2026-04-24")]
public sealed class CustomerWebhookDestination(Uri endpoint) : IEventDestination
{
    public bool Accepts(EnrichedEvent enriched) => enriched.Source.EventName == "Lead";

    public HttpRequestMessage BuildRequest(EnrichedEvent enriched) =>
        new(HttpMethod.Post, endpoint)
        {
            Content = JsonContent.Create(new LeadWebhookPayload(enriched.Source.EventId, enriched.Source.Email, enriched.Source.CustomerId)),
        };
}

/// <summary>What the customer's CRM receives for a lead.</summary>
public sealed record LeadWebhookPayload(
    [property: NonPersonal] string EventId,
    // Deliberate violation (TLC1001): the lead's email goes to the webhook unclassified.
    string? ContactEmail,
    [property: Personal(DataCategory.UserId)] string? CustomerId);
