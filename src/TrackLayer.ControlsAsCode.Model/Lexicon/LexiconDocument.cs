using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>A malformed line of a lexicon file: where it is (zero-based line, column and length) and what is wrong.</summary>
internal readonly struct LexiconError
{
    public LexiconError(int line, int column, int length, string text, string message)
    {
        Line = line;
        Column = column;
        Length = length;
        Text = text;
        Message = message;
    }

    public int Line { get; }

    public int Column { get; }

    public int Length { get; }

    /// <summary>The offending entry as written.</summary>
    public string Text { get; }

    public string Message { get; }
}

/// <summary>
/// One parsed lexicon source: the built-in table, a user's <c>TrackLayer.Lexicon.txt</c>, or the <c>.editorconfig</c>
/// keys. The line format is documented at the top of <c>PersonalDataLexicon.txt</c> and in docs/configuration.md.
/// Parsing never throws: a malformed line is skipped and reported in <see cref="Errors"/>.
/// </summary>
internal sealed class LexiconDocument
{
    private readonly List<Operation> _operations = new();
    private readonly List<LexiconError> _errors = new();
    private readonly List<string> _neutralBefore = new();
    private readonly List<string> _valueAfter = new();
    private readonly List<string> _credentialValueAfter = new();
    private readonly List<string> _personWords = new();
    private readonly List<string> _addressParts = new();

    private LexiconDocument()
    {
    }

    public static LexiconDocument Empty { get; } = new();

    /// <summary>Additions and silenced terms, in file order (a later line wins).</summary>
    internal IReadOnlyList<Operation> Operations => _operations;

    public IReadOnlyList<LexiconError> Errors => _errors;

    public IReadOnlyList<string> NeutralBefore => _neutralBefore;

    public IReadOnlyList<string> ValueAfter => _valueAfter;

    public IReadOnlyList<string> CredentialValueAfter => _credentialValueAfter;

    public IReadOnlyList<string> PersonWords => _personWords;

    public IReadOnlyList<string> AddressParts => _addressParts;

    /// <summary>The entries this document adds, in order.</summary>
    public IEnumerable<LexiconEntry> Entries
    {
        get
        {
            foreach (var operation in _operations)
            {
                if (operation.Entry is not null)
                {
                    yield return operation.Entry;
                }
            }
        }
    }

    /// <summary>The terms this document silences (normalised: lower-case words separated by single spaces).</summary>
    public IEnumerable<string> Silenced
    {
        get
        {
            foreach (var operation in _operations)
            {
                if (operation.Entry is null)
                {
                    yield return operation.Term;
                }
            }
        }
    }

    /// <summary>Parses a lexicon file.</summary>
    public static LexiconDocument Parse(string? text)
    {
        var document = new LexiconDocument();
        if (string.IsNullOrEmpty(text))
        {
            return document;
        }

        var lineNumber = 0;
        var start = 0;
        for (var i = 0; i <= text!.Length; i++)
        {
            if (i == text.Length || text[i] == '\n' || text[i] == '\r')
            {
                document.ParseLine(text.Substring(start, i - start), lineNumber, columnOffset: 0);
                if (i < text.Length && text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                lineNumber++;
                start = i + 1;
            }
        }

        return document;
    }

    /// <summary>
    /// Parses the <c>.editorconfig</c> keys: <c>tracklayer.lexicon.add</c> (comma-separated <c>term:Category[:kind]</c>)
    /// and <c>tracklayer.lexicon.ignore</c> (comma-separated terms). Errors carry the entry, line 0.
    /// </summary>
    public static LexiconDocument ParseOptions(string? add, string? ignore)
    {
        var document = new LexiconDocument();
        foreach (var entry in SplitList(add))
        {
            document.ParseLine(entry, 0, 0);
        }

        foreach (var term in SplitList(ignore))
        {
            document.ParseLine("-" + term, 0, 0);
        }

        return document;
    }

    private static IEnumerable<string> SplitList(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            yield break;
        }

        foreach (var piece in value!.Split(','))
        {
            if (piece.Trim().Length > 0)
            {
                yield return piece.Trim();
            }
        }
    }

