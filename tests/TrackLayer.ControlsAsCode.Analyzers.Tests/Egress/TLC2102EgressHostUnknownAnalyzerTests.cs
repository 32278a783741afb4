using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.Analyzers.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

public class TLC2102EgressHostUnknownAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => EgressVerify.AnalyzerAsync<TLC2102EgressHostUnknownAnalyzer>(source, expected);

    private static DiagnosticResult Diagnostic(int location)
        => location < 0 ? new DiagnosticResult(DiagnosticDescriptors.EgressHostUnknown) : new DiagnosticResult(DiagnosticDescriptors.EgressHostUnknown).WithLocation(location);

    [Fact]
    public async Task Flags_hosts_from_configuration_parameters_and_computed_strings()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.Net.Http;
            using System.Net.Http.Json;

            public class Exporter
            {
                private readonly IDictionary<string, string> _config = new Dictionary<string, string>();
                public string Endpoint { get; set; } = "";

                public void Run(HttpClient http, string url, string region, Uri baseUri, object body)
                {
                    http.PostAsync({|TLC2102:url|}, null);
                    http.PostAsJsonAsync({|TLC2102:_config["Partner:Url"]|}, body);
                    http.GetAsync({|TLC2102:$"https://{region}.partner.example/x"|});
                    http.GetAsync({|TLC2102:"https://api." + region + ".example/x"|});
                    http.BaseAddress = {|TLC2102:new Uri(_config["Partner:BaseUrl"])|};
                    new HttpRequestMessage(HttpMethod.Post, {|TLC2102:Endpoint|});
                    http.DeleteAsync({|TLC2102:new Uri(baseUri, "items")|});
                    http.GetAsync({|TLC2102:$"{url}/x"|});
                }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Message_asks_for_a_declaration_on_the_calling_type()
    {
        const string source = """
            using System.Net.Http;

            public class Exporter
            {
                public void Run(HttpClient http, string url) => http.PostAsync({|#0:url|}, null);
            }
            """;
        await VerifyAsync(
            source,
            Diagnostic(0).WithMessage("HttpClient.PostAsync sends data to a host not known at compile time; declare the destination on 'Exporter' with [Destination(..., Endpoint = \"https://host\")], or build the URL from a constant host"));
    }

    [Fact]
    public async Task Message_asks_for_the_endpoint_when_the_declaration_has_none()
    {
        const string source = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [Destination("crm-webhook", Owner = "Sales")]
            public class Webhook
            {
                public void Run(HttpClient http, string url) => http.PostAsync({|#0:url|}, null);
            }
            """;
        await VerifyAsync(
            source,
            Diagnostic(0).WithMessage("HttpClient.PostAsync sends data to a host not known at compile time; set Endpoint on destination 'crm-webhook' declared on 'Webhook'"));
    }

    [Fact]
    public async Task Does_not_flag_inside_a_type_that_declares_its_endpoint_or_known_and_relative_urls()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [Destination("customer-webhook", Endpoint = "https://crm.customer.example/hooks")]
            public sealed class CustomerWebhook(Uri endpoint)
            {
                public HttpRequestMessage Build() => new(HttpMethod.Post, endpoint);

                private sealed class Retry
                {
                    public void Run(HttpClient http, string url) => http.PostAsync(url, null);
                }
            }

            public class Other
            {
                public void Run(HttpClient http, string id)
                {
                    http.PostAsync("https://known.example/" + id, null);
                    http.PostAsync("v1/" + id, null);
                    http.PostAsync($"events/{id}", null);
                }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_top_level_statements_with_a_remedy_that_fits_them()
    {
        const string source = """
            using System.Net.Http;

            var http = new HttpClient();
            await http.GetAsync({|#0:args[0]|});
            """;
        var test = Diagnostic(0).WithMessage("HttpClient.GetAsync sends data to a host not known at compile time; build the URL from a constant host, or move the call into a type that declares [Destination(..., Endpoint = \"https://host\")]");
        await EgressVerifyTopLevel.RunAsync<TLC2102EgressHostUnknownAnalyzer>(source, test);
    }

    [Fact]
    public async Task Broken_code_reports_nothing_it_cannot_know_and_does_not_throw()
    {
        const string source = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [Destination(]
            public class Broken
            {
                public void Run(HttpClient http, Missing m)
                {
                    http.PostAsync(m.Url, null);
                    http.PostAsync(, null);
                    http.GetAsync($"https://{m.Region
                }
            }
            """;
        // m.Url has an error type: the call does not bind, nothing is reported. The half-typed interpolation is unknown.
        await EgressVerify.BrokenAsync<TLC2102EgressHostUnknownAnalyzer>(
            source,
            Diagnostic(-1).WithSpan(11, 23, 12, 6).WithArguments("HttpClient.GetAsync", "set Endpoint on destination 'Broken' declared on 'Broken'"));
    }
}
