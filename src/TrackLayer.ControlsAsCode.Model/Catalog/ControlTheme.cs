namespace TrackLayer.ControlsAsCode.Model;

/// <summary>The four themes of ISO/IEC 27001:2022 Annex A (clauses 5 to 8).</summary>
internal enum ControlTheme
{
    Organizational = 5,
    People = 6,
    Physical = 7,
    Technological = 8,
}
