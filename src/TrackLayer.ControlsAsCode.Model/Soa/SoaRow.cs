using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>One line of the Statement of Applicability: a catalog control and what the code declares for it.</summary>
internal sealed class SoaRow
{
    public SoaRow(AnnexAControl control, ControlDeclaration? declaration, IReadOnlyList<ControlImplementation> implementedBy)
    {
        Control = control;
        Declaration = declaration;
        ImplementedBy = implementedBy;
    }

    public AnnexAControl Control { get; }

    /// <summary>The declaration that decides the row; null when nobody declared the control (undecided).</summary>
    public ControlDeclaration? Declaration { get; }

    public Applicability Applicability => Declaration?.Applicability ?? Applicability.Undecided;

    /// <summary>Code elements that state they implement this control.</summary>
    public IReadOnlyList<ControlImplementation> ImplementedBy { get; }
}
