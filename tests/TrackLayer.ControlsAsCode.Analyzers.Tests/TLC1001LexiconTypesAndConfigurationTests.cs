using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>TLC1001 in depth: conversion-API keys, secrets, detection by type, the user lexicon, the opt-in gate, severities.</summary>
public class TLC1001LexiconTypesAndConfigurationTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source, expected);

    private static Task VerifyAsync(string source, System.Action<SolutionState> configure, params DiagnosticResult[] expected)
        => VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source, configure, expected);

    private const string Customer = """
        public class Customer
        {
            public string {|#0:Email|} { get; set; }
            public string {|#1:BadgeNumber|} { get; set; }
            public string {|#2:City|} { get; set; }
            public string {|#3:ShippingCity|} { get; set; }
        }
        """;

    [Fact]
    public async Task Flags_the_wire_keys_of_meta_tiktok_and_ga4()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Text.Json.Serialization;

            public class MetaUserData
            {
                [JsonPropertyName("em")] public List<string> {|TLC1001:A|} { get; set; }
                [JsonPropertyName("ph")] public List<string> {|TLC1001:B|} { get; set; }
                [JsonPropertyName("fn")] public string {|TLC1001:C|} { get; set; }
                [JsonPropertyName("ln")] public string {|TLC1001:D|} { get; set; }
                [JsonPropertyName("db")] public string {|TLC1001:E|} { get; set; }
                [JsonPropertyName("ge")] public string {|TLC1001:F|} { get; set; }
                [JsonPropertyName("ct")] public string {|TLC1001:G|} { get; set; }
                [JsonPropertyName("st")] public string {|TLC1001:H|} { get; set; }
                [JsonPropertyName("zp")] public string {|TLC1001:I|} { get; set; }
                [JsonPropertyName("fbp")] public string {|TLC1001:J|} { get; set; }
                [JsonPropertyName("fbc")] public string {|TLC1001:K|} { get; set; }
                [JsonPropertyName("external_id")] public string {|TLC1001:L|} { get; set; }
                [JsonPropertyName("client_ip_address")] public string {|TLC1001:M|} { get; set; }
                [JsonPropertyName("client_user_agent")] public string {|TLC1001:N|} { get; set; }
                [JsonPropertyName("madid")] public string {|TLC1001:O|} { get; set; }
                [JsonPropertyName("country")] public string P { get; set; }
            }

            public class TikTokUser
            {
                [JsonPropertyName("ttclid")] public string {|TLC1001:A|} { get; set; }
                [JsonPropertyName("ttp")] public string {|TLC1001:B|} { get; set; }
                [JsonPropertyName("email")] public string {|TLC1001:C|} { get; set; }
                [JsonPropertyName("phone")] public string {|TLC1001:D|} { get; set; }
                [JsonPropertyName("ip")] public string {|TLC1001:E|} { get; set; }
                [JsonPropertyName("user_agent")] public string {|TLC1001:F|} { get; set; }
                [JsonPropertyName("locale")] public string G { get; set; }
            }

            public class Ga4Payload
            {
                [JsonPropertyName("client_id")] public string {|TLC1001:A|} { get; set; }
                [JsonPropertyName("user_id")] public string {|TLC1001:B|} { get; set; }
                [JsonPropertyName("app_instance_id")] public string {|TLC1001:C|} { get; set; }
                [JsonPropertyName("timestamp_micros")] public long D { get; set; }
                [JsonPropertyName("non_personalized_ads")] public bool E { get; set; }
                [JsonPropertyName("events")] public List<object> F { get; set; }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_secrets_as_credentials_only_on_members_that_can_hold_text()
    {
        const string source = """
            using System.Threading;

            public class ApiSettings
            {
                public string {|#0:ApiKey|} { get; set; }
                public string {|TLC1001:Password|} { get; set; }
                public string {|TLC1001:PasswordHash|} { get; set; }
                public string {|TLC1001:AccessToken|} { get; set; }
                public string {|TLC1001:ClientSecret|} { get; set; }
                public byte[] {|TLC1001:PrivateKey|} { get; set; }
                public string {|TLC1001:ConnectionString|} { get; set; }
                public char[] {|TLC1001:Pin|};

                private CancellationToken _token;
                public string NextPageToken { get; set; }
                public string ContinuationToken { get; set; }
                public string SecretName { get; set; }
                public string ApiKeyHeaderName { get; set; }
                public int Pin2 { get; set; }
                public int PasswordMinLength { get; set; }
                public string TokenType { get; set; }
                public string CacheKey { get; set; }
                public CancellationToken Token => _token;
            }
            """;
        await VerifyAsync(
            source,
            VerifyCS.Diagnostic().WithLocation(0).WithMessage(
                "'ApiKey' looks like a credential or secret but has no data classification; add [Credential] (and keep it out of events and logs) or [NonPersonal]"));
    }

    [Fact]
    public async Task Flags_members_by_type()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Net;
            using System.Net.Mail;
            using System.Net.Http;

            public sealed record EmailAddress(string Value);
            public readonly record struct PhoneNumber(string E164);
            public sealed class EmailTemplate { }
            public interface IEmailSender { }

            public class Visit
            {
                public IPAddress {|#0:Caller|} { get; set; }
                public MailAddress {|TLC1001:ReplyTo|} { get; set; }
                public EmailAddress {|#1:Contact|} { get; set; }
                public PhoneNumber? {|TLC1001:Mobile2|} { get; set; }
                public List<IPAddress> {|TLC1001:Hops|} { get; set; }
                public EmailAddress[] {|TLC1001:Recipients|} { get; set; }

                public EmailTemplate Template { get; set; }
                public IEmailSender Sender { get; set; }
                public HttpClient Client { get; set; }
                public IPEndPoint Endpoint { get; set; }
                public System.Uri Page { get; set; }
            }
            """;
        await VerifyAsync(
            source,
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("'Caller' (of type IPAddress)", "personal data (IpAddress)", "[Personal(DataCategory.IpAddress)], [Pseudonymised(DataCategory.IpAddress)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(1).WithArguments("'Contact' (of type EmailAddress)", "personal data (Email)", "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"));
    }

    [Fact]
    public async Task Does_not_flag_more_look_alikes()
    {
        const string source = """
            public class Settings
            {
                public bool Mobile { get; set; }
                public bool Email { get; set; }
                public bool EmailOptIn { get; set; }
                public string PhoneFormat { get; set; }
                public string EmailSubject { get; set; }
                public string EmailBody { get; set; }
                public int UserCount { get; set; }
                public string UserRole { get; set; }
                public string IpRange { get; set; }
                public string ZipArchivePath { get; set; }
                public string StreetLightId { get; set; }
                public string CityTaxRate { get; set; }
                public string AdId { get; set; }
                public string OrderId { get; set; }
                public string SessionId { get; set; }
                public string Currency { get; set; }
                public string Locale { get; set; }
                public string Referrer { get; set; }
                public string PageUrl { get; set; }
                public string SecretRotationPolicy { get; set; }
                public string UserAgentFamily { get; set; }
                public string CampaignName { get; set; }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task A_lexicon_file_adds_silences_and_remaps_terms()
    {
        await VerifyAsync(
            Customer,
            state => state.AdditionalFiles.Add(("/src/TrackLayer.Lexicon.txt", """
                # Contoso's identifiers
                badge number: UserId
                shipping city: None   # our warehouses
                -email
                """)),
            VerifyCS.Diagnostic().WithLocation(1).WithArguments("'BadgeNumber'", "personal data (UserId)", "[Personal(DataCategory.UserId)], [Pseudonymised(DataCategory.UserId)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(2).WithArguments("'City'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"));
    }

    [Fact]
    public async Task Other_additional_files_are_not_lexicons()
    {
        await VerifyAsync(
            Customer,
            state => state.AdditionalFiles.Add(("/src/Other.txt", "badge number: UserId\n-email\n")),
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("'Email'", "personal data (Email)", "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(2).WithArguments("'City'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(3).WithArguments("'ShippingCity'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"));
    }

    [Fact]
    public async Task Editorconfig_keys_add_and_ignore_terms()
    {
        await VerifyAsync(
            Customer,
            state => state.AnalyzerConfigFiles.Add(("/.editorconfig", """
                root = true

                [*.cs]
                tracklayer.lexicon.add = badge number:Credential, shipping city:None
                tracklayer.lexicon.ignore = city, e mail, email
                """)),
            VerifyCS.Diagnostic().WithLocation(1).WithArguments("'BadgeNumber'", "a credential or secret", "[Credential] (and keep it out of events and logs) or [NonPersonal]"));
    }

    [Fact]
    public async Task Editorconfig_keys_apply_file_by_file_to_the_files_their_section_matches()
    {
        await VerifyAsync(
            Customer,
            state =>
            {
                state.Sources.Add(("/0/Legacy.cs", """
                    public class LegacyCustomer
                    {
                        public string Email { get; set; }
                        public string {|#4:BadgeNumber|} { get; set; }
                    }
                    """));
                state.AnalyzerConfigFiles.Add(("/.editorconfig", """
                    root = true

                    [Legacy.cs]
                    tracklayer.lexicon.add = badge number:Credential
                    tracklayer.lexicon.ignore = e mail, email
                    """));
            },
            VerifyCS.Diagnostic().WithLocation(0).WithArguments("'Email'", "personal data (Email)", "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(2).WithArguments("'City'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(3).WithArguments("'ShippingCity'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(4).WithArguments("'BadgeNumber'", "a credential or secret", "[Credential] (and keep it out of events and logs) or [NonPersonal]"));
    }

    [Fact]
    public async Task A_malformed_lexicon_line_is_skipped_and_the_rest_applies()
    {
        await VerifyAsync(
            Customer,
            state =>
            {
                state.AdditionalFiles.Add(("/TrackLayer.Lexicon.txt", "badge number UserId\n-email\nshipping city: Nope\n"));
                // TLC1002 is another analyzer's rule: this test runs TLC1001 alone.
            },
            VerifyCS.Diagnostic().WithLocation(2).WithArguments("'City'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(3).WithArguments("'ShippingCity'", "personal data (PostalAddress)", "[Personal(DataCategory.PostalAddress)], [Pseudonymised(DataCategory.PostalAddress)] or [NonPersonal]"));
    }

    [Theory]
    [InlineData("build_property.ProjectDir = /src/\n", false)] // MSBuild, no opt-in: the analyzers came transitively
    [InlineData("build_property.ProjectDir = /src/\nbuild_property.TrackLayerControlsAsCode = true\n", true)]
    [InlineData("build_property.ProjectDir = /src/\nbuild_property.TrackLayerControlsAsCode = True\n", true)]
    [InlineData("build_property.ProjectDir = /src/\nbuild_property.TrackLayerControlsAsCode = false\n", false)]
    [InlineData("build_property.TrackLayerControlsAsCode = false\n", false)]
    [InlineData("build_property.RootNamespace = Shop\n", true)] // not an SDK build: the host added the analyzer on purpose
    public async Task Runs_only_where_the_project_opted_in(string globalConfig, bool expectDiagnostic)
    {
        const string source = """
            public class Lead
            {
                public string {|#0:Email|} { get; set; }
            }
            """;
        var expected = expectDiagnostic
            ? new[] { VerifyCS.Diagnostic().WithLocation(0).WithArguments("'Email'", "personal data (Email)", "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]") }
            : System.Array.Empty<DiagnosticResult>();
        await VerifyAsync(source, state => state.AnalyzerConfigFiles.Add(("/.globalconfig", "is_global = true\n" + globalConfig)), expected);
    }

    [Fact]
    public async Task Editorconfig_severity_none_silences_the_rule()
    {
        const string source = """
            public class Lead
            {
                public string Email { get; set; }
            }
            """;
        await VerifyAsync(source, state => state.AnalyzerConfigFiles.Add(("/.editorconfig", "root = true\n\n[*.cs]\ndotnet_diagnostic.TLC1001.severity = none\n")));
    }

    // The presets work by category (dotnet_analyzer_diagnostic.category-*.severity), which the command-line compiler
    // applies and CompilationWithAnalyzers does not: PresetTests checks their content, and the package's consumer test
    // (ConsumerProjectTests) checks that strict makes TLC1001 an error and that .editorconfig still wins.

    [Fact]
    public async Task Broken_code_by_type_and_credentials()
    {
        const string source = """
            using System.Net;

            public class Broken
            {
                public IPAddress {|TLC1001:Caller|} { get;
                public Missing<IPAddress> Hops { get; set; }
                public Unknown ApiKey { get; set; }
                public string {|TLC1001:Password|}
                public EmailAddress Contact { get; set; }
            """;
        await VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source, withToolkit: true, CompilerDiagnostics.None);
    }
}
