using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>TLC3001–TLC3010: what each control, ISMS and certification rule flags, what it leaves alone, and where it points.</summary>
public class ControlDeclarationRulesTests
{
    private static Task VerifyAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => VerifyCS.AnalyzerAsync<TAnalyzer>(source, expected);

    /// <summary>Declarations none of the control rules may flag.</summary>
    private const string Correct = """
        using TrackLayer.ControlsAsCode;

        [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]
        [assembly: ApplicableControl("5.1", InclusionReason.BestPractice, Owner = "CISO", Status = ImplementationStatus.Implemented)]

        [ApplicableControl("8.24", InclusionReason.RiskAssessment | InclusionReason.LegalRequirement, Owner = "Platform",
            Status = ImplementationStatus.Implemented, Evidence = new[] { "docs/hashing.md" }, ReviewedOn = "2026-04-24")]
        [ApplicableControl("A.8.15", InclusionReason.RiskAssessment, Owner = "SRE", Status = ImplementationStatus.Planned)]
        [ExcludedControl("7.4", "No premises in scope", Owner = "CISO", ReviewedOn = "2026-04-24")]
        public sealed class Controls { }

        public static class Hasher
        {
            [ImplementsControl("8.24", Note = "SHA-256")]
            public static string Hash(string value) => value;
        }
        """;

    [Fact]
    public async Task Correct_declarations_are_not_flagged_by_any_control_rule()
    {
        await VerifyAsync<TLC3001UnknownControlIdAnalyzer>(Correct);
        await VerifyAsync<TLC3002Iso2013ControlIdAnalyzer>(Correct);
        await VerifyAsync<TLC3003ExcludedWithoutJustificationAnalyzer>(Correct);
        await VerifyAsync<TLC3004ApplicableWithoutOwnerAnalyzer>(Correct);
        await VerifyAsync<TLC3005ApplicableWithoutStatusAnalyzer>(Correct);
        await VerifyAsync<TLC3006ApplicableWithoutReasonAnalyzer>(Correct);
        await VerifyAsync<TLC3007ConflictingControlDeclarationsAnalyzer>(Correct);
        await VerifyAsync<TLC3008InvalidDateAnalyzer>(Correct);
        await VerifyAsync<TLC3009CertifiedWithoutCertificateAnalyzer>(Correct);
        await VerifyAsync<TLC3010DuplicateControlDeclarationAnalyzer>(Correct);
    }

    [Fact]
    public async Task Nothing_is_registered_without_the_toolkit()
    {
        const string source = """
            public sealed class ApplicableControlAttribute : System.Attribute { public ApplicableControlAttribute(string id) { } }
            [ApplicableControl("99.99")] public sealed class C { }
            """;
        await VerifyCS.AnalyzerAsync<TLC3001UnknownControlIdAnalyzer>(source, withToolkit: false, Microsoft.CodeAnalysis.Testing.CompilerDiagnostics.Errors);
    }

