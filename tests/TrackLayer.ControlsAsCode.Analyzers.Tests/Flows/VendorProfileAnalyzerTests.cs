using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.Analyzers.Flows;
using TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Flows;

/// <summary>TLC4101 (required hashed, sent clear) and TLC4102 (required clear, sent hashed).</summary>
public class VendorProfileAnalyzerTests
{
    private const string Destinations = """
        using System.Collections.Generic;
        using System.Net.Http;
        using System.Net.Http.Json;
        using System.Runtime.Serialization;
        using System.Text.Json.Serialization;
        using TrackLayer.ControlsAsCode;

        [Destination("meta-capi", Endpoint = "https://graph.facebook.com", SendsPersonalData = true, Profile = VendorProfile.MetaConversionsApi)]
        public sealed class Meta
        {
            public HttpContent Build(MetaRequest r) => JsonContent.Create({|#0:r|});
        }

        [Destination("tiktok", Endpoint = "https://business-api.tiktok.com", SendsPersonalData = true, Profile = VendorProfile.TikTokEventsApi)]
        public sealed class TikTok
        {
            public void Send(HttpClient http, TikTokUser u) => http.PostAsJsonAsync("https://business-api.tiktok.com/open_api/v1.3/event/track/", {|#1:u|});
        }

        [Destination("ga4", Endpoint = "https://region1.google-analytics.com", SendsPersonalData = true, Profile = VendorProfile.Ga4MeasurementProtocol)]
        public sealed class Ga4
        {
            public HttpContent Build(Ga4Payload p) => JsonContent.Create({|#2:p|});
        }

        [Destination("google-ads", Endpoint = "https://googleads.googleapis.com", SendsPersonalData = true, Profile = VendorProfile.GoogleAdsEnhancedConversions)]
        public sealed class GoogleAds
        {
            public HttpContent Build(AdsIdentifier p) => JsonContent.Create({|#3:p|});
        }

        public record MetaRequest([property: JsonPropertyName("data")] List<MetaEvent> Data);
        public record MetaEvent([property: JsonPropertyName("user_data")] MetaUserData UserData);
        """;

    private static DiagnosticResult Hashing(int location, string path, string vendor, string key, string holds, string source)
        => new DiagnosticResult(DiagnosticDescriptors.VendorRequiresHashing).WithLocation(location).WithArguments(path, vendor, key, holds, source);

    private static DiagnosticResult Clear(int location, string path, string vendor, string key, string holds, string source)
        => new DiagnosticResult(DiagnosticDescriptors.VendorRequiresClear).WithLocation(location).WithArguments(path, vendor, key, holds, source);

    private const string Violations = Destinations + """

        public record MetaUserData
        {
            [Personal(DataCategory.Email)][JsonPropertyName("em")] public string Email { get; init; }
            [Personal(DataCategory.Phone)][DataMember(Name = "ph")] public string Ph { get; init; }
            [Personal(DataCategory.UserId)][JsonPropertyName("external_id")] public string ExternalId { get; init; }
            [Pseudonymised(DataCategory.IpAddress)][JsonPropertyName("client_ip_address")] public string Ip { get; init; }
            [Pseudonymised(DataCategory.CookieId)] public string Fbp { get; init; }
            [Pseudonymised(DataCategory.Email)][JsonPropertyName("em")] public string HashedEmail2 { get; init; }
        }

        public record TikTokUser
        {
            [Personal(DataCategory.Email)] public string Email { get; init; }
            [Pseudonymised(DataCategory.ClickId)] public string Ttclid { get; init; }
            [Pseudonymised(DataCategory.UserAgent)] public string UserAgent { get; init; }
            [Personal(DataCategory.IpAddress)] public string Ip { get; init; }
        }

        public record Ga4Payload
        {
            [Pseudonymised(DataCategory.CookieId)][JsonPropertyName("client_id")] public string ClientId { get; init; }
            [JsonPropertyName("user_data")] public Ga4UserData UserData { get; init; }
        }

        public record Ga4UserData([property: Personal(DataCategory.Email), JsonPropertyName("sha256_email_address")] string[] Emails);

        public record AdsIdentifier([property: Personal(DataCategory.Phone)] string HashedPhoneNumber, [property: Pseudonymised(DataCategory.PostalAddress)] string PostalCode);
        """;

    [Fact]
    public async Task TLC4101_flags_clear_values_the_vendor_requires_hashed()
        => await EgressVerify.AnalyzerAsync<TLC4101VendorRequiresHashingAnalyzer>(
            Violations,
            Hashing(0, "Data[].UserData.Email", "Meta Conversions API", "em", "email", "M-DOC-CIP"),
            Hashing(0, "Data[].UserData.Ph", "Meta Conversions API", "ph", "phone number", "M-DOC-CIP"),
            Hashing(1, "Email", "TikTok Events API", "email", "email", "T-SDK"),
            Hashing(2, "UserData.Emails[]", "GA4 Measurement Protocol", "sha256_email_address", "email", "G-UID"),
            Hashing(3, "HashedPhoneNumber", "Google Ads enhanced conversions", "hashed_phone_number", "phone number", "G-ADS-UI"));

