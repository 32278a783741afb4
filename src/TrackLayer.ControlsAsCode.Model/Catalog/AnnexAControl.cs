using System.Collections.Generic;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>One ISO/IEC 27001:2022 Annex A control: id, official short title, theme and its 2013 predecessors.</summary>
internal sealed class AnnexAControl
{
    public AnnexAControl(string id, string title, ControlTheme theme, IReadOnlyList<string> iso2013Ids)
    {
        Id = id;
        Title = title;
        Theme = theme;
        Iso2013Ids = iso2013Ids;
    }

    /// <summary>The 2022 id without the "A." prefix, for example <c>8.24</c>.</summary>
    public string Id { get; }

    public string Title { get; }

    public ControlTheme Theme { get; }

    /// <summary>The ISO/IEC 27001:2013 Annex A ids this control replaces (ISO/IEC 27002:2022 Annex B), without "A.".</summary>
    public IReadOnlyList<string> Iso2013Ids { get; }

    public override string ToString() => Id + " " + Title;
}
