using System.Collections.Generic;
using System.Text;

namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>
/// Splits an identifier or a serialized name into lower-case words: PascalCase, camelCase, snake_case, kebab-case,
/// dotted names, digits (<c>addressLine1</c> → address, line, 1) and acronyms (<c>IPAddress</c> → ip, address;
/// <c>userIP</c> → user, ip). Separators are any character that is neither a letter nor a digit.
/// </summary>
internal static class IdentifierSplitter
{
    public static IReadOnlyList<string> Split(string? identifier)
    {
        var words = new List<string>();
        if (identifier is null || identifier.Length == 0)
        {
            return words;
        }

        var current = new StringBuilder();
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (!char.IsLetterOrDigit(c))
            {
                Flush(current, words);
                continue;
            }

            if (current.Length > 0 && IsBoundary(identifier, i))
            {
                Flush(current, words);
            }

            current.Append(char.ToLowerInvariant(c));
        }

        Flush(current, words);
        return words;
    }

    private static bool IsBoundary(string s, int i)
    {
        var previous = s[i - 1];
        var c = s[i];
        if (char.IsDigit(c) != char.IsDigit(previous))
        {
            // letters to digits and back: addressLine1, Street2, sha256
            return true;
        }

        if (char.IsUpper(c))
        {
            if (char.IsLower(previous))
            {
                return true; // camelCase hump: userId, emailAddress, userIP
            }

            // The last capital of an acronym starts the next word: IPAddress → IP | Address.
            return char.IsUpper(previous) && i + 1 < s.Length && char.IsLower(s[i + 1]);
        }

        return false;
    }

    private static void Flush(StringBuilder current, List<string> words)
    {
        if (current.Length > 0)
        {
            words.Add(current.ToString());
            current.Clear();
        }
    }
}
