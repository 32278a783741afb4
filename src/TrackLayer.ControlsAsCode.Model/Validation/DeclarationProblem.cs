using System;
using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model.Validation;

/// <summary>
/// One thing wrong with one declaration, as data: which rule, which argument, and the values the message names.
/// The analyzers turn it into a diagnostic at the argument's syntax; the build task can report the same problem
/// from metadata without restating the rule.
/// </summary>
internal sealed class DeclarationProblem
{
    public DeclarationProblem(string diagnosticId, string? argument, IReadOnlyList<string> messageArguments, IReadOnlyList<string>? suggestions = null)
    {
        DiagnosticId = diagnosticId;
        Argument = argument;
        MessageArguments = messageArguments;
        Suggestions = suggestions ?? Array.Empty<string>();
    }

    /// <summary>The rule, one of the <see cref="DiagnosticIds"/>.</summary>
    public string DiagnosticId { get; }

    /// <summary>
    /// The attribute property at fault, by its C# property name (<c>ControlId</c>, <c>Owner</c>, <c>Retention</c>).
    /// Constructor parameters carry the same name in camel case. A reader points at that argument when it was written and
    /// at the whole declaration otherwise; null when the problem is the declaration as a whole (several values missing).
    /// </summary>
    public string? Argument { get; }

    /// <summary>The values the rule's message format names, in order.</summary>
    public IReadOnlyList<string> MessageArguments { get; }

    /// <summary>Replacement values a fix may offer, best first (the 2022 ids for a 2013 id).</summary>
    public IReadOnlyList<string> Suggestions { get; }

    public override string ToString() => DiagnosticId + " " + (Argument ?? "(declaration)") + ": " + string.Join(", ", MessageArguments);
}
