using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using TrackLayer.ControlsAsCode.Model.Lexicon;

namespace TrackLayer.ControlsAsCode.Analyzers;

/// <summary>
/// The lexicon a compilation uses: the built-in table, then every <c>TrackLayer.Lexicon.txt</c> additional file (in
/// path order), then the <c>tracklayer.lexicon.add</c>/<c>ignore</c> keys that apply to a syntax tree.
/// </summary>
/// <remarks>
/// A parsed file is cached per <see cref="SourceText"/> through Roslyn's <see cref="SourceTextValueProvider{TValue}"/>
/// (weakly keyed by the text, so the cache does not grow with compilations); the compiled tables live as long as the
/// compilation's analysis, one per distinct pair of option values.
/// </remarks>
internal sealed class UserLexicon
{
    public const string FileName = "TrackLayer.Lexicon.txt";
    public const string AddKey = "tracklayer.lexicon.add";
    public const string IgnoreKey = "tracklayer.lexicon.ignore";

    /// <summary>Parses a lexicon file once per text content.</summary>
    public static readonly SourceTextValueProvider<LexiconDocument> FileParser = new(text => LexiconDocument.Parse(text.ToString()));

    private readonly ImmutableArray<LexiconDocument> _files;
    private readonly AnalyzerConfigOptionsProvider _options;
    private readonly ConcurrentDictionary<string, LexiconTable> _tables = new(StringComparer.Ordinal);
    private TreeTable? _last; // the table of the tree asked for last (this lexicon lives as long as its compilation)

    private UserLexicon(ImmutableArray<LexiconDocument> files, AnalyzerConfigOptionsProvider options)
    {
        _files = files;
        _options = options;
    }

    public static bool IsLexiconFile(AdditionalText file)
        => string.Equals(System.IO.Path.GetFileName(file.Path), FileName, StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Reads the compilation's lexicon files; <paramref name="parse"/> is the compilation start context's cached
    /// <c>TryGetValue(text, FileParser, ...)</c>.
    /// </summary>
    public static UserLexicon Create(AnalyzerOptions options, Func<SourceText, LexiconDocument?> parse, CancellationToken cancellationToken)
    {
        var files = new List<(string Path, LexiconDocument Document)>();
        foreach (var file in options.AdditionalFiles)
        {
            if (!IsLexiconFile(file))
            {
                continue;
            }

            var text = file.GetText(cancellationToken);
            var document = text is null ? null : parse(text);
            if (document is not null)
            {
                files.Add((file.Path, document));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        var documents = ImmutableArray.CreateBuilder<LexiconDocument>(files.Count);
        foreach (var (_, document) in files)
        {
            documents.Add(document);
        }

        return new UserLexicon(documents.MoveToImmutable(), options.AnalyzerConfigOptionsProvider);
    }

    /// <summary>The table for members declared in <paramref name="tree"/>.</summary>
    public LexiconTable For(SyntaxTree? tree)
    {
        // A file's members are analyzed one after another: the last tree's answer saves three option lookups for each.
        var last = _last;
        if (last is not null && tree is not null && ReferenceEquals(last.Tree, tree))
        {
            return last.Table;
        }

        var table = Lookup(tree);
        if (tree is not null)
        {
            _last = new TreeTable(tree, table); // one object, swapped whole: analyzer threads may call at the same time
        }

        return table;
    }

    private LexiconTable Lookup(SyntaxTree? tree)
    {
        var options = tree is null ? _options.GlobalOptions : _options.GetOptions(tree);
        var add = options.TryGetValue(AddKey, out var a) ? a : string.Empty;
        var ignore = options.TryGetValue(IgnoreKey, out var i) ? i : string.Empty;
        if (_files.IsEmpty && add.Length == 0 && ignore.Length == 0)
        {
            return PersonalDataLexicon.Default;
        }

        // Keyed by one string (an option value is one line): a tuple key would make the runtime compile the whole
        // dictionary anew for it in every compiler process.
        return _tables.GetOrAdd(add + "\n" + ignore, _ =>
        {
            var documents = new List<LexiconDocument>(_files.Length + 2) { PersonalDataLexicon.BuiltInDocument };
            documents.AddRange(_files);
            documents.Add(LexiconDocument.ParseOptions(add, ignore));
            return LexiconTable.Create(documents);
        });
    }

    private sealed class TreeTable
    {
        public TreeTable(SyntaxTree tree, LexiconTable table)
        {
            Tree = tree;
            Table = table;
        }

        public SyntaxTree Tree { get; }

        public LexiconTable Table { get; }
    }
}
