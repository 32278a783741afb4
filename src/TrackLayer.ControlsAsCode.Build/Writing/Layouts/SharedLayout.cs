using System;
using System.Runtime.CompilerServices;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>
/// Builds a document's layout once per document set for its Markdown, HTML and CSV writers (a register of tens of
/// thousands of rows was laid out three times). Weakly keyed: nothing outlives the build that made the set, which
/// matters in a long-lived MSBuild node.
/// </summary>
internal sealed class SharedLayout
{
    private readonly ConditionalWeakTable<ComplianceDocumentSet, DocumentLayout> _layouts = new();
    private readonly ConditionalWeakTable<ComplianceDocumentSet, DocumentLayout>.CreateValueCallback _build;

    public SharedLayout(Func<ComplianceDocumentSet, DocumentLayout> build) => _build = set => build(set);

    public DocumentLayout For(ComplianceDocumentSet set) => _layouts.GetValue(set, _build);
}
