using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>
/// A compiled lexicon: the built-in table, possibly extended and silenced by users' lexicon documents. Immutable and
/// thread-safe once built; build one per distinct configuration and reuse it.
/// </summary>
/// <remarks>
/// How a name is read: split it into words (<see cref="IdentifierSplitter"/>); if the whole name (trailing digits
/// aside) is an exact-only term (<c>Address</c>, a short wire key such as <c>em</c> or <c>zp</c>) that decides it;
/// otherwise find, from the left, a term whose words appear as whole words, with no neutral word before it
/// (<c>IsEmailConfirmed</c>) and nothing but value words after it (<c>EmailAddress</c> yes, <c>EmailVerified</c> no).
/// A term classed None that matches first means "not personal" (<c>NextPageToken</c>).
/// </remarks>
internal sealed class LexiconTable
{
    private readonly Dictionary<string, LexiconEntry> _exact;
    private readonly Dictionary<string, LexiconEntry[]> _byFirstWord;
    private readonly HashSet<string> _neutralBefore;
    private readonly HashSet<string> _valueAfter;
    private readonly HashSet<string> _credentialValueAfter;
    private readonly HashSet<string> _personWords;
    private readonly HashSet<string> _addressParts;
    private readonly LexiconEntry _personName = new("person name", DataCategory.Name);
    private readonly LexiconEntry _addressPart = new("address part", DataCategory.PostalAddress);

    // Names repeat across a codebase (Email, UserId, Sku...), and matching splits and lower-cases them: remember
    // answers. Bounded, because the built-in table lives as long as a compiler server does.
    private const int MemoLimit = 8192;
    // The memos hold classes, not structs: a generic collection of a struct is compiled anew, at run time, in every
    // compiler process that loads the analyzers.
    private readonly BoundedMemo<string, Reading> _nameMemo = new(MemoLimit, StringComparer.Ordinal);
    private readonly BoundedMemo<string, TypeReading> _typeMemo = new(MemoLimit, StringComparer.Ordinal);

    /// <summary>Words that end a type name without changing what it is: CustomerDto, AddressModel, PostalAddressInfo.</summary>
    private static readonly HashSet<string> TypeSuffixes = new(StringComparer.Ordinal)
    {
        "dto", "model", "entity", "info", "details", "detail", "data", "request", "response", "payload", "record", "view",
        "vm", "value", "object", "item", "input", "output", "command", "event", "resource", "body",
    };

    private LexiconTable(IReadOnlyList<LexiconDocument> documents)
    {
        var entries = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        var order = new List<string>();
        _neutralBefore = new HashSet<string>(StringComparer.Ordinal);
        _valueAfter = new HashSet<string>(StringComparer.Ordinal);
        _credentialValueAfter = new HashSet<string>(StringComparer.Ordinal);
        _personWords = new HashSet<string>(StringComparer.Ordinal);
        _addressParts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            foreach (var operation in document.Operations)
            {
                var key = LexiconDocument.Key(operation.Term);
                if (operation.Entry is null)
                {
                    entries.Remove(key);
                }
                else
                {
                    if (!entries.ContainsKey(key))
                    {
                        order.Add(key);
                    }

                    entries[key] = operation.Entry;
                }
            }

            _neutralBefore.UnionWith(document.NeutralBefore);
            _valueAfter.UnionWith(document.ValueAfter);
            _credentialValueAfter.UnionWith(document.CredentialValueAfter);
            _personWords.UnionWith(document.PersonWords);
            _addressParts.UnionWith(document.AddressParts);
        }

        var list = new List<LexiconEntry>();
        foreach (var term in order)
        {
            if (entries.TryGetValue(term, out var entry) && !list.Contains(entry))
            {
                list.Add(entry);
            }
        }

