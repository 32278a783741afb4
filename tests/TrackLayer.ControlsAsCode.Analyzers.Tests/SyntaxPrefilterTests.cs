using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>
/// The rules read attribute syntax before they bind attributes (for speed). These are the spellings a syntax look could
/// miss and must not: aliases, the <c>Attribute</c> suffix, qualified names, and wire names that are not literals.
/// </summary>
public class SyntaxPrefilterTests
{
    [Fact]
    public async Task A_declaration_written_through_a_file_alias_is_still_checked()
    {
        const string source = """
            using Ctl = TrackLayer.ControlsAsCode.ImplementsControlAttribute;

            public static class Hasher
            {
                [Ctl({|#0:"9.99"|})] public static string Hash(string value) => value;
            }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(
            source, new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("9.99"));
    }

    [Fact]
    public async Task An_alias_named_with_the_Attribute_suffix_and_written_without_it_is_still_checked()
    {
        const string source = """
            using CtlAttribute = TrackLayer.ControlsAsCode.ApplicableControlAttribute;
            using TrackLayer.ControlsAsCode;

            [Ctl({|#0:"8.99"|}, InclusionReason.RiskAssessment, Owner = "o", Status = ImplementationStatus.Planned)]
            public sealed class Controls { }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(
            source, new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("8.99"));
    }

    [Fact]
    public async Task A_global_alias_declared_in_another_file_is_still_checked()
    {
        const string source = """
            [Excl({|#0:"9.1"|}, "n/a")]
            public sealed class Controls { }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(
            source,
            state => state.Sources.Add(("/0/Usings.cs", "global using Excl = TrackLayer.ControlsAsCode.ExcludedControlAttribute;")),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("9.1"));
    }

    [Fact]
    public async Task Qualified_and_suffixed_names_are_checked_on_the_assembly_types_and_members()
    {
        const string source = """
            [assembly: global::TrackLayer.ControlsAsCode.ExcludedControlAttribute({|#0:"9.2"|}, "n/a")]

            [TrackLayer.ControlsAsCode.ApplicableControl({|#1:"8.98"|}, TrackLayer.ControlsAsCode.InclusionReason.RiskAssessment, Owner = "o",
                Status = TrackLayer.ControlsAsCode.ImplementationStatus.Planned)]
            public sealed class Controls
            {
                [TrackLayer.ControlsAsCode.ImplementsControlAttribute({|#2:"x"|})] public int Field;
            }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("9.2"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(1).WithArguments("8.98"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(2).WithArguments("x"));
    }

    [Fact]
    public async Task A_wire_name_given_by_a_constant_is_still_matched()
    {
        const string source = """
            using System.Text.Json.Serialization;

            public static class Keys { public const string Email = "email"; }

            public sealed class Payload
            {
                [JsonPropertyName(Keys.Email)] public string {|#0:Contact|} { get; set; }
                [JsonPropertyName(nameof(Sku))] public string Sku { get; set; }
            }
            """;
        await VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(
            source,
            VerifyCS.Diagnostic().WithLocation(0)
                .WithArguments("'Contact' (serialized as 'email')", "personal data (Email)",
                    "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"));
    }

    [Fact]
    public async Task A_wire_name_given_through_an_alias_or_a_named_argument_is_still_matched()
    {
        const string source = """
            using Wire = System.Text.Json.Serialization.JsonPropertyNameAttribute;
            using System.Runtime.Serialization;

            public sealed class Payload
            {
                [Wire("phone_number")] public string {|#0:Contact|} { get; set; }
                [DataMember(Order = 1, Name = "em")] public string {|#1:Key|} { get; set; }
                [DataMember(Order = 2, Name = "sku")] public string Code { get; set; }
            }
            """;
        await VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(
            source,
            VerifyCS.Diagnostic().WithLocation(0)
                .WithArguments("'Contact' (serialized as 'phone_number')", "personal data (Phone)",
                    "[Personal(DataCategory.Phone)], [Pseudonymised(DataCategory.Phone)] or [NonPersonal]"),
            VerifyCS.Diagnostic().WithLocation(1)
                .WithArguments("'Key' (serialized as 'em')", "personal data (Email)",
                    "[Personal(DataCategory.Email)], [Pseudonymised(DataCategory.Email)] or [NonPersonal]"));
    }

    [Fact]
    public async Task A_classification_written_through_an_alias_still_counts()
    {
        const string source = """
            using Pii = TrackLayer.ControlsAsCode.PersonalAttribute;
            using TrackLayer.ControlsAsCode;

            public sealed class Payload
            {
                [Pii(DataCategory.Email)] public string Email { get; set; }
            }
            """;
        await VerifyCS.AnalyzerAsync<TLC1001UnclassifiedPersonalDataAnalyzer>(source);
    }

    [Fact]
    public async Task Declarations_on_accessors_and_record_parameters_are_checked()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public sealed record Token([property: ImplementsControl({|#0:"8.99"|})] string Value)
            {
                public string Hashed
                {
                    [ImplementsControl({|#1:"crypto"|})] get => Value;
                }
            }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("8.99"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(1).WithArguments("crypto"));
    }

    [Fact]
    public async Task Declarations_in_a_type_marked_GeneratedCode_are_left_alone()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [System.CodeDom.Compiler.GeneratedCode("tool", "1.0")]
            [ExcludedControl("9.9", "n/a")]
            [ExcludedControl("7.4", "n/a"), ExcludedControl("7.4", "n/a")]
            public sealed class Generated
            {
                [ImplementsControl("x")] public void M() { }
                public sealed class Nested { [ImplementsControl("y")] public int F; }
            }

            [ExcludedControl({|#0:"9.8"|}, "n/a")]
            public sealed class Written { }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(
            source, new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("9.8"));
        await VerifyCS.AnalyzerAsync<TLC3010DuplicateControlDeclarationAnalyzer>(source);
    }
}
