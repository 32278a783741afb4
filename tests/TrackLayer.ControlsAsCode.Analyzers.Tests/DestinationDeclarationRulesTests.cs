using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>TLC2001–TLC2005: undocumented destinations and destination declarations that will not survive an audit.</summary>
public class DestinationDeclarationRulesTests
{
    private static Task VerifyAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => VerifyCS.AnalyzerAsync<TAnalyzer>(source, expected);

    private const string Correct = """
        using TrackLayer.ControlsAsCode;

        [assembly: Destination("warehouse", Owner = "Data", Purpose = "Reporting", Retention = "P2Y", Endpoint = "https://dw.example")]

        public interface IEventSink : ITrackingDestination { }
        public abstract class SinkBase : IEventSink { }

        [Destination("meta-capi", Owner = "Growth", Purpose = "Conversions", Retention = "P90D", Endpoint = "https://graph.facebook.com",
            ReviewedOn = "2026-04-24")]
        public sealed class MetaSink : SinkBase { }

        [Destination("agent", Owner = "SRE", Purpose = "Local metrics agent", Retention = "PT12H", Endpoint = "http://localhost:8126/v0.4")]
        public sealed class LocalAgent : ITrackingDestination { }

        [Destination("loopback", Owner = "SRE", Purpose = "Sidecar", Retention = "P1D", Endpoint = "http://127.0.0.1:9000")]
        public struct Sidecar : ITrackingDestination { }

        public sealed class NotADestination { }
        """;

    [Fact]
    public async Task Correct_declarations_are_not_flagged_by_any_destination_rule()
    {
        await VerifyAsync<TLC2001DestinationWithoutDeclarationAnalyzer>(Correct);
        await VerifyAsync<TLC2002DestinationDeclarationIncompleteAnalyzer>(Correct);
        await VerifyAsync<TLC2003RetentionNotIsoDurationAnalyzer>(Correct);
        await VerifyAsync<TLC2004PlainHttpEndpointAnalyzer>(Correct);
        await VerifyAsync<TLC2005DuplicateDestinationIdAnalyzer>(Correct);
    }

    [Fact]
    public async Task TLC2001_flags_concrete_destinations_without_a_declaration_at_the_type_name()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public interface IEventSink : ITrackingDestination { }
            public abstract class SinkBase : IEventSink { }

            public sealed class {|#0:WebhookDestination|} : SinkBase { }
            public struct {|#1:UdpSink|} : ITrackingDestination { }
            public sealed record {|#2:Ga4Sink|} : IEventSink;

            [Destination("declared", Owner = "o", Purpose = "p", Retention = "P1D")]
            public class Declared : ITrackingDestination { }

            // [Destination] is not inherited: the subclass sends data under its own name.
            public sealed class {|#3:DerivedFromDeclared|} : Declared { }
            """;
        await VerifyAsync<TLC2001DestinationWithoutDeclarationAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.DestinationWithoutDeclaration).WithLocation(0)
                .WithMessage("'WebhookDestination' implements ITrackingDestination but has no [Destination] declaration; declare its id, owner, purpose and retention"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationWithoutDeclaration).WithLocation(1).WithArguments("UdpSink"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationWithoutDeclaration).WithLocation(2).WithArguments("Ga4Sink"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationWithoutDeclaration).WithLocation(3).WithArguments("DerivedFromDeclared"));
    }

    [Theory]
    [InlineData("MetaConversionsDestination", "meta-conversions")]
    [InlineData("Ga4MeasurementProtocolSink", "ga4-measurement-protocol-sink")]
    [InlineData("HTTPWebhook", "http-webhook")]
    [InlineData("Destination", "destination")]
    [InlineData("S3_Export", "s3-export")]
    public void TLC2001_suggests_a_kebab_case_id(string typeName, string id)
        => Assert.Equal(id, TLC2001DestinationWithoutDeclarationAnalyzer.SuggestId(typeName));

    [Fact]
    public async Task TLC2002_names_everything_missing_in_one_diagnostic()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: Destination({|#3:""|}, Owner = "o", Purpose = "p", Retention = "P1D")]

            [{|#0:Destination("meta-capi")|}]
            public sealed class A : ITrackingDestination { }

            [{|#1:Destination("ga4", Owner = "Analytics", Purpose = "")|}]
            public sealed class B : ITrackingDestination { }

            [Destination("tiktok", Owner = "Growth", Purpose = "Conversions", Retention = {|#2:"  "|})]
            public sealed class C : ITrackingDestination { }

            """;
        await VerifyAsync<TLC2002DestinationDeclarationIncompleteAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.DestinationDeclarationIncomplete).WithLocation(3).WithArguments("(empty)", "Id"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationDeclarationIncomplete).WithLocation(0)
                .WithMessage("Destination 'meta-capi' does not declare Owner, Purpose and Retention; state who owns it, why data goes there and how long it is kept"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationDeclarationIncomplete).WithLocation(1).WithArguments("ga4", "Purpose and Retention"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationDeclarationIncomplete).WithLocation(2).WithArguments("tiktok", "Retention"));
    }