    private void ParseLine(string line, int lineNumber, int columnOffset)
    {
        var content = line;
        var hash = content.IndexOf('#');
        if (hash >= 0)
        {
            content = content.Substring(0, hash);
        }

        var trimmedEnd = content.TrimEnd();
        var trimmed = trimmedEnd.TrimStart();
        if (trimmed.Length == 0)
        {
            return;
        }

        var column = columnOffset + (trimmedEnd.Length - trimmed.Length);
        void Error(string message) => _errors.Add(new LexiconError(lineNumber, column, trimmed.Length, trimmed, message));

        if (trimmed[0] == '@')
        {
            var parts = Words(trimmed);
            var target = parts[0] switch
            {
                "@neutral-before" => _neutralBefore,
                "@value-after" => _valueAfter,
                "@credential-value-after" => _credentialValueAfter,
                "@person-word" => _personWords,
                "@address-part" => _addressParts,
                _ => null,
            };
            if (target is null)
            {
                Error("unknown directive '" + parts[0] + "'; expected @neutral-before, @value-after, @credential-value-after, @person-word or @address-part");
                return;
            }

            if (parts.Count == 1)
            {
                Error("'" + parts[0] + "' lists no words");
                return;
            }

            for (var k = 1; k < parts.Count; k++)
            {
                // Names are matched word by word, so a written "base64" stands for its words "base" and "64".
                target.AddRange(IdentifierSplitter.Split(parts[k]));
            }

            return;
        }

        if (trimmed[0] == '-')
        {
            var silenced = Normalize(trimmed.Substring(1));
            if (silenced.Length == 0)
            {
                Error("'-' names no term to silence; write -<term>, for example -city");
                return;
            }

            _operations.Add(new Operation(silenced, null));
            return;
        }

        var fields = trimmed.Split(':');
        if (fields.Length < 2 || fields.Length > 3)
        {
            Error("expected <term>:<Category>[:word|exact|short], for example 'loyalty number: UserId'");
            return;
        }

        var term = Normalize(fields[0]);
        if (term.Length == 0)
        {
            Error("the term is empty; expected <term>:<Category>");
            return;
        }

        var categoryText = fields[1].Trim();
        LexiconClass @class;
        DataCategory category = DataCategory.Other;
        if (string.Equals(categoryText, "Credential", StringComparison.OrdinalIgnoreCase))
        {
            @class = LexiconClass.Credential;
        }
        else if (string.Equals(categoryText, "None", StringComparison.OrdinalIgnoreCase))
        {
            @class = LexiconClass.None;
        }
        else if (TryParseCategory(categoryText, out category))
        {
            @class = LexiconClass.Personal;
        }
        else
        {
            Error("'" + categoryText + "' is not a DataCategory member, Credential or None");
            return;
        }

        var kind = LexiconMatchKind.Word;
        if (fields.Length == 3)
        {
            switch (fields[2].Trim().ToLowerInvariant())
            {
                case "word":
                    kind = LexiconMatchKind.Word;
                    break;
                case "exact":
                    kind = LexiconMatchKind.Exact;
                    break;
                case "short":
                    kind = LexiconMatchKind.ShortKey;
                    break;
                default:
                    Error("'" + fields[2].Trim() + "' is not a match kind; expected word, exact or short");
                    return;
            }
        }

        _operations.Add(new Operation(term, new LexiconEntry(term, category, kind, @class)));
    }

    private static bool TryParseCategory(string text, out DataCategory category)
    {
        if (CategoriesByName.TryGetValue(text, out var boxed))
        {
            category = (DataCategory)boxed;
            return true;
        }

        category = DataCategory.Other;
        return false;
    }

    /// <summary>
    /// Names only: <c>Enum.TryParse</c> would also accept "3" or "Email, Phone". Built once: every line of a document
    /// names one. The values are boxed on purpose: a dictionary of an enum is compiled at run time in every compiler
    /// process, a dictionary of objects is not.
    /// </summary>
    private static readonly Dictionary<string, object> CategoriesByName = CreateCategoriesByName();

    private static Dictionary<string, object> CreateCategoriesByName()
    {
        var names = Enum.GetNames(typeof(DataCategory));
        var values = Enum.GetValues(typeof(DataCategory));
        var byName = new Dictionary<string, object>(names.Length, StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < names.Length; i++)
        {
            byName[names[i]] = values.GetValue(i)!;
        }

        return byName;
    }

    /// <summary>The words of a directive line, separated by spaces or tabs.</summary>
    private static List<string> Words(string line)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= line.Length; i++)
        {
            var separator = i == line.Length || line[i] == ' ' || line[i] == '\t';
            if (separator && start >= 0)
            {
                words.Add(line.Substring(start, i - start));
                start = -1;
            }
            else if (!separator && start < 0)
            {
                start = i;
            }
        }

        return words;
    }

    /// <summary>"first name", "firstName" and "first_name" are the same term: "first name".</summary>
    public static string Normalize(string term) => string.Join(" ", IdentifierSplitter.Split(term));

    /// <summary>
    /// The identity of a term: its words run together, so "e mail" and "email", "first name" and "firstname" are one
    /// term, and <c>-email</c> silences both.
    /// </summary>
    public static string Key(string normalizedTerm) => normalizedTerm.Replace(" ", string.Empty);

    /// <summary>An addition (<see cref="Entry"/> set) or a silenced term (<see cref="Entry"/> null).</summary>
    internal sealed class Operation
    {
        public Operation(string term, LexiconEntry? entry)
        {
            Term = term;
            Entry = entry;
        }

        public string Term { get; }

        public LexiconEntry? Entry { get; }
    }
}
