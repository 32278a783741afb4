using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;
using VerifyCS = TrackLayer.ControlsAsCode.Analyzers.Tests.Verify;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

public class TLC1002MalformedLexiconEntryAnalyzerTests
{
    private const string Source = "public class C { public string Email { get; set; } }";

    private static DiagnosticResult Line(int line, int column, int endColumn, string text, string message)
        => new DiagnosticResult(DiagnosticDescriptors.MalformedLexiconEntry)
            .WithSpan("/src/TrackLayer.Lexicon.txt", line, column, line, endColumn)
            .WithArguments(text, message);

    private static Task VerifyAsync(System.Action<SolutionState> configure, params DiagnosticResult[] expected)
        => VerifyCS.AnalyzerAsync<TLC1002MalformedLexiconEntryAnalyzer>(Source, configure, expected);

    [Fact]
    public async Task Flags_each_malformed_line_at_that_line()
    {
        const string lexicon = "# fine\r\nloyalty number: UserId\r\n  loyalty number UserId   # no colon\r\nshoe size: Shoes\r\nem: Email: prefix\r\n-\r\n@stop-words foo\r\n@value-after\r\n: Email\r\na:b:c:d\r\n";
        await VerifyAsync(
            state => state.AdditionalFiles.Add(("/src/TrackLayer.Lexicon.txt", lexicon)),
            Line(3, 3, 24, "loyalty number UserId", "expected <term>:<Category>[:word|exact|short], for example 'loyalty number: UserId'"),
            Line(4, 1, 17, "shoe size: Shoes", "'Shoes' is not a DataCategory member, Credential or None"),
            Line(5, 1, 18, "em: Email: prefix", "'prefix' is not a match kind; expected word, exact or short"),
            Line(6, 1, 2, "-", "'-' names no term to silence; write -<term>, for example -city"),
            Line(7, 1, 16, "@stop-words foo", "unknown directive '@stop-words'; expected @neutral-before, @value-after, @credential-value-after, @person-word or @address-part"),
            Line(8, 1, 13, "@value-after", "'@value-after' lists no words"),
            Line(9, 1, 8, ": Email", "the term is empty; expected <term>:<Category>"),
            Line(10, 1, 8, "a:b:c:d", "expected <term>:<Category>[:word|exact|short], for example 'loyalty number: UserId'"));
    }

    [Fact]
    public async Task Accepts_every_documented_form()
    {
        const string lexicon = """
            # comment

            loyalty number: UserId
            loyaltyNumber: UserId: word
            badge: UserId: exact
            lc: Email: short
            shopper token: credential
            voucher code: None   # trailing comment
            -city
            @neutral-before unless
            @value-after formatted
            @credential-value-after base64
            @person-word passenger
            @address-part suburb
            """;
        await VerifyAsync(state => state.AdditionalFiles.Add(("/src/TrackLayer.Lexicon.txt", lexicon)));
    }

    [Fact]
    public async Task Ignores_other_additional_files()
    {
        await VerifyAsync(state => state.AdditionalFiles.Add(("/src/BannedSymbols.txt", "T:System.Console;no console\n")));
    }

    [Fact]
    public async Task Flags_malformed_editorconfig_entries_once_without_a_location()
    {
        await VerifyAsync(
            state => state.AnalyzerConfigFiles.Add(("/.editorconfig", """
                root = true

                [*.cs]
                tracklayer.lexicon.add = loyalty number:UserId, shoe size:Shoes
                tracklayer.lexicon.ignore = city, -
                """)),
            new DiagnosticResult(DiagnosticDescriptors.MalformedLexiconOption)
                .WithArguments("shoe size:Shoes", "'Shoes' is not a DataCategory member, Credential or None", "tracklayer.lexicon.add"),
            new DiagnosticResult(DiagnosticDescriptors.MalformedLexiconOption)
                .WithArguments("--", "'-' names no term to silence; write -<term>, for example -city", "tracklayer.lexicon.ignore"));
    }

    [Fact]
    public async Task Reports_nothing_without_the_toolkit()
    {
        var test = new Microsoft.CodeAnalysis.CSharp.Testing.CSharpAnalyzerTest<TLC1002MalformedLexiconEntryAnalyzer, DefaultVerifier>
        {
            ReferenceAssemblies = VerifyCS.ReferenceAssemblies,
        };
        test.TestState.Sources.Add(Source);
        test.TestState.AdditionalFiles.Add(("/src/TrackLayer.Lexicon.txt", "nonsense\n"));
        await test.RunAsync(System.Threading.CancellationToken.None);
    }
}
