using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>
/// Recognises identifiers and serialized names that look like personal data, and suggests a <see cref="DataCategory"/>.
/// The analyzers and the build task share it; the terms are in <c>PersonalDataLexicon.Terms.cs</c>.
/// </summary>
/// <remarks>
/// How a name is read: split it into words (<see cref="IdentifierSplitter"/>); if the whole name is an exact-only term
/// (<c>Address</c>, a short wire key such as <c>em</c> or <c>zp</c>) that decides it; otherwise find a term whose words
/// appear as whole words, with no neutral word before it (<c>IsEmailConfirmed</c>) and nothing but value words after it
/// (<c>EmailAddress</c> yes, <c>EmailVerified</c> no). Pure, allocation-light and thread-safe.
/// </remarks>
internal static partial class PersonalDataLexicon
{

    /// <summary>The table, for documentation and tests.</summary>
    public static IReadOnlyList<LexiconEntry> Entries => Terms;

    /// <summary>The data category an identifier suggests, or <see langword="null"/> when it does not look personal.</summary>
    public static DataCategory? Match(string? identifier) => TryMatch(identifier, out var match) ? match.Category : null;

    /// <summary>Matches an identifier or serialized name against the lexicon.</summary>
    public static bool TryMatch(string? identifier, out LexiconMatch match)
    {
        match = default;
        var words = IdentifierSplitter.Split(identifier);
        if (words.Count == 0)
        {
            return false;
        }

        var joined = words.Count == 1 ? words[0] : string.Concat(words);
        if (Index.ExactTerms.TryGetValue(joined, out var exact))
        {
            match = new LexiconMatch(exact.Category, exact);
            return true;
        }

        for (var i = 0; i < words.Count; i++)
        {
            if (i > 0 && Index.NeutralPrefixSet.Contains(words[i - 1]))
            {
                // IsEmailConfirmed, HasPhone, MaxEmailLength: everything after a neutral word is about the data.
                return false;
            }

            foreach (var key in Stems(words[i]))
            {
                if (!Index.WordTermsByFirstWord.TryGetValue(key, out var candidates))
                {
                    continue;
                }

                foreach (var entry in candidates)
                {
                    if (MatchesAt(words, i, entry) && OnlyValueWordsAfter(words, i + entry.Words.Length))
                    {
                        match = new LexiconMatch(entry.Category, entry);
                        return true;
                    }
                }
            }
        }

        return false;
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

    private static bool OnlyValueWordsAfter(IReadOnlyList<string> words, int from)
    {
        for (var k = from; k < words.Count; k++)
        {
            var word = words[k];
            if (!Index.ValueSuffixSet.Contains(word) && !IsDigits(word))
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

    private static Dictionary<string, LexiconEntry> BuildExact()
    {
        var exact = new Dictionary<string, LexiconEntry>(StringComparer.Ordinal);
        foreach (var entry in Terms)
        {
            if (entry.Kind != LexiconMatchKind.Word)
            {
                exact[string.Concat(entry.Words)] = entry;
            }
        }

        return exact;
    }

    private static Dictionary<string, LexiconEntry[]> BuildWordIndex()
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

        foreach (var entry in Terms)
        {
            if (entry.Kind != LexiconMatchKind.Word)
            {
                continue;
            }

            Add(entry.Words[0], entry);
            if (entry.Words.Length > 1)
            {
                // Words run together count too: Firstname, Dateofbirth, Useragent, Zipcode is zip + code.
                var runTogether = string.Concat(entry.Words);
                Add(runTogether, new LexiconEntry(runTogether, entry.Category));
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

    /// <summary>
    /// The lookup tables, built on first use. A nested class, because static initializers of a partial class run in
    /// an unspecified order across its files, and these read the table in PersonalDataLexicon.Terms.cs.
    /// </summary>
    private static class Index
    {
        public static readonly Dictionary<string, LexiconEntry> ExactTerms = BuildExact();
        public static readonly Dictionary<string, LexiconEntry[]> WordTermsByFirstWord = BuildWordIndex();
        public static readonly HashSet<string> NeutralPrefixSet = new(NeutralPrefixes, StringComparer.Ordinal);
        public static readonly HashSet<string> ValueSuffixSet = new(ValueSuffixes, StringComparer.Ordinal);
    }
}
