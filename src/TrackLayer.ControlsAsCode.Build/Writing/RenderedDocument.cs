using System;
using System.Collections.Generic;
using System.IO;
using System.Runtime.ExceptionServices;
using System.Threading;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>One document, rendered, compared with the file it is to replace and, when different, written beside it.</summary>
internal sealed class RenderedDocument
{
    private RenderedDocument(string path, bool changed, string? temporaryPath = null, Exception? failure = null)
    {
        Path = path;
        Changed = changed;
        TemporaryPath = temporaryPath;
        Failure = failure;
    }

    /// <summary>The document's full path.</summary>
    public string Path { get; }

    /// <summary>
    /// Where the new bytes wait to take <see cref="Path"/>'s place (see <see cref="CommitAll"/>) when they differ from
    /// the file's; null when the file already holds exactly them, or when they could not be written.
    /// </summary>
    public string? TemporaryPath { get; private set; }

    /// <summary>Why the new bytes could not be written; null when they were, or did not need to be.</summary>
    public Exception? Failure { get; private set; }

    /// <summary>Whether the document differs from the file that was at <see cref="Path"/> (a new or changed document).</summary>
    public bool Changed { get; }

    /// <summary>
    /// Renders every document (in <see cref="DocumentWriters.All"/> order), comparing it with the file at its path as
    /// it renders and writing it, from the first difference, to a temporary file beside it
    /// (<see cref="DocumentFileSink"/>), so each lane holds one chunk of a document at a time and writing overlaps
    /// rendering. No document is replaced here: <see cref="CommitAll"/> does that once every document has rendered,
    /// and a rendering bug deletes the temporary files and leaves every previous document in place.
    /// </summary>
    /// <remarks>
    /// Two lanes render at once: the JSON documents, and the Markdown, HTML and CSV ones (which share each document's
    /// layout, so it is built once, in one lane). A build runs the task once, in a process that has compiled little of
    /// it yet: the two lanes also compile their writers in parallel. Each document's bytes depend only on the document
    /// set, so the output is the same as rendering them one after another.
    /// </remarks>
    public static IReadOnlyList<RenderedDocument> RenderAll(ComplianceDocumentSet documents, string outputDirectory) =>
        RenderAll(documents, outputDirectory, DocumentWriters.All);

    /// <summary>The same with other writers (tests).</summary>
    internal static IReadOnlyList<RenderedDocument> RenderAll(ComplianceDocumentSet documents, string outputDirectory, IReadOnlyList<IComplianceDocumentWriter> writers)
    {
        var rendered = new RenderedDocument[writers.Count];
        var json = new List<int>();
        var layouts = new List<int>();
        for (var i = 0; i < writers.Count; i++)
        {
            (writers[i].FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? json : layouts).Add(i);
        }

        // The second lane gets a thread of its own rather than the thread pool's: after a build MSBuild's process keeps
        // pool threads busy, and work queued there can wait (real builds of 5,000 files: 264-326 ms with Parallel.Invoke
        // and a pooled warm-up, 215-286 ms with dedicated threads).
        Exception? jsonFailure = null;
        var jsonLane = new Thread(() => jsonFailure = RenderLane(documents, outputDirectory, writers, json, rendered))
        {
            IsBackground = true,
            Name = "TrackLayer render lane",
        };
        jsonLane.Start();
        var layoutFailure = RenderLane(documents, outputDirectory, writers, layouts, rendered);
        jsonLane.Join();
        if ((layoutFailure ?? jsonFailure) is { } failure)
        {
            DiscardAll(rendered);
            ExceptionDispatchInfo.Capture(failure).Throw(); // as if rendered on this thread
        }

        return rendered;
    }

    /// <summary>
    /// Moves every changed document's temporary file into place (each a rename). Afterwards <see cref="Failure"/> says,
    /// per document, why it could not be written (a failed write or rename leaves the previous file as it was).
    /// </summary>
    public static void CommitAll(IReadOnlyList<RenderedDocument> documents)
    {
        foreach (var document in documents)
        {
            if (document.TemporaryPath is not { } temporary)
            {
                continue;
            }

            document.TemporaryPath = null;
            try
            {
                AtomicFile.Commit(temporary, document.Path);
            }
            catch (Exception e) when (IsWriteFailure(e))
            {
                document.Failure = e;
            }
        }
    }

    private static void DiscardAll(RenderedDocument?[] rendered)
    {
        foreach (var document in rendered)
        {
            if (document?.TemporaryPath is { } temporary)
            {
                AtomicFile.Discard(temporary);
                document.TemporaryPath = null;
            }
        }
    }

    /// <summary>The exceptions that mean a document could not be written (reported per document), not a bug.</summary>
    internal static bool IsWriteFailure(Exception e) =>
        e is IOException || e is UnauthorizedAccessException || e is ArgumentException || e is NotSupportedException;

    /// <summary>Renders one lane's documents; returns what failed, if anything (the caller discards the lanes' temporary files).</summary>
    private static Exception? RenderLane(
        ComplianceDocumentSet documents, string outputDirectory, IReadOnlyList<IComplianceDocumentWriter> writers, List<int> lane, RenderedDocument[] rendered)
    {
        try
        {
            // One chunk and one read block for the lane, reused from document to document: each document goes to its
            // sink chunk by chunk as it renders (see DocumentFileSink).
            var buffer = new DocumentBuffer();
            var block = new byte[AtomicFile.CompareBlockSize];
            foreach (var index in lane)
            {
                var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(outputDirectory, writers[index].FileName));
                using var sink = new DocumentFileSink(path, block);
                buffer.Clear(sink);
                writers[index].Write(documents, buffer);
                buffer.Flush();
                var (changed, temporary, failure) = sink.Finish();
                rendered[index] = new RenderedDocument(path, changed, temporary, failure);
            }

            return null;
        }
        catch (Exception e)
        {
            return e;
        }
    }
}
