using System;
using System.Collections.Generic;

namespace Corpus.Shop;

public class Customer
{
    public Guid Id { get; set; }
    public string FirstName { get; set; } = ""; // expect: Name
    public string LastName { get; set; } = ""; // expect: Name
    public string Email { get; set; } = ""; // expect: Email
    public bool EmailVerified { get; set; } // lookalike
    public string? PhoneNumber { get; set; } // expect: Phone
    public bool PhoneNumberConfirmed { get; set; } // lookalike
    public DateOnly? DateOfBirth { get; set; } // expect: DateOfBirth
    public string? Gender { get; set; } // expect: Gender
    public string PasswordHash { get; set; } = ""; // expect: Credential
    public string? SecurityStamp { get; set; }
    public bool TwoFactorEnabled { get; set; }
    public int AccessFailedCount { get; set; }
    public bool MarketingOptIn { get; set; }
    public string PreferredLanguage { get; set; } = "en";
    public DateTime CreatedAt { get; set; }
    public DateTime? LastLoginAt { get; set; }
    public string? LastLoginIp { get; set; } // expect: IpAddress
    public int LoyaltyPoints { get; set; }
    public CustomerTier Tier { get; set; }
    public Address? DefaultShippingAddress { get; set; } // expect: PostalAddress
    public Address? DefaultBillingAddress { get; set; } // expect: PostalAddress
    public List<Order> Orders { get; set; } = new();
    public string? StripeCustomerId { get; set; } // expect: UserId
    public string? Notes { get; set; }
}

public enum CustomerTier { Standard, Silver, Gold }

public class Address
{
    public int Id { get; set; }
    public string? Company { get; set; }
    public string Line1 { get; set; } = ""; // expect: PostalAddress
    public string? Line2 { get; set; } // expect: PostalAddress
    public string City { get; set; } = ""; // expect: PostalAddress
    public string? Region { get; set; } // expect: PostalAddress
    public string PostalCode { get; set; } = ""; // expect: PostalAddress
    public string CountryCode { get; set; } = ""; // expect: PostalAddress
    public bool IsDefault { get; set; }
}

public class CustomerSummary
{
    public Guid CustomerId { get; set; } // expect: UserId
    public string FullName { get; set; } = ""; // expect: Name
    public int OrderCount { get; set; }
    public decimal LifetimeValue { get; set; }
    public int EmailCount { get; set; } // lookalike
    public string? EmailTemplateId { get; set; } // lookalike
}
