using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;
using TrackLayer.ControlsAsCode.CodeFixes;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>The fixes of TLC3002 (2013 → 2022 id, with a choice where needed), TLC2001 (destination skeleton) and TLC2004 (https), incl. Fix All.</summary>
public class DeclarationCodeFixTests
{
    private static async Task VerifyFixAsync<TAnalyzer, TCodeFix>(
        string source,
        string fixedSource,
        string? equivalenceKey = null,
        int? actionIndex = null,
        string? batchFixedSource = null,
        params DiagnosticResult[] remaining)
        where TAnalyzer : DiagnosticAnalyzer, new()
        where TCodeFix : CodeFixProvider, new()
    {
        var test = new CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
        {
            ReferenceAssemblies = VerifyCS.ReferenceAssemblies,
            TestCode = source,
            FixedCode = fixedSource,
            CodeActionEquivalenceKey = equivalenceKey,
            CodeActionIndex = actionIndex,
        };
        test.TestState.AdditionalReferences.Add(VerifyCS.Toolkit);
        test.FixedState.ExpectedDiagnostics.AddRange(remaining);
        if (batchFixedSource is not null)
        {
            test.BatchFixedCode = batchFixedSource;
            test.BatchFixedState.ExpectedDiagnostics.AddRange(remaining);
        }

        await test.RunAsync(CancellationToken.None);
    }

    [Fact]
    public async Task TLC3002_replaces_a_2013_id_with_its_single_successor_and_fixes_all()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [assembly: ExcludedControl({|TLC3002:"A.11.1.4"|}, "cloud only")]

            [ApplicableControl({|TLC3002:"10.1.1"|} /* crypto policy */, InclusionReason.RiskAssessment)]
            public sealed class Crypto
            {
                [ImplementsControl({|TLC3002:"12.4.1"|})] public void Log() { }
            }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            [assembly: ExcludedControl("7.5", "cloud only")]

            [ApplicableControl("8.24" /* crypto policy */, InclusionReason.RiskAssessment)]
            public sealed class Crypto
            {
                [ImplementsControl("8.15")] public void Log() { }
            }
            """;
        await VerifyFixAsync<TLC3002Iso2013ControlIdAnalyzer, ReplaceIso2013ControlIdCodeFix>(
            source, fixedSource, equivalenceKey: ReplaceIso2013ControlIdCodeFix.SingleSuccessorKey);
    }

    [Theory]
    [InlineData(0, "5.36")]
    [InlineData(1, "8.8")]
    public async Task TLC3002_offers_one_action_per_successor_when_a_2013_control_was_split(int index, string chosen)
    {
        var source = """
            using TrackLayer.ControlsAsCode;

            [ImplementsControl({|TLC3002:"18.2.3"|})]
            public sealed class Scanner { }
            """;
        var fixedSource = """
            using TrackLayer.ControlsAsCode;

