using System;
using System.Collections.Generic;

namespace Corpus.Shop;

public class Order
{
    public long Id { get; set; }
    public string OrderNumber { get; set; } = "";
    public Guid CustomerId { get; set; } // expect: UserId
    public string CustomerEmail { get; set; } = ""; // expect: Email
    public string? CustomerName { get; set; } // expect: Name
    public OrderStatus Status { get; set; } // lookalike
    public decimal Subtotal { get; set; }
    public decimal ShippingCost { get; set; } // lookalike
    public decimal TaxTotal { get; set; }
    public decimal Total { get; set; }
    public string Currency { get; set; } = "EUR";
    public string? CouponCode { get; set; }
    public Address ShippingAddress { get; set; } = new(); // expect: PostalAddress
    public Address BillingAddress { get; set; } = new(); // expect: PostalAddress
    public string? ShippingMethod { get; set; } // lookalike
    public string? TrackingNumber { get; set; }
    public string? PlacedFromIp { get; set; } // expect: IpAddress
    public string? UserAgent { get; set; } // expect: UserAgent
    public DateTime PlacedAt { get; set; }
    public List<OrderLine> Lines { get; set; } = new();
    public string? GiftMessage { get; set; }
}

public enum OrderStatus { Pending, Paid, Shipped, Delivered, Cancelled }

public class OrderLine
{
    public int Id { get; set; }
    public string Sku { get; set; } = "";
    public string ProductName { get; set; } = ""; // lookalike
    public int Quantity { get; set; }
    public decimal UnitPrice { get; set; }
    public decimal Discount { get; set; }
}

public class Invoice
{
    public string InvoiceNumber { get; set; } = "";
    public DateOnly IssuedOn { get; set; }
    public DateOnly DueOn { get; set; }
    public string BillToName { get; set; } = ""; // expect: Name
    public string BillToEmail { get; set; } = ""; // expect: Email
    public Address BillToAddress { get; set; } = new(); // expect: PostalAddress
    public string? VatNumber { get; set; }
    public string? Iban { get; set; } // expect: Other
    public decimal AmountDue { get; set; }
    public string? PdfUrl { get; set; }
    public string? FileName { get; set; } // lookalike
}

public class Payment
{
    public string PaymentIntentId { get; set; } = "";
    public string? CardholderName { get; set; } // expect: Name
    public string? CardLast4 { get; set; }
    public string? CardBrand { get; set; }
    public int ExpiryMonth { get; set; }
    public int ExpiryYear { get; set; }
    public string? ReceiptEmail { get; set; } // expect: Email
    public string? Cvc { get; set; } // expect: Credential
}
