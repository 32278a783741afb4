namespace TrackLayer.ControlsAsCode.CodebaseGenerator;

/// <summary>One generated source file, with a path relative to the project folder.</summary>
public sealed record GeneratedFile(string Path, string Text);

/// <summary>
/// What the generator planted, so a benchmark can assert the diagnostic counts (a fast but wrong analyzer must not pass).
/// </summary>
public sealed record GeneratedFacts
{
    public int Files { get; init; }

    public int PayloadTypes { get; init; }

    /// <summary>Members that hold personal data, classified or not.</summary>
    public int PersonalMembers { get; init; }

    /// <summary>Personal members left without a classification: each one is a TLC1001.</summary>
    public int UnclassifiedPersonalMembers { get; init; }

    /// <summary>Members with plain, non-personal names, including look-alikes such as EmailVerified.</summary>
    public int PlainMembers { get; init; }

    /// <summary>Types carrying [Destination].</summary>
    public int Destinations { get; init; }

    /// <summary>Outbound calls to a host some destination declares.</summary>
    public int DeclaredHostCalls { get; init; }

    /// <summary>Outbound calls to a literal host no destination declares: each one is an undeclared-egress diagnostic.</summary>
    public int UndeclaredHostCalls { get; init; }

    /// <summary>Types that carry any toolkit declaration (classified payloads, destinations, controls).</summary>
    public int DeclaringTypes { get; init; }
}

/// <summary>A generated codebase: its sources and what they contain.</summary>
public sealed record GeneratedCodebase(IReadOnlyList<GeneratedFile> Files, GeneratedFacts Facts);
