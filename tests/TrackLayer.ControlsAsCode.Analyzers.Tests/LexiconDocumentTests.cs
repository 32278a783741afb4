using System.Linq;
using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>The lexicon as data: the embedded table, the line format, user overlays and the context rules.</summary>
public class LexiconDocumentTests
{
    [Fact]
    public void The_embedded_table_parses_without_errors()
    {
        var document = PersonalDataLexicon.BuiltInDocument;
        Assert.Empty(document.Errors);
        Assert.True(PersonalDataLexicon.Entries.Count > 150, "only " + PersonalDataLexicon.Entries.Count + " entries");
        Assert.Contains("is", document.NeutralBefore);
        Assert.Contains("hash", document.ValueAfter);
        Assert.Contains("customer", document.PersonWords);
        Assert.Contains("line", document.AddressParts);
    }

    [Theory]
    [InlineData("ApiKey")]
    [InlineData("client_secret")]
    [InlineData("Password")]
    [InlineData("PasswordHash")]
    [InlineData("AccessToken")]
    [InlineData("refresh_token")]
    [InlineData("ConnectionString")]
    [InlineData("ConfirmationToken")]
    [InlineData("WebhookSecret")]
    public void Secrets_are_credentials(string identifier)
    {
        Assert.True(PersonalDataLexicon.TryMatch(identifier, out var match));
        Assert.True(match.IsCredential);
        Assert.Equal("Credential", match.Entry.Suggestion);
        Assert.Null(PersonalDataLexicon.Match(identifier)); // not a personal-data category
    }

    [Theory]
    [InlineData("NextPageToken")]
    [InlineData("ContinuationToken")]
    [InlineData("CancellationToken")]
    [InlineData("TokenType")]
    [InlineData("SecretName")]
    [InlineData("ApiKeyHeaderName")]
    [InlineData("PasswordMinLength")]
    [InlineData("CacheKey")]
    [InlineData("IdempotencyToken")]
    public void Secret_look_alikes_do_not_match(string identifier)
    {
        Assert.False(PersonalDataLexicon.TryMatch(identifier, out _));
    }

    [Theory]
    [InlineData("madid", "AdvertisingId")]
    [InlineData("app_instance_id", "DeviceId")]
    [InlineData("anon_id", "UserId")]
    [InlineData("distinct_id", "UserId")]
    [InlineData("IPv4Address", "IpAddress")]
    [InlineData("ipv6", "IpAddress")]
    [InlineData("XForwardedFor", "IpAddress")]
    [InlineData("ReviewerName", "Name")]
    [InlineData("subscriber_name", "Name")]
    [InlineData("Mobilephone", "Phone")]
    [InlineData("LocationLat", "Location")]
    [InlineData("Address1", "PostalAddress")]
    [InlineData("Ssn", "Other")]
    [InlineData("PushToken", "DeviceId")]
    public void More_personal_names(string identifier, string expected)
    {
        Assert.Equal(expected, PersonalDataLexicon.Match(identifier)?.ToString());
    }

    [Theory]
    [InlineData("Line1", "Address", "PostalAddress")]
    [InlineData("Region", "ShippingAddressDto", "PostalAddress")]
    [InlineData("CountryCode", "PostalAddress", "PostalAddress")]
    [InlineData("Name", "CustomerDetails", "Name")]
    [InlineData("DisplayName", "Subscriber", "Name")]
    [InlineData("Name", "CustomerAddress", "Name")] // both an address and a person's: the person's name
    [InlineData("Line2", "CustomerAddress", "PostalAddress")]
    public void Context_names_members_by_their_type(string member, string type, string expected)
    {
        Assert.True(PersonalDataLexicon.Default.TryMatchMember(member, type, out var match));
        Assert.Equal(expected, match.Category.ToString());
    }

    [Theory]
    [InlineData("Line1", "OrderLine")]
    [InlineData("Region", "Campaign")]
    [InlineData("Country", "Product")]
    [InlineData("Name", "Product")]
    [InlineData("Name", "Campaign")]
    [InlineData("DisplayName", "Store")]
    public void Context_needs_an_address_or_person_type(string member, string type)
    {
        Assert.False(PersonalDataLexicon.Default.TryMatchMember(member, type, out _));
    }

    [Fact]
    public void A_user_document_adds_remaps_silences_and_extends_directives()
    {
        var user = LexiconDocument.Parse("loyalty_card: UserId\ncity: Credential\n-email\nshipping city: None\n@value-after formatted\n");
        Assert.Empty(user.Errors);
        var table = LexiconTable.Create(PersonalDataLexicon.BuiltInDocument, user);

        Assert.True(table.TryMatch("LoyaltyCard", out var loyalty) && loyalty.Category.ToString() == "UserId");
        Assert.True(table.TryMatch("City", out var city) && city.IsCredential);
        Assert.False(table.TryMatch("Email", out _)); // "email" and its run-together twin "e mail" are one term
        Assert.False(table.TryMatch("ShippingCity", out _));
        Assert.True(table.TryMatch("PhoneFormatted", out var phone) && phone.Category.ToString() == "Phone");
        Assert.True(PersonalDataLexicon.Default.TryMatch("Email", out _)); // the built-in table is untouched
    }

    [Fact]
    public void Option_values_parse_as_lines()
    {
        var document = LexiconDocument.ParseOptions(" badge:UserId:exact , ,nope ", "city, client id");
        Assert.Single(document.Entries);
        Assert.Equal(LexiconMatchKind.Exact, document.Entries.Single().Kind);
        Assert.Equal(new[] { "city", "client id" }, document.Silenced);
        Assert.Single(document.Errors);
        Assert.Equal("nope", document.Errors[0].Text);
    }

    [Fact]
    public void Errors_carry_line_column_and_length()
    {
        var document = LexiconDocument.Parse("ok: Email\n\n   bad line   # note\r\nx: Y");
        Assert.Equal(2, document.Errors.Count);
        Assert.Equal((2, 3, 8), (document.Errors[0].Line, document.Errors[0].Column, document.Errors[0].Length));
        Assert.Equal((3, 0, 4), (document.Errors[1].Line, document.Errors[1].Column, document.Errors[1].Length));
    }
}
