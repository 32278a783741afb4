using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.Analyzers.Flows;
using TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Flows;

public class TLC4002SpecialCategoryToAdvertisingDestinationAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => EgressVerify.AnalyzerAsync<TLC4002SpecialCategoryToAdvertisingDestinationAnalyzer>(source, expected);

    private const string Payloads = """
        using System.Net.Http;
        using System.Net.Http.Json;
        using TrackLayer.ControlsAsCode;

        public record PharmacyPurchase
        {
            [Personal(DataCategory.Email)] public string Email { get; init; }
            public Item[] Items { get; init; }
        }

        public record Item([property: SpecialCategory(SpecialCategoryKind.Health)] string Condition, [NonPersonal] string Sku);
        """;

    [Fact]
    public async Task Flags_special_category_data_to_advertising_profiles_and_marketing_consent()
    {
        const string source = Payloads + """

            [Destination("meta-capi", Endpoint = "https://graph.facebook.com", SendsPersonalData = true, Profile = VendorProfile.MetaConversionsApi)]
            public sealed class Meta
            {
                public HttpContent Build(PharmacyPurchase p) => JsonContent.Create({|#0:p|});
            }

            [Destination("retargeting", Endpoint = "https://ads.partner.example", SendsPersonalData = true, ConsentCategory = " Marketing ")]
            public sealed class Retargeting
            {
                public void Send(HttpClient http, PharmacyPurchase p) => http.PostAsJsonAsync("https://ads.partner.example/x", {|#1:p|});
            }
            """;
        await VerifyAsync(
            source,
            new DiagnosticResult(DiagnosticDescriptors.SpecialCategoryToAdvertisingDestination).WithLocation(0)
                .WithMessage("Payload 'PharmacyPurchase' carries special-category data ('Items[].Condition') to advertising destination 'meta-capi' (Meta Conversions API profile); remove those members from the payload"),
            new DiagnosticResult(DiagnosticDescriptors.SpecialCategoryToAdvertisingDestination).WithLocation(1)
                .WithArguments("PharmacyPurchase", "'Items[].Condition'", "retargeting", "consent category 'marketing'"));
    }

    [Fact]
    public async Task Does_not_flag_analytics_destinations_or_payloads_without_special_category()
    {
        const string source = Payloads + """

            [Destination("ga4", Endpoint = "https://www.google-analytics.com", SendsPersonalData = true, ConsentCategory = "analytics", Profile = VendorProfile.Ga4MeasurementProtocol)]
            public sealed class Ga4
            {
                public HttpContent Build(PharmacyPurchase p) => JsonContent.Create(p);
            }

            [Destination("tiktok", Endpoint = "https://business-api.tiktok.com", SendsPersonalData = true, Profile = VendorProfile.TikTokEventsApi)]
            public sealed class TikTok
            {
                public HttpContent Build(Item[] items, string sku) => JsonContent.Create(new { sku });
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Broken_code_does_not_throw()
    {
        const string source = Payloads + """

            [Destination("meta", Profile = VendorProfile., ConsentCategory = )]
            public sealed class Broken
            {
                public HttpContent Build(PharmacyPurchase p) => JsonContent.Create(p
            }
            """;
        await EgressVerify.BrokenAsync<TLC4002SpecialCategoryToAdvertisingDestinationAnalyzer>(source);
    }
}
