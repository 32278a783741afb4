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
