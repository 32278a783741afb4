using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.Analyzers.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

public class TLC2101UndeclaredEgressAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => EgressVerify.AnalyzerAsync<TLC2101UndeclaredEgressAnalyzer>(source, expected);

    private static DiagnosticResult Diagnostic(int location, string what, string host)
        => new DiagnosticResult(DiagnosticDescriptors.UndeclaredEgress).WithLocation(location).WithArguments(what, host, "https://" + host);

    [Fact]
    public async Task Flags_every_kind_of_outbound_call_and_every_constant_host_form()
    {
        const string source = """
            using System;
            using System.Net;
            using System.Net.Http;
            using System.Net.Http.Json;
            using System.Threading.Tasks;
            using TrackLayer.ControlsAsCode;

            public class PartnerClient
            {
                private const string Host = "https://api.partner.example";
                private static readonly string Collect = "https://collect.tracker.example/v1";
                private static readonly Uri Base = new Uri("https://base.partner.example/");
                private static string Ingest { get; } = "https://ingest.partner.example";
                private readonly HttpClient _http = new();

                public async Task SendAsync(string id, object body)
                {
                    await _http.PostAsync({|#0:"https://literal.example/events"|}, null);
                    await _http.PostAsJsonAsync({|#1:Host + "/v1/events"|}, body);
                    await _http.GetAsync({|#2:$"https://interp.example/users/{id}"|});
                    await _http.PutAsync({|#3:Collect|}, null);
                    await _http.DeleteAsync({|#4:new Uri(Base, "items/" + id)|});
                    await _http.PatchAsync({|#5:string.Format("https://fmt.example/{0}", id)|}, null);
                    var url = "https://local.example/x";
                    await _http.GetStringAsync({|#6:url|});
                    _http.BaseAddress = {|#7:new Uri("https://baseaddress.example")|};
                    var request = new HttpRequestMessage(HttpMethod.Post, {|#8:"https://user@Request.Example:8443/a"|});
                    request.RequestUri = {|#9:new Uri("https://requesturi.example")|};
                    using var web = new WebClient();
                    web.UploadString({|#10:"https://webclient.example/upload"|}, "x");
                    WebRequest.Create({|#11:"https://webrequest.example"|});
                    await _http.PutAsJsonAsync({|#12:$"{Host}/v2/{id}"|}, body);
                    await _http.GetAsync({|#13:Ingest + "/" + id|});
                }
            }
            """;
        await VerifyAsync(
            source,
            Diagnostic(0, "HttpClient.PostAsync", "literal.example"),
            Diagnostic(1, "HttpClient.PostAsJsonAsync", "api.partner.example"),
            Diagnostic(2, "HttpClient.GetAsync", "interp.example"),
            Diagnostic(3, "HttpClient.PutAsync", "collect.tracker.example"),
            Diagnostic(4, "HttpClient.DeleteAsync", "base.partner.example"),
            Diagnostic(5, "HttpClient.PatchAsync", "fmt.example"),
            Diagnostic(6, "HttpClient.GetStringAsync", "local.example"),
            Diagnostic(7, "HttpClient.BaseAddress", "baseaddress.example"),
            Diagnostic(8, "new HttpRequestMessage", "request.example"),
            Diagnostic(9, "HttpRequestMessage.RequestUri", "requesturi.example"),
            Diagnostic(10, "WebClient.UploadString", "webclient.example"),
            Diagnostic(11, "WebRequest.Create", "webrequest.example"),
            Diagnostic(12, "HttpClient.PutAsJsonAsync", "api.partner.example"),
            Diagnostic(13, "HttpClient.GetAsync", "ingest.partner.example"));
    }

    [Fact]
    public async Task Message_names_the_call_the_host_and_the_declaration_to_add()
    {
        const string source = """
            using System.Net.Http;

            public class Exporter
            {
                public void Send(HttpClient http) => http.PostAsync({|#0:"http://export.example/api"|}, null);
            }
            """;
        await VerifyAsync(
            source,
            new DiagnosticResult(DiagnosticDescriptors.UndeclaredEgress).WithLocation(0)
                .WithMessage("HttpClient.PostAsync sends data to 'export.example', which no declared destination covers; declare it with [Destination(\"...\", Endpoint = \"http://export.example\", ...)] or remove the call"));
    }

    [Fact]
    public async Task Flags_known_vendor_sdk_clients_at_the_call()
    {
        const string source = """
            namespace Facebook
            {
                public class FacebookClient
                {
                    public object Post(string path, object parameters) => null;
                    public object Get(string path) => null;
                    public System.Threading.Tasks.Task<object> PostTaskAsync(string path, object parameters) => null;
                }
            }
            namespace Segment { public class Client { public void Track(string userId, string eventName) { } public void Flush() { } } }
            namespace Google.Ads.GoogleAds.V19.Services
            {
                public abstract class ConversionUploadServiceClient { public object UploadClickConversions(object request) => null; public object Create() => null; }
            }

            public class Sdks
            {
                public async System.Threading.Tasks.Task Send(Facebook.FacebookClient fb, Segment.Client segment, Google.Ads.GoogleAds.V19.Services.ConversionUploadServiceClient ads)
                {
                    {|#0:fb.Post("/me/feed", new object())|};
                    await {|#3:fb.PostTaskAsync("/act_1/customaudiences", new { })|};
                    {|#1:segment.Track("u1", "Purchase")|};
                    segment.Flush();
                    {|#2:ads.UploadClickConversions(new object())|};
                    ads.Create();
                }
            }
            """;
        await VerifyAsync(
            source,
            Diagnostic(0, "Facebook SDK for .NET (FacebookClient.Post)", "graph.facebook.com"),
            Diagnostic(1, "Segment Analytics.NET (Client.Track)", "api.segment.io"),
            Diagnostic(2, "Google Ads API client library (ConversionUploadServiceClient.UploadClickConversions)", "googleads.googleapis.com"),
            Diagnostic(3, "Facebook SDK for .NET (FacebookClient.PostTaskAsync)", "graph.facebook.com"));
    }

    [Fact]
    public async Task Does_not_flag_hosts_a_declaration_covers()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Net.Http.Json;
            using TrackLayer.ControlsAsCode;

            [assembly: Destination("warehouse", Endpoint = "https://warehouse.example")]

            [Destination("meta-capi", Endpoint = "https://graph.facebook.com/v21.0")]
            public class Meta { }

            [Destination("wildcard", Endpoint = "*.tracker.example")]
            public struct Wildcard { }

            public class Sender
            {
                [Destination("nested", Endpoint = "nested.example")]
                private sealed class Nested { }

                public void Send(HttpClient http, string pixel)
                {
                    http.PostAsync($"https://graph.facebook.com/v21.0/{pixel}/events", null);
                    http.PostAsync("https://GRAPH.facebook.com./x", null);
                    http.PostAsync("https://eu.warehouse.example/load", null);
                    http.PostAsync("https://warehouse.example:443", null);
                    http.PostAsync("https://a.b.tracker.example/", null);
                    http.PostAsync("https://nested.example", null);
                }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Declarations_cover_in_every_form_a_type_can_be_written()
    {
        // The compilation's own declarations are found from the attribute syntax, then bound: a part of a partial type
        // in another file, an alias, a generic or generated type, a record and a file-scoped namespace must all count,
        // and types of the same name are each the one their declaration is written on.
        const string senders = """
            using System.Net.Http;

            namespace App;

            public partial class Split { }

            public class Twin { }

            public class Sender
            {
                public void Send(HttpClient http)
                {
                    http.PostAsync("https://split.example/a", null);
                    http.PostAsync("https://aliased.example/a", null);
                    http.PostAsync("https://generic.example/a", null);
                    http.PostAsync("https://generated.example/a", null);
                    http.PostAsync("https://record.example/a", null);
                    http.PostAsync("https://twin.example/a", null);
                    http.PostAsync("https://other-twin.example/a", null);
                    http.PostAsync({|#0:"https://undeclared.example/a"|}, null);
                }
            }
            """;
        const string declarations = """
            using System.CodeDom.Compiler;
            using TrackLayer.ControlsAsCode;
            using Dest = TrackLayer.ControlsAsCode.DestinationAttribute;

            namespace App
            {
                [Destination("split", Endpoint = "https://split.example")]
                public partial class Split { }

                [Dest("aliased", Endpoint = "https://aliased.example")]
                public struct Aliased { }

                [Destination("generic", Endpoint = "https://generic.example")]
                public class Generic<T> { }

                [GeneratedCode("tool", "1.0")]
                [Destination("generated", Endpoint = "https://generated.example")]
                public class Generated { }

                [Destination("record", Endpoint = "https://record.example")]
                public record Recorded(string Id);
            }

            namespace App.Inner
            {
                [Destination("twin", Endpoint = "https://twin.example")]
                public class Twin { }
            }

            namespace App.Other
            {
                [Destination("other-twin", Endpoint = "https://other-twin.example")]
                public class Twin { }
            }
            """;
        var test = new CSharpAnalyzerTest<TLC2101UndeclaredEgressAnalyzer, DefaultVerifier> { ReferenceAssemblies = Verify.ReferenceAssemblies };
        test.TestState.Sources.Add(("Senders.cs", senders));
        test.TestState.Sources.Add(("Declarations.cs", declarations));
        test.TestState.AdditionalReferences.Add(Verify.Toolkit);
        test.ExpectedDiagnostics.Add(Diagnostic(0, "HttpClient.PostAsync", "undeclared.example"));
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Does_not_flag_parents_or_siblings_as_covered()
    {
        const string source = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [Destination("meta-capi", Endpoint = "https://graph.facebook.com")]
            public class Meta
            {
                public void Send(HttpClient http)
                {
                    http.PostAsync({|#0:"https://facebook.com/tr"|}, null);
                    http.PostAsync({|#1:"https://evilgraph.facebook.com.example/x"|}, null);
                    http.PostAsync({|#2:"https://xgraph.facebook.com/x"|}, null);
                }
            }
            """;
        await VerifyAsync(
            source,
            Diagnostic(0, "HttpClient.PostAsync", "facebook.com"),
            Diagnostic(1, "HttpClient.PostAsync", "evilgraph.facebook.com.example"),
            Diagnostic(2, "HttpClient.PostAsync", "xgraph.facebook.com"));
    }

    [Fact]
    public async Task Does_not_flag_relative_unknown_loopback_non_http_or_send_of_a_built_request()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using System.Threading.Tasks;

            public class Quiet
            {
                public async Task Run(HttpClient http, HttpRequestMessage request, string configured)
                {
                    await http.PostAsync("v1/events", null);
                    await http.PostAsync("/collect", null);
                    await http.PostAsync(configured, null);
                    await http.PostAsync("http://localhost:5000/x", null);
                    await http.PostAsync("http://127.0.0.1/x", null);
                    await http.PostAsync("http://api.localhost/x", null);
                    await http.GetAsync("file:///tmp/x");
                    await http.GetAsync((string)null);
                    await http.SendAsync(request);
                    var uri = new Uri("https://not-sent.example");
                    Console.WriteLine(uri);
                }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Local_reassigned_later_is_not_taken_as_constant()
    {
        const string source = """
            using System.Net.Http;

            public class Reassigned
            {
                public void Run(HttpClient http, bool eu)
                {
                    var url = "https://us.example/x";
                    if (eu) url = "https://eu.example/x";
                    http.PostAsync(url, null);
                }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Declarations_in_referenced_assemblies_cover()
    {
        const string declarations = """
            using TrackLayer.ControlsAsCode;

            [assembly: Destination("shared-webhook", Endpoint = "https://hooks.shared.example")]

            [Destination("tiktok", Endpoint = "https://business-api.tiktok.com/open_api")]
            public sealed class TikTokDestination { }
            """;
        const string source = """
            using System.Net.Http;

            public class App
            {
                public void Run(HttpClient http)
                {
                    http.PostAsync("https://hooks.shared.example/a", null);
                    http.PostAsync("https://business-api.tiktok.com/open_api/v1.3/event/track/", null);
                    http.PostAsync({|#0:"https://undeclared.example/a"|}, null);
                }
            }
            """;
        await EgressVerify.WithReferencedProjectAsync<TLC2101UndeclaredEgressAnalyzer>(
            source, declarations, Diagnostic(0, "HttpClient.PostAsync", "undeclared.example"));
    }

    [Fact]
    public async Task Registers_nothing_without_the_toolkit()
    {
        const string source = """
            using System.Net.Http;

            public class App
            {
                public void Run(HttpClient http) => http.PostAsync("https://anything.example", null);
            }
            """;
        await EgressVerify.WithoutToolkitAsync<TLC2101UndeclaredEgressAnalyzer>(source);
    }

    [Fact]
    public async Task Broken_code_half_typed_calls_and_attributes()
    {
        const string source = """
            using System;
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [Destination(Endpoint = )]
            [Destination("x", Endpoint = 42, SendsPersonalData = "yes", Profile = 99)]
            [Destination]
            public class Broken
            {
                public void Run(HttpClient http, Unknown u)
                {
                    http.PostAsync({|#0:"https://half.example/"|}, null)
                    http.PostAsync("https://unterminated.example/
                    new HttpRequestMessage(HttpMethod.Post, );
                    http.BaseAddress = new Uri();
                    http.BaseAddress = new Uri(u);
                    http.GetAsync(u.Url);
                    http.PostAsync(Missing.Url + "/x", null);
                    http.
                    var request = new HttpRequestMessage { RequestUri = };
                }
            }
            """;
        await EgressVerify.BrokenAsync<TLC2101UndeclaredEgressAnalyzer>(source, Diagnostic(0, "HttpClient.PostAsync", "half.example"));
    }

    [Theory]
    [InlineData("https://api.example.com/x", true, "api.example.com")]
    [InlineData("https://API.Example.com:8443", true, "api.example.com")]
    [InlineData("https://user:pw@api.example.com?q=1", true, "api.example.com")]
    [InlineData("https://api.example.com", false, null)]
    [InlineData("https://api.", false, null)]
    [InlineData("wss://socket.example/x", true, "socket.example")]
    [InlineData("https://[2001:db8::1]:443/x", true, "[2001:db8::1]")]
    public void Host_is_read_from_known_text(string text, bool complete, string? host)
    {
        var value = UrlValue.FromText(text, complete);
        Assert.Equal(host, value.Host);
        Assert.Equal(host is null ? UrlKind.Unknown : UrlKind.Absolute, value.Kind);
    }

    [Theory]
    [InlineData("example.com", "example.com", true)]
    [InlineData("example.com", "api.example.com", true)]
    [InlineData("api.example.com", "example.com", false)]
    [InlineData("example.com", "badexample.com", false)]
    [InlineData("example.com", "example.com.evil", false)]
    public void Covering_is_the_host_or_a_subdomain(string declared, string host, bool covers)
        => Assert.Equal(covers, UrlValue.Covers(declared, host));
}