    [Fact]
    public async Task TLC2003_flags_retention_that_is_not_an_ISO_8601_duration()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [Destination("a", Owner = "o", Purpose = "p", Retention = {|#0:"90 days"|})]
            [Destination("b", Owner = "o", Purpose = "p", Retention = {|#1:"P"|})]
            [Destination("c", Owner = "o", Purpose = "p", Retention = {|#2:"P1.5Y"|})]
            [Destination("d", Owner = "o", Purpose = "p", Retention = "P1Y6M")]
            [Destination("e", Owner = "o", Purpose = "p", Retention = "P4W")]
            [Destination("f", Owner = "o", Purpose = "p", Retention = "")]
            public sealed class Sinks { }
            """;
        await VerifyAsync<TLC2003RetentionNotIsoDurationAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.RetentionNotIsoDuration).WithLocation(0)
                .WithMessage("Retention '90 days' of destination 'a' is not an ISO 8601 duration; write it as P90D, P13M, P2Y or P4W"),
            new DiagnosticResult(DiagnosticDescriptors.RetentionNotIsoDuration).WithLocation(1).WithArguments("P", "b"),
            new DiagnosticResult(DiagnosticDescriptors.RetentionNotIsoDuration).WithLocation(2).WithArguments("P1.5Y", "c"));
    }

    [Fact]
    public async Task TLC2004_flags_plain_http_to_other_hosts_only()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            static class Hosts { public const string Crm = "http://crm.example/hook"; }

            [Destination("a", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = {|#0:"http://collector.example/v1"|})]
            [Destination("b", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = {|#1:"HTTP://Upper.example"|})]
            [Destination("c", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = {|#2:Hosts.Crm|})]
            [Destination("d", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = {|#3:"http://user@localhost.evil.example"|})]
            [Destination("e", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = "http://[::1]:8080")]
            [Destination("f", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = "https://secure.example")]
            [Destination("g", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = "kafka://broker:9092")]
            public sealed class Sinks { }
            """;
        await VerifyAsync<TLC2004PlainHttpEndpointAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.PlainHttpEndpoint).WithLocation(0)
                .WithMessage("Endpoint 'http://collector.example/v1' of destination 'a' is plain http://; send data over https://"),
            new DiagnosticResult(DiagnosticDescriptors.PlainHttpEndpoint).WithLocation(1).WithArguments("HTTP://Upper.example", "b"),
            new DiagnosticResult(DiagnosticDescriptors.PlainHttpEndpoint).WithLocation(2).WithArguments("http://crm.example/hook", "c"),
            new DiagnosticResult(DiagnosticDescriptors.PlainHttpEndpoint).WithLocation(3).WithArguments("http://user@localhost.evil.example", "d"));
    }

    [Fact]
    public async Task TLC2005_flags_each_declaration_of_a_duplicate_id_pointing_at_the_others()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: Destination({|#0:"meta-capi"|}, Owner = "o", Purpose = "p", Retention = "P1D")]

            [Destination({|#1:"Meta-CAPI"|}, Owner = "o", Purpose = "p", Retention = "P1D")]
            public sealed class A : ITrackingDestination { }

            [Destination("ga4", Owner = "o", Purpose = "p", Retention = "P1D")]
            public sealed class B : ITrackingDestination { }
            """;
        await VerifyAsync<TLC2005DuplicateDestinationIdAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.DuplicateDestinationId).WithLocation(0).WithLocation(1)
                .WithMessage("Destination id 'meta-capi' is declared 2 times; give each destination its own id"),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateDestinationId).WithLocation(1).WithLocation(0).WithArguments("meta-capi", 2));
    }
}
