using System.IO;
using System.Linq;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;
using M = TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>The documents render in two lanes at once; what comes back must not depend on it.</summary>
public sealed class RenderLanesTests
{
    private static M.ComplianceDocumentSet Documents()
    {
        var declarations = new M.ComplianceDeclarations("Sample.App");
        declarations.Controls.Add(new M.ControlDeclaration("8.24", M.Applicability.Applicable, "Sample.Crypto")
        {
            Reasons = M.InclusionReason.RiskAssessment,
            Status = M.ImplementationStatus.Implemented,
            Owner = "Platform team",
        });
        declarations.Controls.Add(new M.ControlDeclaration("7.4", M.Applicability.Excluded, "assembly") { Justification = "No premises", Owner = "CISO" });
        return M.ComplianceDocumentSetBuilder.Build(new[] { declarations });
    }

    [Fact]
    public void Every_document_comes_back_in_writer_order_with_the_bytes_its_writer_renders_alone()
    {
        using var directory = new TempDirectory();
        var documents = Documents();

        var rendered = RenderedDocument.RenderAll(documents, directory.Path);

        Assert.Equal(
            DocumentWriters.All.Select(w => Path.GetFullPath(Path.Combine(directory.Path, w.FileName))),
            rendered.Select(r => r.Path));
        for (var i = 0; i < DocumentWriters.All.Count; i++)
        {
            var alone = new DocumentBuffer();
            DocumentWriters.All[i].Write(documents, alone);
            Assert.NotNull(rendered[i].ChangedBytes); // nothing on disk yet: every document is new
            Assert.Equal(alone.WrittenBytes.ToArray(), rendered[i].ChangedBytes!.Value.ToArray());
        }
    }

    [Fact]
    public void A_document_already_on_disk_with_the_same_bytes_comes_back_unchanged_in_either_lane()
    {
        using var directory = new TempDirectory();
        var documents = Documents();
        foreach (var document in RenderedDocument.RenderAll(documents, directory.Path))
        {
            AtomicFile.Write(document.Path, document.ChangedBytes!.Value);
        }

        var again = RenderedDocument.RenderAll(documents, directory.Path);

        Assert.All(again, document => Assert.Null(document.ChangedBytes));
        Assert.Contains(again, d => d.Path.EndsWith(".json", System.StringComparison.Ordinal));
        Assert.Contains(again, d => d.Path.EndsWith(".md", System.StringComparison.Ordinal));
    }
}
