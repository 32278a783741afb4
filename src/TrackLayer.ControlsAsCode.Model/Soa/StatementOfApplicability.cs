using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// The Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d) as plain data, ready for a writer:
/// every Annex A control in id order, with the declarations of the assemblies it was built from.
/// </summary>
internal sealed class StatementOfApplicability
{
    public StatementOfApplicability(
        IsmsDeclaration? isms,
        IReadOnlyList<string> sourceAssemblies,
        IReadOnlyList<SoaRow> rows,
        SoaTotals totals,
        IReadOnlyList<ControlDeclaration> unresolved)
    {
        Isms = isms;
        SourceAssemblies = sourceAssemblies;
        Rows = rows;
        Totals = totals;
        Unresolved = unresolved;
    }

    public IsmsDeclaration? Isms { get; }

    /// <summary>The statement of certification status, worded exactly from the declaration.</summary>
    public string CertificationStatement => CertificationWording.Describe(Isms);

    /// <summary>Names of the assemblies whose declarations were read, ordered.</summary>
    public IReadOnlyList<string> SourceAssemblies { get; }

    public IReadOnlyList<SoaRow> Rows { get; }

    public SoaTotals Totals { get; }

    /// <summary>Declarations whose id names no single 2022 control (unknown, or a 2013 id that maps to several).</summary>
    public IReadOnlyList<ControlDeclaration> Unresolved { get; }

    /// <summary>Package version and source revision of the built application, when known.</summary>
    public string? Version { get; set; }

    public string? SourceRevision { get; set; }
}
