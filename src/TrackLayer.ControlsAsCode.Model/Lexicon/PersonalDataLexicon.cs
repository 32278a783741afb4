using System;
using System.Collections.Generic;
using System.IO;

namespace TrackLayer.ControlsAsCode.Model.Lexicon;

/// <summary>
/// The built-in personal-data lexicon: the table in <c>PersonalDataLexicon.txt</c>, embedded in every assembly that
/// compiles the model (see Model.props) and parsed once. The analyzers extend it with users' lexicons
/// (<see cref="LexiconTable.Create(LexiconDocument[])"/>); the static members here answer for the built-in table alone.
/// </summary>
internal static class PersonalDataLexicon
{
    /// <summary>The manifest resource name of the table (a fixed LogicalName, the same in every assembly).</summary>
    public const string ResourceName = "TrackLayer.ControlsAsCode.Model.Lexicon.PersonalDataLexicon.txt";

    /// <summary>The built-in table as parsed from the resource.</summary>
    public static LexiconDocument BuiltInDocument => Holder.Document;

    /// <summary>The built-in table, compiled.</summary>
    public static LexiconTable Default => Holder.Table;

    /// <summary>The built-in table's entries, for documentation and tests.</summary>
    public static IReadOnlyList<LexiconEntry> Entries => Default.Entries;

    /// <summary>The data category an identifier suggests, or <see langword="null"/> when it does not look personal (credentials included).</summary>
    public static DataCategory? Match(string? identifier)
        => Default.TryMatch(identifier, out var match) && !match.IsCredential ? match.Category : null;

    /// <summary>Matches an identifier or serialized name against the built-in lexicon.</summary>
    public static bool TryMatch(string? identifier, out LexiconMatch match) => Default.TryMatch(identifier, out match);

    private static string ReadResource()
    {
        using var stream = typeof(PersonalDataLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException("The embedded resource " + ResourceName + " is missing: the assembly was built without Model.props.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>Parsed on first use, once per process (type initialisation is thread-safe).</summary>
    private static class Holder
    {
        public static readonly LexiconDocument Document = LexiconDocument.Parse(ReadResource());
        public static readonly LexiconTable Table = LexiconTable.Create(Document);
    }
}
