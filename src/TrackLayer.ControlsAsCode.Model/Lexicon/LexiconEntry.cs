namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>How a lexicon term is allowed to match an identifier.</summary>
internal enum LexiconMatchKind
{
    /// <summary>The term's words appear as whole words anywhere in the identifier (<c>CustomerEmail</c>, <c>clientIpAddress</c>).</summary>
    Word = 0,

    /// <summary>The term is the whole identifier, digits after it allowed (<c>Address</c>, <c>Address1</c>, <c>Token</c>).</summary>
    Exact = 1,

    /// <summary>
    /// A conversion-API wire key too short to match inside a word (<c>em</c>, <c>ph</c>, <c>zp</c>): the whole
    /// identifier only, and only on members that can hold text (the analyzer checks the type).
    /// </summary>
    ShortKey = 2,
}

/// <summary>What a lexicon term says about the member it matches.</summary>
internal enum LexiconClass
{
    /// <summary>Personal data of the entry's <see cref="LexiconEntry.Category"/>: the fix offers <c>[Personal]</c>.</summary>
    Personal = 0,

    /// <summary>A password, token, key or other secret: the fix offers <c>[Credential]</c>.</summary>
    Credential = 1,

    /// <summary>A phrase known not to be personal data (<c>NextPageToken</c>): a match on it is no match at all.</summary>
    None = 2,
}

/// <summary>One row of the personal-data lexicon: a term (space-separated words) and what it suggests.</summary>
internal sealed class LexiconEntry
{
    public LexiconEntry(string term, DataCategory category, LexiconMatchKind kind = LexiconMatchKind.Word, LexiconClass @class = LexiconClass.Personal)
    {
        Term = term;
        Category = category;
        Kind = kind;
        Class = @class;
        Words = term.Split(' ');
    }

    /// <summary>The term as written in the table, words separated by single spaces, lower case.</summary>
    public string Term { get; }

    /// <summary>The suggested category (<see cref="DataCategory.Other"/> for credentials and non-personal phrases).</summary>
    public DataCategory Category { get; }

    public LexiconMatchKind Kind { get; }

    public LexiconClass Class { get; }

    public string[] Words { get; }

    /// <summary>The text a diagnostic carries for the code fix: a <see cref="DataCategory"/> member name or <c>Credential</c>.</summary>
    public string Suggestion => Class == LexiconClass.Credential ? "Credential" : Category.ToString();
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

    /// <summary>True when the member looks like a credential or secret rather than personal data.</summary>
    public bool IsCredential => Entry.Class == LexiconClass.Credential;
}