    [Fact]
    public async Task TLC3001_flags_unknown_ids_at_the_id_argument_on_every_control_attribute()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: ExcludedControl({|#0:"9.1"|}, "n/a")]

            [ApplicableControl({|#1:"8.99"|}, InclusionReason.RiskAssessment, Owner = "o", Status = ImplementationStatus.Planned)]
            [ApplicableControl(controlId: {|#2:""|}, reason: InclusionReason.RiskAssessment, Owner = "o", Status = ImplementationStatus.Planned)]
            public sealed class Controls
            {
                [ImplementsControl({|#3:"cryptography"|})] public void Hash() { }
            }
            """;
        await VerifyAsync<TLC3001UnknownControlIdAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(0).WithArguments("9.1"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(1)
                .WithMessage("'8.99' is not an ISO/IEC 27001:2022 Annex A control id; use an id from 5.1 to 8.34, such as 8.24"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(2).WithArguments("(empty)"),
            new DiagnosticResult(DiagnosticDescriptors.UnknownControlId).WithLocation(3).WithArguments("cryptography"));
    }

    [Fact]
    public async Task TLC3001_reads_ids_given_through_constants()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            static class Ids { public const string Crypto = "8.24"; public const string Typo = "8.240"; }

            [ImplementsControl(Ids.Crypto)]
            [ImplementsControl({|TLC3001:Ids.Typo|})]
            public sealed class Hasher { }
            """;
        await VerifyAsync<TLC3001UnknownControlIdAnalyzer>(source);
    }

    [Fact]
    public async Task TLC3002_flags_2013_ids_and_names_the_successors()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ExcludedControl({|#0:"A.11.1.4"|}, "cloud only")]
            [ImplementsControl({|#1:"18.2.3"|})]
            public sealed class Legacy { }
            """;
        await VerifyAsync<TLC3002Iso2013ControlIdAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.Iso2013ControlId).WithLocation(0)
                .WithMessage("'A.11.1.4' is an ISO/IEC 27001:2013 control id; declare the 2022 control 7.5 (Protecting against physical and environmental threats)"),
            new DiagnosticResult(DiagnosticDescriptors.Iso2013ControlId).WithLocation(1)
                .WithArguments("18.2.3", "5.36 (Compliance with policies, rules and standards for information security) or 8.8 (Management of technical vulnerabilities)"));
    }

    [Fact]
    public async Task TLC3002_does_not_report_what_TLC3001_reports()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;
            [ImplementsControl("99.1.1")] [ImplementsControl("8.24")] public sealed class C { }
            """;
        await VerifyAsync<TLC3002Iso2013ControlIdAnalyzer>(source);
    }

    [Fact]
    public async Task TLC3003_flags_empty_and_white_space_justifications()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ExcludedControl("7.4", {|#0:""|})]
            [ExcludedControl("7.5", {|#1:"   "|})]
            [ExcludedControl("7.6", {|#2:null|})]
            [ExcludedControl("7.7", "Remote-only company: there are no desks to clear.")]
            public sealed class Physical { }
            """;
        await VerifyAsync<TLC3003ExcludedWithoutJustificationAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.ExcludedWithoutJustification).WithLocation(0)
                .WithMessage("Control 7.4 is excluded without a justification; say why it does not apply"),
            new DiagnosticResult(DiagnosticDescriptors.ExcludedWithoutJustification).WithLocation(1).WithArguments("7.5"),
            new DiagnosticResult(DiagnosticDescriptors.ExcludedWithoutJustification).WithLocation(2).WithArguments("7.6"));
    }

    [Fact]
    public async Task TLC3004_flags_missing_owner_at_the_attribute_and_empty_owner_at_the_argument()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [{|#0:ApplicableControl("8.24", InclusionReason.RiskAssessment, Status = ImplementationStatus.Implemented)|}]
            [ApplicableControl("8.15", InclusionReason.RiskAssessment, Owner = {|#1:" "|}, Status = ImplementationStatus.Implemented)]
            [ExcludedControl("7.4", "cloud only")]
            public sealed class Controls { }
            """;
        await VerifyAsync<TLC3004ApplicableWithoutOwnerAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.ApplicableWithoutOwner).WithLocation(0)
                .WithMessage("Applicable control 8.24 has no Owner; name the role or team that answers for it"),
            new DiagnosticResult(DiagnosticDescriptors.ApplicableWithoutOwner).WithLocation(1).WithArguments("8.15"));
    }

    [Fact]
    public async Task TLC3005_flags_an_unspecified_status()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: {|#0:ApplicableControl("5.1", InclusionReason.BestPractice, Owner = "CISO")|}]

            [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "o", Status = {|#1:ImplementationStatus.Unspecified|})]
            [ApplicableControl("8.15", InclusionReason.RiskAssessment, Owner = "o", Status = ImplementationStatus.NotImplemented)]
            public sealed class Controls { }
            """;
        await VerifyAsync<TLC3005ApplicableWithoutStatusAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.ApplicableWithoutStatus).WithLocation(0).WithArguments("5.1"),
            new DiagnosticResult(DiagnosticDescriptors.ApplicableWithoutStatus).WithLocation(1).WithArguments("8.24"));
    }

    [Fact]
    public async Task TLC3006_flags_InclusionReason_None_at_the_reason_argument()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ApplicableControl("8.24", {|#0:InclusionReason.None|}, Owner = "o", Status = ImplementationStatus.Planned)]
            [ApplicableControl("8.15", {|#1:0|}, Owner = "o", Status = ImplementationStatus.Planned)]
            [ApplicableControl("8.16", InclusionReason.None | InclusionReason.LegalRequirement, Owner = "o", Status = ImplementationStatus.Planned)]
            public sealed class Controls { }
            """;
        await VerifyAsync<TLC3006ApplicableWithoutReasonAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.ApplicableWithoutReason).WithLocation(0).WithArguments("8.24"),
            new DiagnosticResult(DiagnosticDescriptors.ApplicableWithoutReason).WithLocation(1).WithArguments("8.15"));
    }

    [Fact]
    public async Task TLC3007_flags_conflicting_declarations_across_types_and_the_assembly_at_both_places()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: {|#0:ExcludedControl("8.24", "not needed")|}]

            [{|#1:ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "Platform", Status = ImplementationStatus.Implemented)|}]
            public sealed class Crypto { }

            [{|#2:ApplicableControl("8.15", InclusionReason.RiskAssessment, Owner = "SRE", Status = ImplementationStatus.Planned)|}]
            public sealed class Logging { }

            [{|#3:ApplicableControl("A.12.4.1", InclusionReason.RiskAssessment, Owner = "SRE", Status = ImplementationStatus.Implemented)|}]
            public sealed class LegacyLogging { }
            """;
        await VerifyAsync<TLC3007ConflictingControlDeclarationsAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.ConflictingControlDeclarations).WithLocation(0).WithLocation(1)
                .WithMessage("Control 8.24 is declared 2 times with different applicability, reason, justification, status and owner; keep one declaration"),
            new DiagnosticResult(DiagnosticDescriptors.ConflictingControlDeclarations).WithLocation(1).WithLocation(0)
                .WithArguments("8.24", 2, "applicability, reason, justification, status and owner"),
            new DiagnosticResult(DiagnosticDescriptors.ConflictingControlDeclarations).WithLocation(2).WithLocation(3)
                .WithArguments("8.15", 2, "status"),
            new DiagnosticResult(DiagnosticDescriptors.ConflictingControlDeclarations).WithLocation(3).WithLocation(2)
                .WithArguments("8.15", 2, "status"));
    }

    [Fact]
    public async Task TLC3007_leaves_identical_duplicates_to_TLC3010()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [{|#0:ExcludedControl("7.4", "cloud only", Owner = "CISO")|}]
            public sealed class A { }

            [{|#1:ExcludedControl(" A.7.4", "cloud only ", Owner = "CISO")|}]
            public sealed class B { }

            [{|#2:ExcludedControl("7.4", "cloud only", Owner = "CISO")|}]
            public sealed class C { }
            """;
        await VerifyAsync<TLC3007ConflictingControlDeclarationsAnalyzer>(source);
        await VerifyAsync<TLC3010DuplicateControlDeclarationAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.DuplicateControlDeclaration).WithLocation(1).WithLocation(0)
                .WithMessage("Control 7.4 is declared 3 times with the same values; remove the duplicate"),
            new DiagnosticResult(DiagnosticDescriptors.DuplicateControlDeclaration).WithLocation(2).WithLocation(0).WithArguments("7.4", 3));
    }

    [Fact]
    public async Task TLC3007_and_TLC3010_ignore_ImplementsControl_which_may_repeat()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ImplementsControl("8.24")] public sealed class A { }
            [ImplementsControl("8.24")] public sealed class B { }
            """;
        await VerifyAsync<TLC3007ConflictingControlDeclarationsAnalyzer>(source);
        await VerifyAsync<TLC3010DuplicateControlDeclarationAnalyzer>(source);
    }

    [Fact]
    public async Task TLC3008_flags_dates_that_are_not_dates_on_every_declaration()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: CertificationStatus(CertificationState.InProgress, AsOf = {|#0:"24.04.2026"|}, TargetWindow = "Q4 2026")]

            [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "o", Status = ImplementationStatus.Planned, ReviewedOn = {|#1:"2026-02-30"|})]
            [ExcludedControl("7.4", "cloud only", ReviewedOn = {|#2:"last week"|})]
            [ExcludedControl("7.5", "cloud only", ReviewedOn = "2026-04-24")]
            public sealed class Controls { }

            [Destination("d", Owner = "o", Purpose = "p", Retention = "P1D", ReviewedOn = {|#3:""|})]
            public sealed class D { }
            """;
        await VerifyAsync<TLC3008InvalidDateAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.InvalidDate).WithLocation(0)
                .WithMessage("AsOf '24.04.2026' is not an ISO 8601 date; write it as YYYY-MM-DD, for example 2026-04-24"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDate).WithLocation(1).WithArguments("ReviewedOn", "2026-02-30"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDate).WithLocation(2).WithArguments("ReviewedOn", "last week"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDate).WithLocation(3).WithArguments("ReviewedOn", ""));
    }

    [Fact]
    public async Task TLC3008_checks_certificate_dates()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: CertificationStatus(CertificationState.Certified, CertificationBody = "BSI", CertificateNumber = "IS 123",
                CertifiedOn = {|#0:"2026/01/15"|}, ExpiresOn = {|#1:"2029"|})]
            """;
        await VerifyAsync<TLC3008InvalidDateAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.InvalidDate).WithLocation(0).WithArguments("CertifiedOn", "2026/01/15"),
            new DiagnosticResult(DiagnosticDescriptors.InvalidDate).WithLocation(1).WithArguments("ExpiresOn", "2029"));
    }

    [Fact]
    public async Task TLC3009_flags_certified_without_the_certificate_and_names_what_is_missing()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: {|#0:CertificationStatus(CertificationState.Certified, CertificationBody = "BSI")|}]
            """;
        await VerifyAsync<TLC3009CertifiedWithoutCertificateAnalyzer>(
            source,
            new DiagnosticResult(DiagnosticDescriptors.CertifiedWithoutCertificate).WithLocation(0)
                .WithMessage("CertificationState.Certified is declared without CertificateNumber and CertifiedOn; declare the certificate or state the real status (InProgress)"));
    }

    [Fact]
    public async Task TLC3009_does_not_flag_a_complete_certificate_or_other_states()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: CertificationStatus(CertificationState.Certified, CertificationBody = "BSI", CertificateNumber = "IS 123", CertifiedOn = "2026-01-15")]
            """;
        await VerifyAsync<TLC3009CertifiedWithoutCertificateAnalyzer>(source);
        await VerifyAsync<TLC3009CertifiedWithoutCertificateAnalyzer>(
            "[assembly: TrackLayer.ControlsAsCode.CertificationStatus(TrackLayer.ControlsAsCode.CertificationState.Lapsed)]");
    }
}
