using System;
using System.Collections.Generic;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// What <see cref="DeclarationReader"/> found: the declarations, or the reasons it could not read them. Returned rather
/// than thrown, because an unreadable assembly is an ordinary build error to report, not a crash of the task.
/// </summary>
internal sealed class DeclarationReadResult
{
    private DeclarationReadResult(ComplianceDeclarations? declarations, IReadOnlyList<BuildDiagnostic> errors)
    {
        Declarations = declarations;
        Errors = errors;
    }

    /// <summary>The declarations; null when <see cref="Errors"/> is not empty (a partial read would give a wrong SoA).</summary>
    public ComplianceDeclarations? Declarations { get; }

    public IReadOnlyList<BuildDiagnostic> Errors { get; }

    public bool Succeeded => Declarations is not null;

    public static DeclarationReadResult Success(ComplianceDeclarations declarations) =>
        new(declarations, Array.Empty<BuildDiagnostic>());

    public static DeclarationReadResult Failure(IReadOnlyList<BuildDiagnostic> errors) => new(null, errors);

    public static DeclarationReadResult Failure(string file, string message) =>
        Failure(new[] { new BuildDiagnostic(DiagnosticIds.DeclarationsUnreadable, file, message) });
}
