using System;
using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>
/// Half-typed and mistyped declarations, as the IDE analyzes them on every keystroke: no analyzer exception, and no
/// diagnostic of ours where the compiler already reports the attribute as broken.
/// </summary>
public class DeclarationRulesBrokenCodeTests
{
    private static readonly DiagnosticAnalyzer[] Rules =
    {
        new TLC2001DestinationWithoutDeclarationAnalyzer(),
        new TLC2002DestinationDeclarationIncompleteAnalyzer(),
        new TLC2003RetentionNotIsoDurationAnalyzer(),
        new TLC2004PlainHttpEndpointAnalyzer(),
        new TLC2005DuplicateDestinationIdAnalyzer(),
        new TLC3001UnknownControlIdAnalyzer(),
        new TLC3002Iso2013ControlIdAnalyzer(),
        new TLC3003ExcludedWithoutJustificationAnalyzer(),
        new TLC3004ApplicableWithoutOwnerAnalyzer(),
        new TLC3005ApplicableWithoutStatusAnalyzer(),
        new TLC3006ApplicableWithoutReasonAnalyzer(),
        new TLC3007ConflictingControlDeclarationsAnalyzer(),
        new TLC3008InvalidDateAnalyzer(),
        new TLC3009CertifiedWithoutCertificateAnalyzer(),
        new TLC3010DuplicateControlDeclarationAnalyzer(),
    };

    public static TheoryData<string> BrokenSources() => new()
    {
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl(\"8.2",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl(\"8.2\", ",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl(\"8.2\", InclusionReason.RiskAssessment, Owner = ]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl(\"A.10.1.1\", InclusionReason.RiskAssessment, Owner = 5)]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl(8.24, InclusionReason.RiskAssessment)]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl()]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ApplicableControl(\"9.9\", InclusionReason.Nope, Status = ImplementationStatus.)]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ExcludedControl(\"7.4\")]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ExcludedControl(\"7.4\", Missing.Constant)]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ExcludedControl(\"7.4\", \"x\", ReviewedOn = DateTime.Now)]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\n[ImplementsControl(]\nclass C { }",
        "using TrackLayer.ControlsAsCode;\nclass C { [ImplementsControl(\"12.4.1\"] void M() { } }",
        "using TrackLayer.ControlsAsCode;\n[Destination(\"a\", Owner = \"o\", Purpose = \"p\", Retention = \"P1D\", Endpoint = \"http://x\"",
        "using TrackLayer.ControlsAsCode;\n[Destination(Owner = \"o\")]\nclass D : ITrackingDestination { }",
        "using TrackLayer.ControlsAsCode;\n[Destination(\"a\", Retention = 90)]\nclass D : ITrackingDestination { }",
        "using TrackLayer.ControlsAsCode;\nclass D : ITrackingDestination, IMissing { }\nclass E : Missing, ITrackingDestination { }",
        "using TrackLayer.ControlsAsCode;\nclass D : ITrackingDestination",
        "using TrackLayer.ControlsAsCode;\npartial class D : ITrackingDestination { }\npartial class D { }",
        "using TrackLayer.ControlsAsCode;\n[assembly: CertificationStatus(CertificationState.Certified, CertifiedOn = ",
        "using TrackLayer.ControlsAsCode;\n[assembly: CertificationStatus(CertificationState.Unknown)]",
        "using TrackLayer.ControlsAsCode;\n[assembly: CertificationStatus(]",
        "using TrackLayer.ControlsAsCode;\n[assembly: ]\n[assembly: ApplicableControl(\"8.24\", InclusionReason.RiskAssessment, Owner = \"o\", Status = ImplementationStatus.Implemented)]",
        "using TrackLayer.ControlsAsCode;\n[assembly: ExcludedControl(\"7.4\", \"a\")]\n[ExcludedControl(\"7.4\", \"b\")] class C { }\n[ExcludedControl(\"7.4\", \"c\"",
        "[Unknown(\"8.2\")] class C : ITrackingDestination { }",
    };

    [Theory]
    [MemberData(nameof(BrokenSources))]
    public async Task No_analyzer_exception_on_broken_code(string source)
    {
        var references = await VerifyCS.ReferenceAssemblies.ResolveAsync(LanguageNames.CSharp, CancellationToken.None);
        var compilation = CSharpCompilation.Create(
            "Broken",
            new[] { CSharpSyntaxTree.ParseText(source, path: "Broken.cs") },
            references.Add(VerifyCS.Toolkit),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var exceptions = new ConcurrentBag<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions(ImmutableArray<AdditionalText>.Empty),
            onAnalyzerException: (e, _, _) => exceptions.Add(e),
            concurrentAnalysis: true,
            logAnalyzerExecutionTime: false);
        var diagnostics = await compilation.WithAnalyzers(ImmutableArray.Create(Rules), options).GetAnalyzerDiagnosticsAsync(CancellationToken.None);

        Assert.Empty(exceptions);
        Assert.DoesNotContain(diagnostics, d => d.Id == "AD0001");
    }

    [Fact]
    public async Task A_half_typed_attribute_is_left_to_the_compiler()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;
            [ApplicableControl("8.2
            """;
        await VerifyBrokenAsync<TLC3001UnknownControlIdAnalyzer>(source);
        await VerifyBrokenAsync<TLC3004ApplicableWithoutOwnerAnalyzer>(source);
        await VerifyBrokenAsync<TLC3005ApplicableWithoutStatusAnalyzer>(source);
    }

    [Fact]
    public async Task A_mistyped_argument_suppresses_the_rules_that_would_guess()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ApplicableControl("A.10.1.1", InclusionReason.RiskAssessment, Owner = 5, Status = ImplementationStatus.Implemented)]
            [Destination("a", Retention = 90)]
            public sealed class C : ITrackingDestination { }
            """;
        await VerifyBrokenAsync<TLC3002Iso2013ControlIdAnalyzer>(source);
        await VerifyBrokenAsync<TLC3004ApplicableWithoutOwnerAnalyzer>(source);
        await VerifyBrokenAsync<TLC2002DestinationDeclarationIncompleteAnalyzer>(source);
        await VerifyBrokenAsync<TLC2001DestinationWithoutDeclarationAnalyzer>(source);
    }

    [Fact]
    public async Task A_well_formed_attribute_next_to_a_broken_one_is_still_checked()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = ]
            [ImplementsControl({|TLC3002:"12.4.1"|})]
            public sealed class C { }
            """;
        await VerifyBrokenAsync<TLC3002Iso2013ControlIdAnalyzer>(source);
    }

    [Fact]
    public async Task A_destination_with_an_unresolved_base_or_interface_is_still_found()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            public sealed class {|TLC2001:Sink|} : Missing, ITrackingDestination, IMissing { }
            public sealed class NotASink : Missing { }
            """;
        await VerifyBrokenAsync<TLC2001DestinationWithoutDeclarationAnalyzer>(source);
    }

    private static Task VerifyBrokenAsync<TAnalyzer>(string source, params DiagnosticResult[] expected)
        where TAnalyzer : DiagnosticAnalyzer, new()
        => VerifyCS.AnalyzerAsync<TAnalyzer>(source, withToolkit: true, CompilerDiagnostics.None, expected);
}
