namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>How a lexicon term is allowed to match an identifier.</summary>
internal enum LexiconMatchKind
{
    /// <summary>The term's words appear as whole words anywhere in the identifier (<c>CustomerEmail</c>, <c>clientIpAddress</c>).</summary>
    Word = 0,

    /// <summary>The term is the whole identifier and nothing else (<c>Address</c>, <c>_ga</c>).</summary>
    Exact = 1,

    /// <summary>
    /// A conversion-API wire key too short to match inside a word (<c>em</c>, <c>ph</c>, <c>zp</c>): the whole
    /// identifier only, and only on members that can hold text (the analyzer checks the type).
    /// </summary>
    ShortKey = 2,
}

/// <summary>One row of the personal-data lexicon: a term (space-separated words) and what it suggests.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(string term, DataCategory category, LexiconMatchKind kind = LexiconMatchKind.Word)
    {
        Term = term;
        Category = category;
        Kind = kind;
        Words = term.Split(' ');
    }

    /// <summary>The term as written in the table, words separated by single spaces, lower case.</summary>
    public string Term { get; }

    public DataCategory Category { get; }

    public LexiconMatchKind Kind { get; }

    public string[] Words { get; }
}

/// <summary>The outcome of a lexicon match.</summary>
internal readonly struct LexiconMatch
{
    public LexiconMatch(DataCategory category, LexiconEntry entry)
    {
        Category = category;
        Entry = entry;
    }

    public DataCategory Category { get; }

    /// <summary>The table row that matched.</summary>
    public LexiconEntry Entry { get; }

    /// <summary>True when a short wire key matched (<c>em</c>, <c>db</c>): trust it only on members that can hold text.</summary>
    public bool IsShortKey => Entry.Kind == LexiconMatchKind.ShortKey;
}