            [ImplementsControl("CHOSEN")]
            public sealed class Scanner { }
            """.Replace("CHOSEN", chosen);
        await VerifyFixAsync<TLC3002Iso2013ControlIdAnalyzer, ReplaceIso2013ControlIdCodeFix>(
            source, fixedSource, equivalenceKey: ReplaceIso2013ControlIdCodeFix.SingleSuccessorKey + ":" + chosen, actionIndex: index);
    }

    [Fact]
    public async Task TLC3002_fix_all_of_one_choice_leaves_single_successor_ids_to_their_own_action()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [ImplementsControl({|TLC3002:"18.2.3"|})]
            [ImplementsControl({|TLC3002:"A.18.2.3"|})]
            [ImplementsControl({|TLC3002:"10.1.1"|})]
            public sealed class Scanner { }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            [ImplementsControl("8.8")]
            [ImplementsControl("8.8")]
            [ImplementsControl({|#0:"10.1.1"|})]
            public sealed class Scanner { }
            """;
        await VerifyFixAsync<TLC3002Iso2013ControlIdAnalyzer, ReplaceIso2013ControlIdCodeFix>(
            source,
            fixedSource,
            equivalenceKey: ReplaceIso2013ControlIdCodeFix.SingleSuccessorKey + ":8.8",
            actionIndex: 1,
            batchFixedSource: null,
            new DiagnosticResult(DiagnosticDescriptors.Iso2013ControlId).WithLocation(0).WithArguments("10.1.1", "8.24 (Use of cryptography)"));
    }

    [Fact]
    public async Task TLC3002_offers_no_fix_for_an_id_given_through_a_constant()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            static class Ids { public const string Old = "10.1.1"; }

            [ImplementsControl({|TLC3002:Ids.Old|})]
            public sealed class Scanner { }
            """;
        await VerifyFixAsync<TLC3002Iso2013ControlIdAnalyzer, ReplaceIso2013ControlIdCodeFix>(source, source);
    }

    [Fact]
    public async Task TLC2004_rewrites_http_to_https_and_fixes_all()
    {
        const string source = """
            using TrackLayer.ControlsAsCode;

            [Destination("a", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = {|TLC2004:"http://collector.example/v1?x=1"|})]
            [Destination("b", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = {|TLC2004:"HTTP://Upper.example"|})]
            public sealed class Sinks { }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            [Destination("a", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = "https://collector.example/v1?x=1")]
            [Destination("b", Owner = "o", Purpose = "p", Retention = "P1D", Endpoint = "https://Upper.example")]
            public sealed class Sinks { }
            """;
        await VerifyFixAsync<TLC2004PlainHttpEndpointAnalyzer, UseHttpsEndpointCodeFix>(source, fixedSource);
    }

    [Fact]
    public async Task TLC2001_adds_a_skeleton_whose_empty_values_keep_TLC2002_pointing_at_them()
    {
        const string source = """
            namespace Shop.Tracking
            {
                /// <summary>Posts leads to the CRM.</summary>
                public sealed class {|TLC2001:CrmWebhookDestination|} : TrackLayer.ControlsAsCode.ITrackingDestination
                {
                }
            }
            """;
        const string fixedSource = """
            using TrackLayer.ControlsAsCode;

            namespace Shop.Tracking
            {
                /// <summary>Posts leads to the CRM.</summary>
                [Destination("crm-webhook", Owner = "", Purpose = "", Retention = "")]
                public sealed class CrmWebhookDestination : TrackLayer.ControlsAsCode.ITrackingDestination
                {
                }
            }
            """;
        await VerifyFixAsync<TLC2001DestinationWithoutDeclarationAnalyzer, AddDestinationDeclarationCodeFix>(source, fixedSource);

        // The skeleton compiles and is immediately reported as incomplete, naming what to fill in.
        await VerifyCS.AnalyzerAsync<TLC2002DestinationDeclarationIncompleteAnalyzer>(
            fixedSource.Replace("[Destination(\"crm-webhook\", Owner = \"\", Purpose = \"\", Retention = \"\")]",
                "[{|#0:Destination(\"crm-webhook\", Owner = \"\", Purpose = \"\", Retention = \"\")|}]"),
            new DiagnosticResult(DiagnosticDescriptors.DestinationDeclarationIncomplete).WithLocation(0)
                .WithArguments("crm-webhook", "Owner, Purpose and Retention"));
    }

    [Fact]
    public async Task TLC2001_fix_all_adds_one_using_and_keeps_existing_attributes()
    {
        const string source = """
            using System;

            public sealed class {|TLC2001:MetaSink|} : TrackLayer.ControlsAsCode.ITrackingDestination { }

            [Serializable]
            public sealed class {|TLC2001:TikTokSink|} : TrackLayer.ControlsAsCode.ITrackingDestination { }
            """;
        const string fixedSource = """
            using System;
            using TrackLayer.ControlsAsCode;

            [Destination("meta-sink", Owner = "", Purpose = "", Retention = "")]
            public sealed class MetaSink : TrackLayer.ControlsAsCode.ITrackingDestination { }

            [Serializable]
            [Destination("tik-tok-sink", Owner = "", Purpose = "", Retention = "")]
            public sealed class TikTokSink : TrackLayer.ControlsAsCode.ITrackingDestination { }
            """;
        await VerifyFixAsync<TLC2001DestinationWithoutDeclarationAnalyzer, AddDestinationDeclarationCodeFix>(source, fixedSource);
    }
}
