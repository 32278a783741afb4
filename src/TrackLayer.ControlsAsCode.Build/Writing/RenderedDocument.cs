using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>One document, rendered and compared with the file it is to replace.</summary>
internal sealed class RenderedDocument
{
    // Room beyond a document's previous size: for a slightly longer document, and for the buffer's worst-case reservation
    // (three bytes a character) when the last strings are appended.
    private const int Headroom = DocumentBuffer.DefaultCapacity;

    private RenderedDocument(string path, ArraySegment<byte>? changedBytes)
    {
        Path = path;
        ChangedBytes = changedBytes;
    }

    /// <summary>The document's full path.</summary>
    public string Path { get; }

    /// <summary>The new bytes when they differ from the file's; null when the file already holds exactly them.</summary>
    public ArraySegment<byte>? ChangedBytes { get; }

    /// <summary>
    /// Renders every document (in <see cref="DocumentWriters.All"/> order) and compares each with the file at its path as
    /// soon as it is rendered. An unchanged document is dropped and its buffer reused for the next one, so a build that
    /// changes nothing holds one document in memory at a time; only changed documents are kept, until they are written.
    /// Nothing is written here: a rendering bug then leaves every previous document in place.
    /// </summary>
    public static IReadOnlyList<RenderedDocument> RenderAll(ComplianceDocumentSet documents, string outputDirectory)
    {
        var writers = DocumentWriters.All;
        var paths = new string[writers.Count];
        var previousLengths = new int[writers.Count];
        for (var i = 0; i < writers.Count; i++)
        {
            paths[i] = System.IO.Path.GetFullPath(System.IO.Path.Combine(outputDirectory, writers[i].FileName));
            previousLengths[i] = FileLength(paths[i]);
        }

        // A document usually comes out the size it had last time. The shared buffer starts as large as the largest, and
        // a fresh one (after a changed document) gets room for the next document, so no buffer grows while rendering:
        // each growth would copy megabytes and leave the old array to the garbage collector.
        var rendered = new List<RenderedDocument>(writers.Count);
        var buffer = new DocumentBuffer(previousLengths.Max() + Headroom);
        for (var i = 0; i < writers.Count; i++)
        {
            buffer.Clear();
            buffer.EnsureCapacity(previousLengths[i] + Headroom);
            writers[i].Write(documents, buffer);
            if (AtomicFile.HasContent(paths[i], buffer.WrittenBytes))
            {
                rendered.Add(new RenderedDocument(paths[i], null));
            }
            else
            {
                rendered.Add(new RenderedDocument(paths[i], buffer.WrittenBytes));
                buffer = new DocumentBuffer(); // the changed bytes stay in the old one until written
            }
        }

        return rendered;
    }

    private static int FileLength(string path)
    {
        try
        {
            var file = new FileInfo(path);
            return file.Exists ? (int)Math.Min(file.Length, int.MaxValue) : 0;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return 0; // only a size hint
        }
    }
}
