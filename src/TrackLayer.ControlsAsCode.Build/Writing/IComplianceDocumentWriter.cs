using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>One document in one format (16 in all: see <see cref="DocumentWriters"/>).</summary>
internal interface IComplianceDocumentWriter
{
    /// <summary>The file name the document is written to, in the output directory.</summary>
    string FileName { get; }

    /// <summary>
    /// Renders the document as UTF-8 into <paramref name="output"/>. The bytes must depend on the documents alone (no
    /// clock, no absolute paths, no culture), and use fixed line endings, so that the same declarations always give
    /// the same bytes.
    /// </summary>
    void Write(ComplianceDocumentSet documents, DocumentBuffer output);
}
