using System.Collections.Generic;
using System.Runtime.Serialization;
using System.Text.Json.Serialization;

namespace Corpus.Webhooks;

public sealed class CheckoutSessionCompleted
{
    [JsonPropertyName("id")] public string Id { get; set; } = "";
    [JsonPropertyName("customer")] public string? Customer { get; set; }
    [JsonPropertyName("customer_email")] public string? CustomerEmail { get; set; } // expect: Email
    [JsonPropertyName("customer_details")] public CustomerDetails? CustomerDetails { get; set; }
    [JsonPropertyName("amount_total")] public long AmountTotal { get; set; }
    [JsonPropertyName("currency")] public string? Currency { get; set; }
    [JsonPropertyName("payment_status")] public string? PaymentStatus { get; set; }
    [JsonPropertyName("client_reference_id")] public string? ClientReferenceId { get; set; }
}

public sealed class CustomerDetails
{
    [JsonPropertyName("name")] public string? Name { get; set; } // expect: Name
    [JsonPropertyName("email")] public string? Email { get; set; } // expect: Email
    [JsonPropertyName("phone")] public string? Phone { get; set; } // expect: Phone
    [JsonPropertyName("address")] public PostalAddress? Address { get; set; } // expect: PostalAddress
    [JsonPropertyName("tax_exempt")] public string? TaxExempt { get; set; }
}

public sealed class PostalAddress
{
    [JsonPropertyName("line1")] public string? Line1 { get; set; } // expect: PostalAddress
    [JsonPropertyName("line2")] public string? Line2 { get; set; } // expect: PostalAddress
    [JsonPropertyName("city")] public string? City { get; set; } // expect: PostalAddress
    [JsonPropertyName("state")] public string? State { get; set; } // expect: PostalAddress
    [JsonPropertyName("postal_code")] public string? PostalCode { get; set; } // expect: PostalAddress
    [JsonPropertyName("country")] public string? Country { get; set; } // expect: PostalAddress
}

[DataContract]
public sealed class ShopifyOrderWebhook
{
    [DataMember(Name = "id")] public long Id { get; set; }
    [DataMember(Name = "email")] public string? ContactInfo { get; set; } // expect: Email
    [DataMember(Name = "browser_ip")] public string? BrowserIp { get; set; } // expect: IpAddress
    [DataMember(Name = "phone")] public string? Contact { get; set; } // expect: Phone
    [DataMember(Name = "landing_site")] public string? LandingSite { get; set; }
    [DataMember(Name = "total_price")] public string? TotalPrice { get; set; }
    [DataMember(Name = "financial_status")] public string? FinancialStatus { get; set; }
    [DataMember(Name = "tags")] public string? Tags { get; set; }
    [DataMember(Name = "note")] public string? Note { get; set; }
}

public sealed record HubSpotContact(
    string Id,
    string Firstname, // expect: Name
    string Lastname, // expect: Name
    string Email, // expect: Email
    string? Mobilephone, // expect: Phone
    string? Jobtitle,
    string? Lifecyclestage,
    string? HsAnalyticsSource);

public sealed record EmailAddressValue(string Value);

public sealed class Ticket
{
    public int Id { get; set; }
    public string Subject { get; set; } = "";
    public EmailAddressValue Requester { get; set; } = new(""); // expect: Email
    public List<EmailAddressValue> Cc { get; set; } = new(); // expect: Email
    public string? Priority { get; set; }
}
