using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

public class TLC1001UnclassifiedPersonalDataAnalyzerTests
{
    private static Task VerifyAsync(string source, params DiagnosticResult[] expected)
        => VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source, expected);

    private static Task VerifyBrokenAsync(string source, params DiagnosticResult[] expected)
        => VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source, withToolkit: true, CompilerDiagnostics.None, expected);

    [Fact]
    public async Task Flags_properties_and_fields_by_name()
    {
        const string source = """
            using System.Collections.Generic;
            using TrackLayer.ControlsAsCode;

            public class Customer
            {
                public string {|TLC1001:Email|} { get; set; }
                public string {|TLC1001:PhoneNumber|} { get; init; }
                public string {|TLC1001:ClientIp|} { get; set; }
                public string {|TLC1001:userAgent|} { get; set; }
                public List<string> {|TLC1001:Fbclids|} { get; } = new();
                public string {|TLC1001:FirstName|};
                private string {|TLC1001:_userId|};
                public static string {|TLC1001:LastSeenEmail|};
                public string Touch() => FirstName + _userId;
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Message_names_the_member_and_the_category()
    {
        const string source = """
            public class Lead
            {
                public string {|#0:Email|} { get; set; }
                [System.Text.Json.Serialization.JsonPropertyName("em")] public string[] {|#1:Hashes|} { get; set; }
            }
            """;
        await VerifyAsync(
            source,
            VerifyCS.Diagnostic().WithLocation(0)
                .WithMessage("'Email' looks like personal data (Email) but has no data classification; add [Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(1).WithArguments("'Hashes' (serialized as 'em')", "personal data (Email)", "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"));
    }

    [Fact]
    public async Task Flags_wire_names_of_all_three_serializers()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Runtime.Serialization;
            using System.Text.Json.Serialization;
            using Newtonsoft.Json;

            public class MetaUserData
            {
                [JsonPropertyName("em")] public List<string> {|TLC1001:A|} { get; set; }
                [JsonPropertyName("ph")] public string[] {|TLC1001:B|} { get; set; }
                [JsonPropertyName("ttclid")] public string {|TLC1001:C|} { get; set; }
                [JsonPropertyName("client_ip_address")] public string {|TLC1001:D|} { get; set; }
                [DataMember(Name = "zp")] public string {|TLC1001:E|} { get; set; }
                [JsonProperty("ct")] public string {|TLC1001:F|} { get; set; }
                [JsonProperty(PropertyName = "fn")] public string {|TLC1001:G|} { get; set; }
                [JsonPropertyName("external_id")] public string {|TLC1001:H|};
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Short_keys_only_on_members_that_can_hold_text()
    {
        const string source = """
            using System.Text.Json.Serialization;

            public class AppDbContext { }

            public class Repository
            {
                private readonly AppDbContext _db = new();
                public int St { get; set; }
                [JsonPropertyName("db")] public int Value { get; set; }
                public string {|TLC1001:Db|} { get; set; }
                public AppDbContext Context => _db;
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Flags_record_positional_parameters_once()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public record Customer(
                string {|TLC1001:Email|},
                [Personal(DataCategory.Phone)] string Phone,
                [property: NonPersonal] string City,
                [Pseudonymised(DataCategory.UserId)] string ExternalId,
                int Count);

            public record struct Visit(string {|TLC1001:UserAgent|}, string Page);

            public record Explicit(string Gender)
            {
                public string {|TLC1001:Gender|} { get; init; } = Gender;
            }

            public class Plain(string email)
            {
                public string Describe() => email;
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_look_alikes()
    {
        const string source = """
            public class Stats
            {
                public bool EmailVerified { get; set; }
                public int EmailTemplateId { get; set; }
                public bool IsEmailConfirmed { get; set; }
                public int IpRateLimit { get; set; }
                public string ProductName { get; set; }
                public string CampaignName { get; set; }
                public string PageTitle { get; set; }
                public string DeviceType { get; set; }
                public string EventName { get; set; }
                public string FileName { get; set; }
                public string HostName { get; set; }
                public int CityCount { get; set; }
                public string UserAgentFamily { get; set; }
                public int EmailCount { get; set; }
                public bool PhoneVerified { get; set; }
                public string ZipFileName { get; set; }
                public string Description { get; set; }
                public decimal Shipping { get; set; }
                public string TypeName { get; set; }
                public string ClientIdHeaderName { get; set; }
                public string Name { get; set; }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_classified_members_ours_or_third_party()
    {
        const string source = """
            using Microsoft.Extensions.Compliance.Classification;
            using TrackLayer.ControlsAsCode;

            public class PrivateDataAttribute : DataClassificationAttribute
            {
                public PrivateDataAttribute() : base(new DataClassification("Contoso", "Private")) { }
            }

            public sealed class PrivateEmailAttribute : PrivateDataAttribute { }

            public class Customer
            {
                [Personal(DataCategory.Email)] public string Email { get; set; }
                [Pseudonymised(DataCategory.Email, Method = "SHA-256")] public string HashedEmail { get; set; }
                [NonPersonal] public string City { get; set; }
                [Credential] public string Street { get; set; }
                [SpecialCategory(SpecialCategoryKind.Health)] public string Gender { get; set; }
                [PrivateData] public string Phone { get; set; }
                [PrivateEmail] public string ContactEmail;
                [Personal(DataCategory.ClickId)] public string Gclid;
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_constants_static_readonly_enum_members_or_backing_fields()
    {
        const string source = """
            public enum Channel { Email, Phone }

            public class Settings
            {
                public const string Email = "support@example.com";
                public static readonly string Phone = "+1 555 0100";
                public string Auto { get; set; }
                public string this[string email] => email;
            }

            public class Derived : Base
            {
                // The base declaration is reported; the override restates it.
                public override string Surname { get; set; }
            }

            public abstract class Base
            {
                public abstract string {|TLC1001:Surname|} { get; set; }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Registers_nothing_without_the_toolkit()
    {
        const string source = """
            public class Customer
            {
                public string Email { get; set; }
                public string ClientIp;
            }

            public record Lead(string Phone);
            """;
        await VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source, withToolkit: false, CompilerDiagnostics.Errors);
    }

    [Fact]
    public async Task Does_not_flag_generated_code()
    {
        const string source = """
            // <auto-generated/>
            public class Generated
            {
                public string Email { get; set; }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Does_not_flag_a_type_marked_GeneratedCode()
    {
        // The rules skip generated code themselves (GeneratedCodeFilter), so every way the compiler recognises it counts.
        const string source = """
            [System.CodeDom.Compiler.GeneratedCode("protoc", "3.0")]
            public class GeneratedContact
            {
                public string Email { get; set; }
            }

            public class HandWritten
            {
                public string {|TLC1001:Phone|} { get; set; }
            }
            """;
        await VerifyAsync(source);
    }

    [Fact]
    public async Task Broken_code_half_typed_property()
    {
        const string source = """
            public class Customer
            {
                public string {|TLC1001:Email|} {
            """;
        await VerifyBrokenAsync(source);
    }

    [Fact]
    public async Task Broken_code_attribute_with_missing_arguments_counts_as_classified()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public class Customer
            {
                [Personal(] public string Email { get; set; }
                [Personal] public string Phone { get; set; }
                [Pseudonymised(DataCategory.)] public string City { get; set; }
            }
            """;
        await VerifyBrokenAsync(source);
    }

    [Fact]
    public async Task Broken_code_unknown_attributes_and_error_types()
    {
        const string source = """
            using System.Text.Json.Serialization;

            public class Customer
            {
                [Unknown] public string {|TLC1001:Phone|} { get; set; }
                [Unknown("em")] public string A { get; set; }
                public Strng {|TLC1001:Email|} { get; set; }
                public Lst<string> Em { get; set; }
                [JsonPropertyName()] public string B { get; set; }
                [JsonPropertyName(42)] public string C { get; set; }
                [JsonPropertyName(null)] public string D { get; set; }
                [System.Runtime.Serialization.DataMember(Name = )] public string E { get; set; }
                public string { get; set; }
                public string F, ;
            }

            public record Lead(string {|TLC1001:Gclid|}, , string);
            public record Partial(string
            """;
        await VerifyBrokenAsync(source);
    }
}
