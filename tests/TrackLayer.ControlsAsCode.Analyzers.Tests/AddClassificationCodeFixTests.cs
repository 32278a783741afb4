using System.Threading.Tasks;
using TrackLayer.ControlsAsCode.CodeFixes;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

public class AddClassificationCodeFixTests
{
    private static Task VerifyAsync(string source, string fixedSource, int? iterations = null)
        => VerifyCS.CodeFixAsync<TLC1001UnclassifiedPersonalDataAnalyzer, AddClassificationCodeFix>(source, fixedSource, iterations);

    [Fact]
    public async Task Adds_personal_attribute_to_a_property()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public class Customer
            {
                /// <summary>Where we write.</summary>
                public string {|TLC1001:Email|} { get; set; }
            }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Customer
            {
                /// <summary>Where we write.</summary>
                [Personal(DataCategory.Email)]
                public string Email { get; set; }
            }
            """;
        await VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task Adds_the_using_when_missing()
    {
        const string source = """
            using System;

            namespace Shop
            {
                public class Customer
                {
                    public string {|TLC1001:ClientIp|};
                }
            }
            """;
        const string fixedSource = """
            using System;
            using TrackLayer.ControlsAsCode;

            namespace Shop
            {
                public class Customer
                {
                    [Personal(DataCategory.IpAddress)]
                    public string ClientIp;
                }
            }
            """;
        await VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task Uses_the_wire_name_category_and_keeps_other_attributes()
    {
        const string source = """
            using System.Text.Json.Serialization;
            using TrackLayer.ControlsAsCode;

            public class UserData
            {
                [JsonPropertyName("ph")]
                public string[] {|TLC1001:Phones2|} { get; set; }
            }
            """;
        const string fixedSource = """
            using System.Text.Json.Serialization;
            using TrackLayer.ControlsAsCode;

            public class UserData
            {
                [JsonPropertyName("ph")]
                [Personal(DataCategory.Phone)]
                public string[] Phones2 { get; set; }
            }
            """;
        await VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task Adds_the_attribute_to_a_record_parameter()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public record Lead(string {|TLC1001:Email|}, int Score);
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public record Lead([Personal(DataCategory.Email)] string Email, int Score);
            """;
        await VerifyAsync(source, fixedSource);
    }

    [Fact]
    public async Task Fix_all_classifies_every_member_and_adds_one_using()
    {
        const string source = """
            public class Customer
            {
                public string {|TLC1001:Email|} { get; set; }
                public string {|TLC1001:Gclid|} { get; set; }
                public string ProductName { get; set; }
            }

            public record Visit(string {|TLC1001:UserAgent|}, string {|TLC1001:Fbp|});
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Customer
            {
                [Personal(DataCategory.Email)]
                public string Email { get; set; }
                [Personal(DataCategory.ClickId)]
                public string Gclid { get; set; }
                public string ProductName { get; set; }
            }

            public record Visit([Personal(DataCategory.UserAgent)] string UserAgent, [Personal(DataCategory.CookieId)] string Fbp);
            """;
        await VerifyAsync(source, fixedSource, iterations: 4);
    }
}

public class AddClassificationCodeFixAlternativesTests
{
    private static Task VerifyAsync(string source, string fixedSource, string kind, int? iterations = null)
        => VerifyCS.CodeFixAsync<TLC1001UnclassifiedPersonalDataAnalyzer, AddClassificationCodeFix>(source, fixedSource, "AddClassificationCodeFix." + kind, iterations);

    private const string Mixed = """
        using TrackLayer.ControlsAsCode;

        public class Account
        {
            public string {|TLC1001:Email|} { get; set; }
            public string {|TLC1001:ApiKey|} { get; set; }
        }
        """;

    [Fact]
    public async Task Offers_pseudonymised()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public class Lead
            {
                public string {|TLC1001:HashedEmail|} { get; set; }
            }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Lead
            {
                [Pseudonymised(DataCategory.Email)]
                public string HashedEmail { get; set; }
            }
            """;
        await VerifyAsync(source, fixedSource, "Pseudonymised");
    }

    [Fact]
    public async Task Offers_non_personal_on_a_record_parameter()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public record Store(string {|TLC1001:City|}, int Size);
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public record Store([NonPersonal] string City, int Size);
            """;
        await VerifyAsync(source, fixedSource, "NonPersonal");
    }

    [Fact]
    public async Task Offers_credential_for_a_secret_and_adds_the_using()
    {
        const string source = """
            public class Settings
            {
                public string {|TLC1001:ClientSecret|};
            }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Settings
            {
                [Credential]
                public string ClientSecret;
            }
            """;
        await VerifyAsync(source, fixedSource, "Credential");
    }

    [Fact]
    public async Task Fix_all_personal_leaves_secrets_alone()
    {
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Account
            {
                [Personal(DataCategory.Email)]
                public string Email { get; set; }
                public string {|TLC1001:ApiKey|} { get; set; }
            }
            """;
        await VerifyAsync(Mixed, fixedSource, "Personal", iterations: 1);
    }

    [Fact]
    public async Task Fix_all_credential_leaves_personal_data_alone()
    {
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Account
            {
                public string {|TLC1001:Email|} { get; set; }
                [Credential]
                public string ApiKey { get; set; }
            }
            """;
        await VerifyAsync(Mixed, fixedSource, "Credential", iterations: 1);
    }

    [Fact]
    public async Task Fix_all_non_personal_fixes_everything()
    {
        const string source = """
            public class Fixture
            {
                public string {|TLC1001:Email|} { get; set; }
                public string {|TLC1001:Password|} { get; set; }
            }

            public record Sample(string {|TLC1001:Phone|}, string {|TLC1001:Gclid|});
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            public class Fixture
            {
                [NonPersonal]
                public string Email { get; set; }
                [NonPersonal]
                public string Password { get; set; }
            }

            public record Sample([NonPersonal] string Phone, [NonPersonal] string Gclid);
            """;
        await VerifyAsync(source, fixedSource, "NonPersonal", iterations: 4);
    }
}