    [Fact]
    public async Task TLC4102_flags_hashed_values_the_vendor_requires_in_clear()
        => await EgressVerify.AnalyzerAsync<TLC4102VendorRequiresClearAnalyzer>(
            Violations,
            Clear(0, "Data[].UserData.Ip", "Meta Conversions API", "client_ip_address", "IP address", "M-DOC-PARAMS"),
            Clear(0, "Data[].UserData.Fbp", "Meta Conversions API", "fbp", "browser id", "M-DOC-PARAMS"),
            Clear(1, "Ttclid", "TikTok Events API", "ttclid", "click id", "T-GTM"),
            Clear(1, "UserAgent", "TikTok Events API", "user_agent", "user agent", "T-SDK"),
            Clear(2, "ClientId", "GA4 Measurement Protocol", "client_id", "client id", "G-MP-REF"),
            Clear(3, "PostalCode", "Google Ads enhanced conversions", "postal_code", "postal code", "G-ADS-EC"));

    [Fact]
    public async Task Messages_name_the_member_the_key_the_rule_and_its_source()
    {
        const string source = """
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Text.Json.Serialization;
            using TrackLayer.ControlsAsCode;

            [Destination("meta-capi", Endpoint = "https://graph.facebook.com", SendsPersonalData = true, Profile = VendorProfile.MetaConversionsApi)]
            public sealed class Meta
            {
                public HttpContent Build(UserData u) => JsonContent.Create({|#0:u|});
            }

            public record UserData
            {
                [Personal(DataCategory.Email)][JsonPropertyName("em")] public string Email { get; init; }
                [Pseudonymised(DataCategory.UserAgent)][JsonPropertyName("client_user_agent")] public string Ua { get; init; }
            }
            """;
        await EgressVerify.AnalyzerAsync<TLC4101VendorRequiresHashingAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.VendorRequiresHashing).WithLocation(0)
                .WithMessage("'Email' is sent to Meta Conversions API as 'em' (email), which the vendor requires SHA-256 hashed [M-DOC-CIP], but it is classified [Personal] (clear); send the normalised SHA-256 hash and classify it [Pseudonymised]"));
        await EgressVerify.AnalyzerAsync<TLC4102VendorRequiresClearAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.VendorRequiresClear).WithLocation(0)
                .WithMessage("'Ua' is sent to Meta Conversions API as 'client_user_agent' (user agent), which the vendor requires in clear (not hashed) [M-DOC-PARAMS], but it is classified [Pseudonymised]; send the raw value and classify it [Personal]"));
    }

    [Fact]
    public async Task Correct_payloads_recommended_keys_and_destinations_without_profile_are_not_flagged()
    {
        var source = Destinations.Replace("{|#0:r|}", "r").Replace("{|#1:u|}", "u").Replace("{|#2:p|}", "p").Replace("{|#3:p|}", "p") + """

            public record MetaUserData
            {
                [Pseudonymised(DataCategory.Email)][JsonPropertyName("em")] public string Em { get; init; }
                [Personal(DataCategory.UserId)][JsonPropertyName("external_id")] public string ExternalId { get; init; }
                [Personal(DataCategory.IpAddress)][JsonPropertyName("client_ip_address")] public string Ip { get; init; }
                [Personal(DataCategory.ClickId)] public string Fbc { get; init; }
                [Personal(DataCategory.Email)] public string ContactEmail { get; init; }
                [Personal(DataCategory.Email)][JsonIgnore][JsonPropertyName("ph")] public string Ignored { get; init; }
            }

            public record TikTokUser([property: Pseudonymised(DataCategory.Email)] string Email, [property: Personal(DataCategory.ClickId)] string Ttclid);
            public record Ga4Payload([property: Personal(DataCategory.CookieId), JsonPropertyName("client_id")] string ClientId);
            public record AdsIdentifier([property: Pseudonymised(DataCategory.Email)] string HashedEmail, [property: Personal(DataCategory.PostalAddress)] string PostalCode);

            [Destination("webhook", Endpoint = "https://hooks.example", SendsPersonalData = true)]
            public sealed class Webhook
            {
                public HttpContent Build(MetaUserData u) => JsonContent.Create(u);
            }
            """;
        await EgressVerify.AnalyzerAsync<TLC4101VendorRequiresHashingAnalyzer>(source);
        await EgressVerify.AnalyzerAsync<TLC4102VendorRequiresClearAnalyzer>(source);
    }

    [Fact]
    public async Task Broken_code_does_not_throw()
    {
        const string source = """
            using System.Net.Http.Json;
            using System.Text.Json.Serialization;
            using TrackLayer.ControlsAsCode;

            [Destination("meta", Profile = (VendorProfile)42)]
            public sealed class Unknown { public object Build(UserData u) => JsonContent.Create(u); }

            [Destination("meta2", Profile = VendorProfile.MetaConversionsApi)]
            public sealed class Broken { public object Build(UserData u) => JsonContent.Create(u }

            public record UserData
            {
                [Personal(DataCategory.Email)][JsonPropertyName()] public string Em { get; init; }
                [Personal(DataCategory.Email)][JsonPropertyName(42)] public string A { get; init; }
                [Pseudonymised(][JsonPropertyName("fbp")] public string B { get; init; }
                [Personal(DataCategory.Email)] public Missing Email { get; init; }
            }
            """;
        // The half-typed call still binds; [JsonPropertyName()] gives no wire name, so the member name "Em" is used.
        await EgressVerify.BrokenAsync<TLC4101VendorRequiresHashingAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.VendorRequiresHashing).WithSpan(9, 84, 9, 85)
                .WithArguments("Em", "Meta Conversions API", "em", "email", "M-DOC-CIP"));
        // A half-typed [Pseudonymised(] still classifies the member.
        await EgressVerify.BrokenAsync<TLC4102VendorRequiresClearAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.VendorRequiresClear).WithSpan(9, 84, 9, 85)
                .WithArguments("B", "Meta Conversions API", "fbp", "browser id", "M-DOC-PARAMS"));
    }
}
