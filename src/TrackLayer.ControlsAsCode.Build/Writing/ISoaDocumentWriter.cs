using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>One document format of the Statement of Applicability. Each format is its own small class.</summary>
internal interface ISoaDocumentWriter
{
    /// <summary>The file name the document is written to, in the output directory.</summary>
    string FileName { get; }

    /// <summary>
    /// Renders the document. The text must depend on the statement alone (no clock, no paths, no culture), use
    /// "\n" line endings, and end with a newline, so that the same declarations always give the same bytes.
    /// </summary>
    string Write(StatementOfApplicability soa);
}
