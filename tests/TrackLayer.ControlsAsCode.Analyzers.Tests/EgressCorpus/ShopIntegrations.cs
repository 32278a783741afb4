using System;
using System.Collections.Generic;
using System.Net;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using TrackLayer.ControlsAsCode;

namespace Corpus.Shop;

[Destination("stripe", Owner = "Payments", Purpose = "Card payments", Retention = "P7Y", Endpoint = "https://api.stripe.com", SendsPersonalData = true)]
public sealed class StripePayments(HttpClient http)
{
    public Task<HttpResponseMessage> ChargeAsync(FormUrlEncodedContent form) => http.PostAsync("https://api.stripe.com/v1/charges", form);
}

public sealed class OrderNotifications(HttpClient http, IDictionary<string, string> settings)
{
    private const string SlackWebhook = "https://hooks.slack.com/services/T000/B000/XXXX";

    public Task NotifySlackAsync(string text) => http.PostAsJsonAsync(/*!TLC2101*/SlackWebhook, new { text });

    // Mailchimp's data centre is part of the host: not known at compile time.
    public Task SubscribeAsync(string dataCentre, string listId, object member) =>
        http.PostAsJsonAsync(/*!TLC2102*/$"https://{dataCentre}.api.mailchimp.com/3.0/lists/{listId}/members", member);

    // Configured webhook of a marketplace partner.
    public Task ForwardAsync(object order) => http.PostAsJsonAsync(/*!TLC2102*/settings["Marketplace:WebhookUrl"], order);

    public async Task<bool> HealthAsync() => (await http.GetAsync("http://localhost:8080/health")).IsSuccessStatusCode;
}

public sealed class CrmSync
{
    public async Task PushContactAsync(HttpClient http, object contact)
    {
        var request = new HttpRequestMessage
        {
            Method = HttpMethod.Post,
            RequestUri = /*!TLC2101*/new Uri("https://api.hubapi.com/crm/v3/objects/contacts"),
            Content = JsonContent.Create(contact),
        };
        await http.SendAsync(request);
    }

#pragma warning disable SYSLIB0014 // WebClient is obsolete, and still everywhere in old shop code
    public void PushLegacy(string csv)
    {
        using var client = new WebClient();
        client.UploadString(/*!TLC2101*/"https://hooks.zapier.com/hooks/catch/123/abc/", csv);
        client.DownloadString(/*!TLC2101*/new Uri("https://feeds.supplier.example/stock.csv"));
    }
#pragma warning restore SYSLIB0014
}

public static class ShopClients
{
    public static HttpClient Erp(IDictionary<string, string> config) =>
        new() { BaseAddress = /*!TLC2102*/new Uri(config["Erp:BaseUrl"]) };
}
