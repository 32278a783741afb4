using System.Collections.Generic;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Every document in every format: four documents (the SoA and three registers) times four formats. Markdown, HTML
/// and CSV render each document's one layout; JSON has a writer per document, because each has its own schema.
/// The order is the order of the task's WrittenFiles.
/// </summary>
internal static class DocumentWriters
{
    public static IReadOnlyList<IComplianceDocumentWriter> All { get; } = new IComplianceDocumentWriter[]
    {
        new MarkdownDocumentWriter(SoaLayout.BaseName, SoaLayout.Build),
        new HtmlDocumentWriter(SoaLayout.BaseName, SoaLayout.Build),
        new CsvDocumentWriter(SoaLayout.BaseName, SoaLayout.Build),
        new JsonSoaWriter(),
        new MarkdownDocumentWriter(DestinationInventoryLayout.BaseName, DestinationInventoryLayout.Build),
        new HtmlDocumentWriter(DestinationInventoryLayout.BaseName, DestinationInventoryLayout.Build),
        new CsvDocumentWriter(DestinationInventoryLayout.BaseName, DestinationInventoryLayout.Build),
        new JsonDestinationInventoryWriter(),
        new MarkdownDocumentWriter(DataClassificationRegisterLayout.BaseName, DataClassificationRegisterLayout.Build),
        new HtmlDocumentWriter(DataClassificationRegisterLayout.BaseName, DataClassificationRegisterLayout.Build),
        new CsvDocumentWriter(DataClassificationRegisterLayout.BaseName, DataClassificationRegisterLayout.Build),
        new JsonDataClassificationRegisterWriter(),
        new MarkdownDocumentWriter(RetentionRegisterLayout.BaseName, RetentionRegisterLayout.Build),
        new HtmlDocumentWriter(RetentionRegisterLayout.BaseName, RetentionRegisterLayout.Build),
        new CsvDocumentWriter(RetentionRegisterLayout.BaseName, RetentionRegisterLayout.Build),
        new JsonRetentionRegisterWriter(),
    };
}
