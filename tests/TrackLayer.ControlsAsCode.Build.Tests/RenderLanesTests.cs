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
        Assert.All(rendered, document => Assert.False(File.Exists(document.Path))); // nothing replaced before CommitAll
        for (var i = 0; i < DocumentWriters.All.Count; i++)
        {
            var alone = new DocumentBuffer();
            DocumentWriters.All[i].Write(documents, alone);
            Assert.True(rendered[i].Changed); // nothing on disk yet: every document is new
            Assert.Equal(alone.ToArray(), File.ReadAllBytes(rendered[i].TemporaryPath!));
        }

        RenderedDocument.CommitAll(rendered);

        for (var i = 0; i < DocumentWriters.All.Count; i++)
        {
            var alone = new DocumentBuffer();
            DocumentWriters.All[i].Write(documents, alone);
            Assert.Null(rendered[i].Failure);
            Assert.Equal(alone.ToArray(), File.ReadAllBytes(rendered[i].Path));
        }

        Assert.Equal(DocumentWriters.All.Count, Directory.GetFiles(directory.Path).Length); // no temporary file left
    }

    [Fact]
    public void A_document_already_on_disk_with_the_same_bytes_comes_back_unchanged_in_either_lane()
    {
        using var directory = new TempDirectory();
        var documents = Documents();
        RenderedDocument.CommitAll(RenderedDocument.RenderAll(documents, directory.Path));

        var again = RenderedDocument.RenderAll(documents, directory.Path);

        Assert.All(again, document => Assert.False(document.Changed));
        Assert.All(again, document => Assert.Null(document.TemporaryPath));
        Assert.Contains(again, d => d.Path.EndsWith(".json", System.StringComparison.Ordinal));
        Assert.Contains(again, d => d.Path.EndsWith(".md", System.StringComparison.Ordinal));
        Assert.Equal(DocumentWriters.All.Count, Directory.GetFiles(directory.Path).Length);
    }

    [Fact]
    public void A_document_that_cannot_be_written_is_reported_and_the_others_still_take_their_place()
    {
        using var directory = new TempDirectory();
        var documents = Documents();
        var blocked = Path.GetFullPath(Path.Combine(directory.Path, DocumentWriters.All[0].FileName));
        Directory.CreateDirectory(blocked); // a folder where the document goes: its rename fails

        var rendered = RenderedDocument.RenderAll(documents, directory.Path);
        RenderedDocument.CommitAll(rendered);

        Assert.NotNull(rendered[0].Failure);
        Assert.True(Directory.Exists(blocked));
        Assert.All(rendered.Skip(1), document => Assert.Null(document.Failure));
        Assert.All(rendered.Skip(1), document => Assert.True(File.Exists(document.Path)));
        Assert.Equal(DocumentWriters.All.Count - 1, Directory.GetFiles(directory.Path).Length); // the failed one's temporary file is gone
    }

    [Fact]
    public void A_rendering_failure_in_one_lane_leaves_no_temporary_file_and_every_previous_document_in_place()
    {
        using var directory = new TempDirectory();
        var documents = Documents();
        var previous = Path.Combine(directory.Path, "A.md");
        File.WriteAllText(previous, "previous");
        // The Markdown lane writes two documents, the JSON lane one and then fails.
        var writers = new IComplianceDocumentWriter[]
        {
            new FixedWriter("A.md", "new a"), new FixedWriter("B.md", "new b"), new FixedWriter("C.json", "{}"), new FailingWriter("D.json"),
        };

        var thrown = Assert.Throws<System.InvalidOperationException>(() => RenderedDocument.RenderAll(documents, directory.Path, writers));

        Assert.Equal("D.json failed", thrown.Message);
        Assert.Equal("previous", File.ReadAllText(previous));
        Assert.Equal(new[] { previous }, Directory.GetFiles(directory.Path));
    }

    private sealed class FixedWriter : IComplianceDocumentWriter
    {
        private readonly string _text;

        public FixedWriter(string fileName, string text)
        {
            FileName = fileName;
            _text = text;
        }

        public string FileName { get; }

        public void Write(M.ComplianceDocumentSet documents, DocumentBuffer output) => output.Append(_text);
    }

    private sealed class FailingWriter : IComplianceDocumentWriter
    {
        public FailingWriter(string fileName) => FileName = fileName;

        public string FileName { get; }

        public void Write(M.ComplianceDocumentSet documents, DocumentBuffer output) => throw new System.InvalidOperationException(FileName + " failed");
    }
}
