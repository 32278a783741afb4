using System;
using System.Collections.Generic;

namespace Corpus.Shop;

public class Product
{
    public int Id { get; set; }
    public string Sku { get; set; } = "";
    public string ProductName { get; set; } = ""; // lookalike
    public string? Description { get; set; } // lookalike
    public string CategoryName { get; set; } = ""; // lookalike
    public string? BrandName { get; set; } // lookalike
    public decimal Price { get; set; }
    public string? ImageUrl { get; set; }
    public int StockCount { get; set; }
    public bool IsActive { get; set; }
    public string? CountryOfOrigin { get; set; } // lookalike
    public string? ShippingClass { get; set; } // lookalike
    public string? Slug { get; set; }
    public string? MetaTitle { get; set; }
}

public class Cart
{
    public Guid CartId { get; set; }
    public string? SessionId { get; set; } // lookalike
    public Guid? CustomerId { get; set; } // expect: UserId
    public List<CartItem> Items { get; set; } = new();
    public DateTime UpdatedAt { get; set; }
    public string? AbandonedEmailTemplateId { get; set; } // lookalike
    public bool EmailReminderSent { get; set; } // lookalike
}

public class CartItem
{
    public int ProductId { get; set; }
    public string ProductName { get; set; } = ""; // lookalike
    public int Quantity { get; set; }
    public decimal Price { get; set; }
}

public class Store
{
    public int Id { get; set; }
    public string StoreName { get; set; } = ""; // lookalike
    public string? TimeZone { get; set; }
    public string? SupportPhoneFormat { get; set; } // lookalike
    public int MaxEmailLength { get; set; } // lookalike
    public int IpRateLimit { get; set; } // lookalike
    public string? HostName { get; set; } // lookalike
    public Uri? BaseAddress { get; set; } // lookalike
    public string? DefaultCurrency { get; set; }
}

public class Review
{
    public int Id { get; set; }
    public int ProductId { get; set; }
    public string? ReviewerName { get; set; } // expect: Name
    public string? ReviewerEmail { get; set; } // expect: Email
    public int Rating { get; set; }
    public string? Body { get; set; }
    public bool IsVerifiedPurchase { get; set; }
}
