using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.Analyzers.Egress;
using TrackLayer.ControlsAsCode.CodeFixes.Egress;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests.Egress;

public class DeclareDestinationCodeFixTests
{
    private static Task VerifyFixAsync(string source, string fixedSource)
        => EgressVerify.CodeFixAsync<TLC2101UndeclaredEgressAnalyzer, DeclareDestinationCodeFix>(source, fixedSource);

    [Fact]
    public async Task Declares_the_host_on_the_calling_type_and_adds_the_using()
    {
        const string source = """
            using System.Net.Http;

            namespace Shop;

            /// <summary>Exports orders.</summary>
            public sealed class PartnerExport
            {
                public void Send(HttpClient http) => http.PostAsync({|TLC2101:"https://api.partner.example/v1/orders"|}, null);
            }
            """;
        const string fixedSource = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            namespace Shop;

            /// <summary>Exports orders.</summary>
            [Destination("api.partner.example", Endpoint = "https://api.partner.example", Owner = "", Purpose = "", Retention = "")]
            public sealed class PartnerExport
            {
                public void Send(HttpClient http) => http.PostAsync("https://api.partner.example/v1/orders", null);
            }
            """;
        await VerifyFixAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_all_declares_each_host_once_per_type()
    {
        const string source = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            public record Exporter(HttpClient Http)
            {
                public void A() => Http.PostAsync({|TLC2101:"https://a.example/1"|}, null);
                public void B() => Http.PostAsync({|TLC2101:"https://a.example/2"|}, null);
                public void C() => Http.PostAsync({|TLC2101:"http://b.example/3"|}, null);
            }

            public struct Other
            {
                public void D(HttpClient http) => http.GetAsync({|TLC2101:"https://c.example"|});
            }
            """;
        const string fixedSource = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [Destination("a.example", Endpoint = "https://a.example", Owner = "", Purpose = "", Retention = "")]
            [Destination("b.example", Endpoint = "http://b.example", Owner = "", Purpose = "", Retention = "")]
            public record Exporter(HttpClient Http)
            {
                public void A() => Http.PostAsync("https://a.example/1", null);
                public void B() => Http.PostAsync("https://a.example/2", null);
                public void C() => Http.PostAsync("http://b.example/3", null);
            }

            [Destination("c.example", Endpoint = "https://c.example", Owner = "", Purpose = "", Retention = "")]
            public struct Other
            {
                public void D(HttpClient http) => http.GetAsync("https://c.example");
            }
            """;
        var test = new CSharpCodeFixTest<TLC2101UndeclaredEgressAnalyzer, DeclareDestinationCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.ReferenceAssemblies,
            TestCode = source,
            FixedCode = fixedSource,
            // One fix per diagnostic declares the host and clears both diagnostics of a.example at once.
            NumberOfIncrementalIterations = 3,
            NumberOfFixAllIterations = 1,
        };
        test.TestState.AdditionalReferences.Add(Verify.Toolkit);
        test.FixedState.AdditionalReferences.Add(Verify.Toolkit);
        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task Top_level_statements_get_an_assembly_level_declaration()
    {
        const string source = """
            using System.Net.Http;

            var http = new HttpClient();
            await http.PostAsync({|TLC2101:"https://ingest.example/x"|}, null);
            """;
        const string fixedSource = """
            using System.Net.Http;
            using TrackLayer.ControlsAsCode;

            [assembly: Destination("ingest.example", Endpoint = "https://ingest.example", Owner = "", Purpose = "", Retention = "")]

            var http = new HttpClient();
            await http.PostAsync("https://ingest.example/x", null);
            """;
        var test = new CSharpCodeFixTest<TLC2101UndeclaredEgressAnalyzer, DeclareDestinationCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = Verify.ReferenceAssemblies,
            TestCode = source,
            FixedCode = fixedSource,
        };
        test.TestState.OutputKind = OutputKind.ConsoleApplication;
        test.TestState.AdditionalReferences.Add(Verify.Toolkit);
        test.FixedState.OutputKind = OutputKind.ConsoleApplication;
        test.FixedState.AdditionalReferences.Add(Verify.Toolkit);
        await test.RunAsync(CancellationToken.None);
    }
}
