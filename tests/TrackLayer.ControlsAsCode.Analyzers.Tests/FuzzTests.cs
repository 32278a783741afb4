using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using Xunit.Abstractions;

namespace TrackLayer.ControlsAsCode.Analyzers.Tests;

/// <summary>
/// Every analyzer in the analyzer assembly (found by reflection, so rules added later are included), run as an IDE
/// runs them (<see cref="CompilationWithAnalyzers"/>) on thousands of broken variants of realistic sources: the
/// corpus, the sample, and a file of toolkit declarations. Variants delete, duplicate, swap, insert and truncate
/// tokens and lines, seeded and deterministic. Not one analyzer exception is allowed.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Seed = 20260424;
    private const int Variants = 2400;
    private const int VariantsPerCompilation = 40;

    /// <summary>Declarations that exercise every rule group, including half-written attribute arguments.</summary>
    private const string Declarations = """
        using System;
        using System.Collections.Generic;
        using System.Net;
        using System.Net.Http;
        using System.Text.Json.Serialization;
        using System.Threading.Tasks;
        using TrackLayer.ControlsAsCode;

        [assembly: IsmsScope("Tracking pipeline", Organization = "TrackLayer", Owner = "CISO")]
        [assembly: CertificationStatus(CertificationState.InProgress, AsOf = "2026-04-24", TargetWindow = "Q4 2026")]

        namespace Fuzz.Declarations;

        [ApplicableControl("8.24", InclusionReason.RiskAssessment, Owner = "Platform", Status = ImplementationStatus.Implemented)]
        [ApplicableControl("A.10.1.1", InclusionReason.LegalRequirement)]
        [ExcludedControl("7.4", "No physical premises")]
        [ExcludedControl("5.99", "")]
        public sealed class Controls { }

        [Destination("webhook", Vendor = "Contoso", Owner = "Data", Purpose = "Partner feed", Retention = "P30D",
            Endpoint = "http://partner.example.com", SendsPersonalData = false, ReviewedOn = "2026-13-40")]
        public sealed class PartnerWebhook : ITrackingDestination
        {
            private static readonly HttpClient Client = new() { BaseAddress = new Uri("https://api.partner.example.com/") };
            private const string Host = "https://graph.facebook.com";

            [ImplementsControl("8.24")]
            public async Task SendAsync(Lead lead, string pixelId)
            {
                await Client.PostAsync("v1/events", new StringContent(lead.Email ?? ""));
                await Client.PostAsync(Host + "/v21.0/" + pixelId + "/events", null);
                await Client.PostAsync($"https://business-api.tiktok.com/open_api/v1.3/event/track/?id={pixelId}", null);
                await Client.PostAsync(Environment.GetEnvironmentVariable("ENDPOINT"), null);
            }
        }

        public sealed class Lead
        {
            [Personal(DataCategory.Email)] public string? Email { get; set; }
            [Pseudonymised(DataCategory.Phone, Method = "SHA-256")] public string? HashedPhone { get; set; }
            [SpecialCategory(SpecialCategoryKind.Health)] public string? Condition { get; set; }
            [Credential] public string? ApiKey { get; set; }
            [NonPersonal] public string? City { get; set; }
            public string? ClientIp { get; set; }
            public IPAddress? Caller { get; set; }
            [JsonPropertyName("em")] public List<string>? Em { get; set; }
        }

        public sealed record Visit([Personal(DataCategory.UserAgent)] string UserAgent, string Gclid, string Page);
        """;

    private const string GlobalUsings = """
        global using System;
        global using System.Collections.Generic;
        global using System.IO;
        global using System.Linq;
        global using System.Net.Http;
        global using System.Threading;
        global using System.Threading.Tasks;
        """;

    private static readonly string[] Insertions =
    {
        "(", ")", "{", "}", "[", "]", ",", ";", "=", "=>", "\"", "'", "@", "#", "<", ">", "?", "!", ":", ".", "$\"{",
        "null", "default", "new", "ref", "out", "this", "base", "var", "static", "async", "await", "typeof", "nameof",
        "[Personal(", "[Destination(", "[ApplicableControl(", "[JsonPropertyName(", "DataCategory.", "\"http://",
        "record", "class", "partial", "global::", "__arglist", "stackalloc", "\u200b", "/*", "*/", "//", "\\",
    };

    [Fact]
    public async Task No_analyzer_throws_on_thousands_of_broken_variants()
    {
        var analyzers = AnalyzerHarness.AllAnalyzers();
        Assert.NotEmpty(analyzers);
        var references = await AnalyzerHarness.ReferencesAsync();
        var sources = RealisticSources();
        var exceptions = new ConcurrentBag<string>();
        var diagnosticsSeen = 0;
        var stopwatch = Stopwatch.StartNew();

        var batches = Enumerable.Range(0, (Variants + VariantsPerCompilation - 1) / VariantsPerCompilation).ToArray();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 2 }, async (batch, cancellationToken) =>
        {
            var random = new Random(Seed + batch);
            var trees = new List<SyntaxTree> { CSharpSyntaxTree.ParseText(GlobalUsings, AnalyzerHarness.ParseOptions, "GlobalUsings.cs", cancellationToken: cancellationToken) };
            for (var k = 0; k < VariantsPerCompilation; k++)
            {
                var (name, text) = sources[random.Next(sources.Count)];
                var mutated = Mutate(text, random);
                trees.Add(CSharpSyntaxTree.ParseText(mutated, AnalyzerHarness.ParseOptions, $"/fuzz/{batch}/{k}/{name}", cancellationToken: cancellationToken));
            }

            var compilation = AnalyzerHarness.Compile(trees, references);
            var lexicon = Mutate("loyalty number: UserId\n-city\nshoe: Nope\n@value-after formatted\nvoucher code: None: exact\n", random);
            var options = new AnalyzerOptions(
                ImmutableArray.Create<AdditionalText>(new InMemoryAdditionalText("/fuzz/TrackLayer.Lexicon.txt", lexicon)),
                new FuzzOptionsProvider(Mutate("badge:UserId, x:y:z:w, :Email", random), Mutate("city, -, client id", random)));
            var withAnalyzers = compilation.WithAnalyzers(
                analyzers,
                new CompilationWithAnalyzersOptions(
                    options,
                    (exception, analyzer, diagnostic) => exceptions.Add($"batch {batch} (seed {Seed + batch}): {analyzer.GetType().Name}: {exception}"),
                    concurrentAnalysis: false,
                    logAnalyzerExecutionTime: false));

            var diagnostics = await withAnalyzers.GetAnalyzerDiagnosticsAsync(cancellationToken);
            foreach (var diagnostic in diagnostics.Where(d => d.Id == "AD0001"))
            {
                exceptions.Add($"batch {batch} (seed {Seed + batch}): {diagnostic}");
            }

            Interlocked.Add(ref diagnosticsSeen, diagnostics.Length);
        });

        output.WriteLine($"{analyzers.Length} analyzers ({string.Join(", ", analyzers.Select(a => a.GetType().Name))}), {Variants} variants in {batches.Length} compilations, {diagnosticsSeen} diagnostics, {stopwatch.Elapsed.TotalSeconds:F1} s.");
        Assert.True(exceptions.IsEmpty, exceptions.Count + " analyzer exceptions:\n" + string.Join("\n\n", exceptions.Take(5)));
        Assert.True(diagnosticsSeen > 0, "the fuzzed sources produced no diagnostic at all: the analyzers did not run");
    }

    [Fact]
    public void Mutations_are_deterministic()
    {
        var source = RealisticSources()[0].Text;
        Assert.Equal(Mutate(source, new Random(7)), Mutate(source, new Random(7)));
        Assert.NotEqual(source, Mutate(source, new Random(7)));
    }

    private static List<(string Name, string Text)> RealisticSources()
    {
        var sources = new List<(string, string)> { ("Declarations.cs", Declarations) };
        foreach (var file in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Corpus"), "*.cs").Order(StringComparer.Ordinal))
        {
            sources.Add((Path.GetFileName(file), File.ReadAllText(file)));
        }

        var sample = RepositoryFiles.PathOf("samples", "TrackLayer.Sample.Pipeline");
        foreach (var file in Directory.GetFiles(sample, "*.cs", SearchOption.AllDirectories)
                     .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                                 && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                     .Order(StringComparer.Ordinal))
        {
            sources.Add((Path.GetFileName(file), File.ReadAllText(file)));
        }

        return sources;
    }

    /// <summary>One to three edits: delete, duplicate, swap or insert tokens; delete or duplicate lines; truncate.</summary>
    internal static string Mutate(string text, Random random)
    {
        var edits = 1 + random.Next(3);
        for (var e = 0; e < edits; e++)
        {
            var tokens = CSharpSyntaxTree.ParseText(text, AnalyzerHarness.ParseOptions).GetRoot().DescendantTokens().Where(t => t.Span.Length > 0).ToList();
            if (tokens.Count == 0)
            {
                return text;
            }

            var token = tokens[random.Next(tokens.Count)].Span;
            switch (random.Next(7))
            {
                case 0: // delete a token
                    text = text.Remove(token.Start, token.Length);
                    break;
                case 1: // duplicate a token
                    text = text.Insert(token.End, " " + text.Substring(token.Start, token.Length));
                    break;
                case 2: // insert a stray token
                    text = text.Insert(token.Start, Insertions[random.Next(Insertions.Length)] + " ");
                    break;
                case 3: // swap a token with the next one
                    var next = tokens.FirstOrDefault(t => t.SpanStart >= token.End).Span;
                    if (next.Length > 0)
                    {
                        var a = text.Substring(token.Start, token.Length);
                        var b = text.Substring(next.Start, next.Length);
                        text = text.Remove(next.Start, next.Length).Insert(next.Start, a).Remove(token.Start, token.Length).Insert(token.Start, b);
                    }

                    break;
                case 4: // truncate
                    return text.Substring(0, token.Start);
                default: // delete or duplicate a line
                    var lines = text.Split('\n').ToList();
                    var line = random.Next(lines.Count);
                    if (random.Next(2) == 0) lines.RemoveAt(line);
                    else lines.Insert(line, lines[line]);
                    text = string.Join('\n', lines);
                    break;
            }
        }

        return text;
    }

    private sealed class InMemoryAdditionalText(string path, string text) : AdditionalText
    {
        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => SourceText.From(text, Encoding.UTF8);
    }

    private sealed class FuzzOptionsProvider(string add, string ignore) : AnalyzerConfigOptionsProvider
    {
        private readonly DictionaryOptions _options = new(new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["build_property.TrackLayerControlsAsCode"] = "true",
            ["build_property.ProjectDir"] = "/fuzz/",
            ["tracklayer.lexicon.add"] = add,
            ["tracklayer.lexicon.ignore"] = ignore,
        });

        public override AnalyzerConfigOptions GlobalOptions => _options;

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => _options;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => _options;
    }

    private sealed class DictionaryOptions(Dictionary<string, string> values) : AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [NotNullWhen(true)] out string? value) => values.TryGetValue(key, out value);
    }
}
