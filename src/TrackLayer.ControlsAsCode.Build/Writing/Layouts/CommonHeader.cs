using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing.Layouts;

/// <summary>The header every document starts with: whose ISMS, its certification status exactly as declared, which build.</summary>
internal static class CommonHeader
{
    public static void AddTo(DocumentLayout layout, ComplianceDocumentSet set)
    {
        var soa = set.Soa;
        var isms = soa.Isms;
        layout.Header.Add(new HeaderItem("ISMS scope", isms?.Scope ?? "not declared", "isms-scope"));
        layout.Header.Add(new HeaderItem("Organization", isms?.Organization ?? "not declared", "organization"));
        layout.Header.Add(new HeaderItem("Owner", isms?.Owner ?? "not declared", "isms-owner"));
        layout.Header.Add(new HeaderItem("Certification status", soa.CertificationStatement, "certification-status"));
        if (!string.IsNullOrWhiteSpace(soa.Version)) layout.Header.Add(new HeaderItem("Version", soa.Version!, "version"));
        if (!string.IsNullOrWhiteSpace(soa.SourceRevision)) layout.Header.Add(new HeaderItem("Source revision", soa.SourceRevision!, "source-revision"));
        layout.Header.Add(new HeaderItem("Source assemblies", soa.SourceAssemblies.Count == 0 ? "none" : string.Join(", ", soa.SourceAssemblies), "source-assemblies"));
        if (set.GeneratedAt is not null) layout.Header.Add(new HeaderItem("Generated at", set.GeneratedAt, "generated-at"));
    }
}
