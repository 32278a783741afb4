using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading.Tasks;
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
    /// soon as it is rendered. An unchanged document is dropped and its buffer reused for the next one; only changed
    /// documents are kept, until they are written. Nothing is written here: a rendering bug then leaves every previous
    /// document in place.
    /// </summary>
    /// <remarks>
    /// Two lanes render at once: the JSON documents, and the Markdown, HTML and CSV ones (which share each document's
    /// layout, so it is built once, in one lane). A build runs the task once, in a process that has compiled little of
    /// it yet: the two lanes also compile their writers in parallel. Each document's bytes depend only on the document
    /// set, so the output is the same as rendering them one after another.
    /// </remarks>
    public static IReadOnlyList<RenderedDocument> RenderAll(ComplianceDocumentSet documents, string outputDirectory)
    {
        var writers = DocumentWriters.All;
        var rendered = new RenderedDocument[writers.Count];
        var json = new List<int>();
        var layouts = new List<int>();
        for (var i = 0; i < writers.Count; i++)
        {
            (writers[i].FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? json : layouts).Add(i);
        }

        try
        {
            Parallel.Invoke(
                () => RenderLane(documents, outputDirectory, layouts, rendered),
                () => RenderLane(documents, outputDirectory, json, rendered));
        }
        catch (AggregateException e) when (e.InnerExceptions.Count > 0)
        {
            ExceptionDispatchInfo.Capture(e.InnerExceptions[0]).Throw(); // as if rendered on this thread
        }

        return rendered;
    }

    /// <summary>
    /// Writes every changed document (each atomically: a temporary file, then a rename), two at a time: the registers
    /// run to megabytes and the files are independent. Only called once every document has rendered. Returns, per
    /// document, why it could not be written (null when it was, or did not need to be), in the documents' order, so the
    /// task reports failures in the same order however the writes interleave.
    /// </summary>
    public static Exception?[] WriteChanged(IReadOnlyList<RenderedDocument> documents)
    {
        var failures = new Exception?[documents.Count];
        Parallel.For(0, documents.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            if (documents[i].ChangedBytes is not { } bytes)
            {
                return;
            }

            try
            {
                AtomicFile.Write(documents[i].Path, bytes);
            }
            catch (Exception e) when (e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException)
            {
                failures[i] = e;
            }
        });

        return failures;
    }

    private static void RenderLane(ComplianceDocumentSet documents, string outputDirectory, List<int> lane, RenderedDocument[] rendered)
    {
        var writers = DocumentWriters.All;
        var paths = new string[lane.Count];
        var previousLengths = new int[lane.Count];
        for (var k = 0; k < lane.Count; k++)
        {
            paths[k] = System.IO.Path.GetFullPath(System.IO.Path.Combine(outputDirectory, writers[lane[k]].FileName));
            previousLengths[k] = FileLength(paths[k]);
        }

        // A document usually comes out the size it had last time. The shared buffer starts as large as the largest, and
        // a fresh one (after a changed document) gets room for the next document, so no buffer grows while rendering:
        // each growth would copy megabytes and leave the old array to the garbage collector.
        var buffer = new DocumentBuffer((previousLengths.Length == 0 ? 0 : previousLengths.Max()) + Headroom);
        for (var k = 0; k < lane.Count; k++)
        {
            buffer.Clear();
            buffer.EnsureCapacity(previousLengths[k] + Headroom);
            writers[lane[k]].Write(documents, buffer);
            // The lane read each file's length before rendering: a missing file (the first build) or one of another size
            // is different without being opened (opening a missing file throws, milliseconds in a fresh process).
            if (previousLengths[k] == buffer.Length && AtomicFile.HasContent(paths[k], buffer.WrittenBytes))
            {
                rendered[lane[k]] = new RenderedDocument(paths[k], null);
            }
            else
            {
                rendered[lane[k]] = new RenderedDocument(paths[k], buffer.WrittenBytes);
                buffer = new DocumentBuffer(); // the changed bytes stay in the old one until written
            }
        }
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
