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
    // Declared before All: static fields initialise in text order.
    private static readonly SharedLayout SharedSoa = new(SoaLayout.Build);
    private static readonly SharedLayout SharedDestinationInventory = new(DestinationInventoryLayout.Build);
    private static readonly SharedLayout SharedDataClassificationRegister = new(DataClassificationRegisterLayout.Build);
    private static readonly SharedLayout SharedRetentionRegister = new(RetentionRegisterLayout.Build);

    public static IReadOnlyList<IComplianceDocumentWriter> All { get; } = new IComplianceDocumentWriter[]
    {
        new MarkdownDocumentWriter(SoaLayout.BaseName, SharedSoa.For),
        new HtmlDocumentWriter(SoaLayout.BaseName, SharedSoa.For),
        new CsvDocumentWriter(SoaLayout.BaseName, SharedSoa.For),
        new JsonSoaWriter(),
        new MarkdownDocumentWriter(DestinationInventoryLayout.BaseName, SharedDestinationInventory.For),
        new HtmlDocumentWriter(DestinationInventoryLayout.BaseName, SharedDestinationInventory.For),
        new CsvDocumentWriter(DestinationInventoryLayout.BaseName, SharedDestinationInventory.For),
        new JsonDestinationInventoryWriter(),
        new MarkdownDocumentWriter(DataClassificationRegisterLayout.BaseName, SharedDataClassificationRegister.For),
        new HtmlDocumentWriter(DataClassificationRegisterLayout.BaseName, SharedDataClassificationRegister.For),
        new CsvDocumentWriter(DataClassificationRegisterLayout.BaseName, SharedDataClassificationRegister.For),
        new JsonDataClassificationRegisterWriter(),
        new MarkdownDocumentWriter(RetentionRegisterLayout.BaseName, SharedRetentionRegister.For),
        new HtmlDocumentWriter(RetentionRegisterLayout.BaseName, SharedRetentionRegister.For),
        new CsvDocumentWriter(RetentionRegisterLayout.BaseName, SharedRetentionRegister.For),
        new JsonRetentionRegisterWriter(),
    };
}
