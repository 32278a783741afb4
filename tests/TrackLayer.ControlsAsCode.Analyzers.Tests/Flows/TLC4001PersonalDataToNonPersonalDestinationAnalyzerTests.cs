using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.Analyzers.Flows;
using TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Flows;

public class TLC4001PersonalDataToNonPersonalDestinationAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => EgressVerify.AnalyzerAsync<TLC4001PersonalDataToNonPersonalDestinationAnalyzer>(source, expected);

    private static DiagnosticResult Diagnostic(int location, string payload, string paths, string destination)
        => new DiagnosticResult(DiagnosticDescriptors.PersonalDataToNonPersonalDestination).WithLocation(location).WithArguments(payload, paths, destination);

    private const string Payloads = """
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using TrackLayer.ControlsAsCode;

        public record Lead
        {
            [NonPersonal] public string Id { get; init; }
            [Personal(DataCategory.Email)] public string Email { get; init; }
            public Contact Contact { get; init; }
            public List<Contact> Others { get; init; }
            [JsonIgnore, Personal(DataCategory.Name)] public string InternalName { get; init; }
            public Dictionary<string, Contact> ByChannel { get; init; }
            [Personal(DataCategory.Name)] public string FullName;
        }

        public record Contact
        {
            [Pseudonymised(DataCategory.Phone, Method = "SHA-256")] public string Phone { get; init; }
            public Contact Next { get; init; }
        }

        public record Stats([property: NonPersonal] int Count, [NonPersonal] string Country);

        public record Visit([Personal(DataCategory.IpAddress)] string Ip, [property: SpecialCategory(SpecialCategoryKind.Health)] string Condition);
        """;

    [Fact]
    public async Task Flags_personal_members_at_any_depth_sent_to_a_destination_that_receives_none()
    {
        const string source = Payloads + """

            [Destination("partner-stats", Endpoint = "https://stats.partner.example", Owner = "BI", Purpose = "Aggregates", Retention = "P30D")]
            public sealed class PartnerStats
            {
                public void Send(System.Net.Http.HttpClient http, Lead lead, Visit visit)
                {
                    System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "https://stats.partner.example/v1", {|#0:lead|});
                    var request = new System.Net.Http.HttpRequestMessage(System.Net.Http.HttpMethod.Post, "/v1")
                    {
                        Content = System.Net.Http.Json.JsonContent.Create({|#1:visit|}),
                    };
                    http.PostAsync("https://stats.partner.example/raw", new System.Net.Http.StringContent(System.Text.Json.JsonSerializer.Serialize({|#2:lead|})));
                }
            }
            """;
        await VerifyAsync(
            source,
            Diagnostic(0, "Lead", "'Email', 'Contact.Phone', 'Others[].Phone', 'ByChannel[].Phone' and 1 more", "partner-stats"),
            Diagnostic(1, "Visit", "'Ip', 'Condition'", "partner-stats"),
            Diagnostic(2, "Lead", "'Email', 'Contact.Phone', 'Others[].Phone', 'ByChannel[].Phone' and 1 more", "partner-stats"));
    }

    [Fact]
    public async Task Finds_the_destination_by_host_from_any_type()
    {
        const string source = Payloads + """

            [Destination("warehouse", Endpoint = "https://warehouse.example")]
            public sealed class Warehouse { }

            public sealed class Loader
            {
                public void Load(System.Net.Http.HttpClient http, Visit visit)
                    => http.PostAsync("https://eu.warehouse.example/load", System.Net.Http.Json.JsonContent.Create({|#0:visit|}));
            }
            """;
        await VerifyAsync(
            source,
            new DiagnosticResult(DiagnosticDescriptors.PersonalDataToNonPersonalDestination).WithLocation(0)
                .WithMessage("Payload 'Visit' carries personal data ('Ip', 'Condition') but destination 'warehouse' declares SendsPersonalData = false; remove those members from the payload or declare SendsPersonalData = true"));
    }

    [Fact]
    public async Task Does_not_flag_declared_personal_destinations_non_personal_payloads_or_unknown_destinations()
    {
        const string source = Payloads + """

            [Destination("crm", Endpoint = "https://crm.example", SendsPersonalData = true)]
            public sealed class Crm
            {
                public void Send(System.Net.Http.HttpClient http, Lead lead)
                    => System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "https://crm.example/leads", lead);
            }

            [Destination("stats", Endpoint = "https://stats.example")]
            public sealed class StatsDestination
            {
                public void Send(System.Net.Http.HttpClient http, Stats stats, Lead lead, object boxed, string text)
                {
                    System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "https://stats.example/x", stats);
                    System.Net.Http.Json.HttpClientJsonExtensions.PostAsJsonAsync(http, "https://undeclared.example/x", lead);
                    System.Net.Http.Json.JsonContent.Create(boxed);
                    System.Net.Http.Json.JsonContent.Create(text);
                    var json = System.Text.Json.JsonSerializer.Serialize(lead); // not sent
                }
            }

            [Destination("a", Endpoint = "https://a.example")]
            [Destination("b", Endpoint = "https://b.example")]
            public sealed class Ambiguous
            {
                public System.Net.Http.HttpContent Build(Lead lead) => System.Net.Http.Json.JsonContent.Create(lead);
            }

            public sealed class Undeclared
            {
                public System.Net.Http.HttpContent Build(Lead lead) => System.Net.Http.Json.JsonContent.Create(lead);
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Broken_code_does_not_throw()
    {
        const string source = """
            using System.Net.Http.Json;
            using TrackLayer.ControlsAsCode;

            [Destination("x", Endpoint = "https://x.example")]
            public sealed class Broken
            {
                public void Send(Missing m, Lead lead)
                {
                    JsonContent.Create(m);
                    JsonContent.Create();
                    JsonContent.Create({|#0:lead|}
                }
            }

            public record Lead([Personal(DataCategory.)] string Email, [Personal] string Phone, Strng Name, [Personal(DataCategory.Name)] Missing Other);
            """;
        await EgressVerify.BrokenAsync<TLC4001PersonalDataToNonPersonalDestinationAnalyzer>(
            source, Diagnostic(0, "Lead", "'Email', 'Phone', 'Other'", "x"));
    }
}