        Entries = list;
        _exact = BuildExact(list);
        _byFirstWord = BuildWordIndex(list);
    }

    /// <summary>The table's entries, in the order they were first declared.</summary>
    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>Builds a table from documents applied in order: later additions replace, <c>-term</c> removes.</summary>
    public static LexiconTable Create(params LexiconDocument[] documents) => new(documents);

    /// <summary>Builds a table from documents applied in order: later additions replace, <c>-term</c> removes.</summary>
    public static LexiconTable Create(IReadOnlyList<LexiconDocument> documents) => new(documents);

    /// <summary>Matches an identifier or serialized name. True for personal data and credentials.</summary>
    public bool TryMatch(string? identifier, out LexiconMatch match)
    {
        if (identifier is null)
        {
            match = default;
            return false;
        }

        var reading = Read(identifier);
        match = reading.Match;
        return reading.Found;
    }

    /// <summary>
    /// Matches a member by its name, then by where it is: <c>Line1</c>, <c>Region</c> or <c>Country</c> in a type
    /// named like an address (<c>Address</c>, <c>ShippingAddress</c>, <c>PostalAddressDto</c>), and <c>Name</c> or
    /// <c>DisplayName</c> in a type named after a person (<c>Customer</c>, <c>CustomerDetails</c>, <c>Subscriber</c>).
    /// </summary>
    public bool TryMatchMember(string? memberName, string? containingTypeName, out LexiconMatch match)
    {
        if (memberName is null)
        {
            match = default;
            return false;
        }

        var reading = Read(memberName);
        match = reading.Match;
        if (reading.Found)
        {
            return true;
        }

        // A None phrase decided it, the name means nothing in any type (most names), or there is no type to ask.
        if (match.Entry is not null || reading.InContext == TypeContext.None || string.IsNullOrEmpty(containingTypeName))
        {
            return false;
        }

        var context = ContextOf(containingTypeName!) & reading.InContext;
        if ((context & TypeContext.Address) != 0)
        {
            return Result(_addressPart, out match);
        }

        if ((context & TypeContext.Person) != 0)
        {
            return Result(_personName, out match);
        }

        match = default;
        return false;
    }

    /// <summary>What a name says, worked out once per name (names repeat across a codebase).</summary>
    private Reading Read(string identifier)
    {
        if (_nameMemo.TryGet(identifier, out var reading))
        {
            return reading;
        }

        var found = TryMatchUncached(identifier, out var match, out var words);
        reading = new Reading(found, match, found || match.Entry is not null ? TypeContext.None : ContextsFor(words));
        _nameMemo.Remember(identifier, reading);
        return reading;
    }

    /// <summary>
    /// The types in which an unmatched name would be personal: an address part (<c>Line1</c>, <c>City</c>) in an
    /// address type, <c>Name</c> or <c>DisplayName</c> in a type named after a person.
    /// </summary>
    private TypeContext ContextsFor(IReadOnlyList<string> words)
    {
        var contexts = TypeContext.None;
        if (words.Count == 0)
        {
            return contexts;
        }

        if (_addressParts.Contains(words[0]) && OnlyValueWordsAfter(words, 1, LexiconClass.Personal))
        {
            contexts |= TypeContext.Address;
        }

        var nameAt = words.Count == 2 && words[0] == "display" ? 1 : 0;
        if (words.Count == nameAt + 1 && IsName(words[nameAt]))
        {
            contexts |= TypeContext.Person;
        }

        return contexts;
    }

    private bool TryMatchUncached(string identifier, out LexiconMatch match, out IReadOnlyList<string> words)
    {
        match = default;
        words = IdentifierSplitter.Split(identifier);
        if (words.Count == 0)
        {
            return false;
        }

        // Exact terms: the whole name, trailing digit words aside (Address1, Token2).
        var end = words.Count;
        while (end > 1 && IsDigits(words[end - 1]))
        {
            end--;
        }

        var joined = Join(words, end);
        if (_exact.TryGetValue(joined, out var exact) || (end < words.Count && _exact.TryGetValue(Join(words, words.Count), out exact)))
        {
            return Result(exact, out match);
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && _neutralBefore.Contains(words[i - 1]))
            {
                // IsEmailConfirmed, HasPhone, MaxEmailLength: everything after a neutral word is about the data.
                return false;
            }

            foreach (var key in Stems(words[i]))
            {
                if (!_byFirstWord.TryGetValue(key, out var candidates))
                {
                    continue;
                }

                foreach (var entry in candidates)
                {
                    if (MatchesAt(words, i, entry) && OnlyValueWordsAfter(words, i + entry.Words.Length, entry.Class))
                    {
                        return Result(entry, out match);
                    }
                }
            }

            if (_personWords.Contains(words[i]) && i + 1 < words.Count && IsName(words[i + 1])
                && OnlyValueWordsAfter(words, i + 2, LexiconClass.Personal))
            {
                // ReviewerName, subscriber_name, RecipientNames (after the table: UserName is a user id)
                return Result(_personName, out match);
            }
        }

        return false;
    }

    /// <summary>Whether a type is named like an address (its last significant word), after a person (any word), or both.</summary>
    private TypeContext ContextOf(string typeName)
    {
        if (_typeMemo.TryGet(typeName, out var known))
        {
            return known.Context;
        }

        var typeWords = new List<string>(IdentifierSplitter.Split(typeName));
        while (typeWords.Count > 1 && (TypeSuffixes.Contains(typeWords[typeWords.Count - 1]) || IsDigits(typeWords[typeWords.Count - 1])))
        {
            typeWords.RemoveAt(typeWords.Count - 1);
        }

        var context = TypeContext.None;
        if (typeWords.Count > 0 && typeWords[typeWords.Count - 1] is "address" or "addresses")
        {
            context |= TypeContext.Address;
        }

        foreach (var word in typeWords)
        {
            if (_personWords.Contains(word))
            {
                context |= TypeContext.Person;
                break;
            }
        }

        _typeMemo.Remember(typeName, TypeReading.Of(context));
        return context;
    }

    [Flags]
    private enum TypeContext
    {
        None = 0,
        Address = 1,
        Person = 2,
    }

    private static bool IsName(string word) => word == "name" || word == "names";

    private static bool Result(LexiconEntry entry, out LexiconMatch match)
    {
        match = new LexiconMatch(entry.Category, entry);
        return entry.Class != LexiconClass.None;
    }

    private static string Join(IReadOnlyList<string> words, int count)
    {
        if (count == 1)
        {
            return words[0];
        }

        var parts = new string[count];
        for (var k = 0; k < count; k++)
        {
            parts[k] = words[k];
        }

        return string.Concat(parts);
    }

    private static bool MatchesAt(IReadOnlyList<string> words, int start, LexiconEntry entry)
    {
        var termWords = entry.Words;
        if (start + termWords.Length > words.Count)
        {
            return false;
        }

        for (var k = 0; k < termWords.Length; k++)
        {
            var word = words[start + k];
            var isLast = k == termWords.Length - 1;
            if (!string.Equals(word, termWords[k], StringComparison.Ordinal) && !(isLast && IsPluralOf(word, termWords[k])))
            {
                return false;
            }
        }

        return true;
    }

    private bool OnlyValueWordsAfter(IReadOnlyList<string> words, int from, LexiconClass @class)
    {
        // A secret's name takes fewer value words: SecretName and ApiKeyHeaderName name a secret, they do not hold it.
        var values = @class == LexiconClass.Credential ? _credentialValueAfter : _valueAfter;
        for (var k = from; k < words.Count; k++)
        {
            var word = words[k];
            if (!values.Contains(word) && !IsDigits(word))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsPluralOf(string word, string singular)
    {
        if (word.Length == singular.Length + 1)
        {
            return word[word.Length - 1] == 's' && word.StartsWith(singular, StringComparison.Ordinal);
        }

        if (word.Length == singular.Length + 2 && word.EndsWith("es", StringComparison.Ordinal) && word.StartsWith(singular, StringComparison.Ordinal))
        {
            return true; // addresses
        }

        // cities
        return singular.EndsWith("y", StringComparison.Ordinal)
            && word.Length == singular.Length + 2
            && word.EndsWith("ies", StringComparison.Ordinal)
            && string.CompareOrdinal(word, 0, singular, 0, singular.Length - 1) == 0;
    }

    private static IEnumerable<string> Stems(string word)
    {
        yield return word;
        if (word.Length > 3 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            yield return word.Substring(0, word.Length - 3) + "y";
        }

        if (word.Length > 3 && word.EndsWith("es", StringComparison.Ordinal))
        {
            yield return word.Substring(0, word.Length - 2);
        }

        if (word.Length > 2 && word[word.Length - 1] == 's')
        {
            yield return word.Substring(0, word.Length - 1);
        }
    }

    private static bool IsDigits(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsDigit(c))
            {
                return false;
            }
        }

        return word.Length > 0;
    }

    private static Dictionary<string, LexiconEntry> BuildExact(List<LexiconEntry> entries)
    {
        var exact = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry.Kind != LexiconMatchKind.Word)
            {
                exact[string.Concat(entry.Words)] = entry;
            }
        }

        return exact;
    }

    private static Dictionary<string, LexiconEntry[]> BuildWordIndex(List<LexiconEntry> entries)
    {
        var lists = new Dictionary<string, List<LexiconEntry>>(StringComparer.Ordinal);
        void Add(string key, LexiconEntry entry)
        {
            if (!lists.TryGetValue(key, out var list))
            {
                list = new List<LexiconEntry>();
                lists.Add(key, list);
            }

            list.Add(entry);
        }

        foreach (var entry in entries)
        {
            if (entry.Kind != LexiconMatchKind.Word)
            {
                continue;
            }

            Add(entry.Words[0], entry);
            if (entry.Words.Length > 1)
            {
                // Words run together count too: Firstname, Dateofbirth, Useragent; Zipcode is zip + code.
                var runTogether = string.Concat(entry.Words);
                Add(runTogether, new LexiconEntry(runTogether, entry.Category, LexiconMatchKind.Word, entry.Class));
            }
        }

        var index = new Dictionary<string, LexiconEntry[]>(StringComparer.Ordinal);
        foreach (var pair in lists)
        {
            // Longest phrase first: "shipping address" before a shorter term at the same position.
            pair.Value.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
            index.Add(pair.Key, pair.Value.ToArray());
        }

        return index;
    }

    /// <summary>What a name says: matched or not, and in which types it would be personal when it is not.</summary>
    private sealed class Reading
    {
        public Reading(bool found, LexiconMatch match, TypeContext inContext)
        {
            Found = found;
            Match = match;
            InContext = inContext;
        }

        public bool Found { get; }

        public LexiconMatch Match { get; }

        public TypeContext InContext { get; }
    }

    /// <summary>A type name's context, one shared instance per value.</summary>
    private sealed class TypeReading
    {
        private static readonly TypeReading[] ByValue =
        {
            new(TypeContext.None), new(TypeContext.Address), new(TypeContext.Person), new(TypeContext.Address | TypeContext.Person),
        };

        private TypeReading(TypeContext context) => Context = context;

        public TypeContext Context { get; }

        public static TypeReading Of(TypeContext context) => ByValue[(int)context];
    }
}
