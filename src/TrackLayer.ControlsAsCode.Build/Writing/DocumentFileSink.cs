using System;
using System.IO;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Takes one document's bytes piece by piece as it is rendered (a <see cref="DocumentBuffer"/> hands over each chunk as
/// it fills): while they match the file at the document's path it only compares them, and from the first difference
/// (at once, when there is no file) it writes them to a temporary file beside it, copying the matched beginning from the
/// old file. So a register of tens of megabytes never sits in memory whole: a render lane holds one chunk at a time,
/// and on a first build, when every byte is new, nothing large is allocated for the garbage collector to trace.
/// </summary>
/// <remarks>
/// Nothing at the document's path changes here: <see cref="Finish"/> says whether the document changed and where its
/// new bytes wait (<see cref="AtomicFile.Commit"/> moves them into place). Disposing an unfinished sink (the writer
/// threw) deletes its temporary file.
/// </remarks>
internal sealed class DocumentFileSink : IDisposable
{
    private readonly string _path;
    private readonly byte[] _block;
    private FileStream? _previous; // the file being replaced, while the new bytes match it
    private long _matched; // how many bytes matched it so far
    private FileStream? _temporary; // from the first difference on
    private string? _temporaryPath;
    private Exception? _failure;

    /// <param name="path">The document's full path.</param>
    /// <param name="block">A block to read the previous file through (one per render lane, reused).</param>
    public DocumentFileSink(string path, byte[] block)
    {
        _path = path;
        _block = block;
        _previous = AtomicFile.OpenToCompare(path);
    }

    /// <summary>The next <paramref name="count"/> bytes of the document.</summary>
    public void Accept(byte[] bytes, int count)
    {
        if (count <= 0 || _failure is not null)
        {
            return;
        }

        try
        {
            if (_previous is not null)
            {
                if (AtomicFile.ReadsAs(_previous, bytes, 0, count, _block))
                {
                    _matched += count;
                    return;
                }

                StartWriting();
            }

            (_temporary ?? StartWriting()).Write(bytes, 0, count);
        }
        catch (Exception e) when (RenderedDocument.IsWriteFailure(e))
        {
            Fail(e);
        }
    }

    /// <summary>
    /// Ends the document (every byte accepted): whether it differs from the file that was at its path, where its new
    /// bytes wait when it does (null when it does not, or when they could not be written), and why they could not be.
    /// The temporary file is the caller's from here on.
    /// </summary>
    public (bool Changed, string? TemporaryPath, Exception? Failure) Finish()
    {
        if (_failure is null)
        {
            try
            {
                if (_previous is not null && _previous.Position == _previous.Length)
                {
                    CloseStreams();
                    return (false, null, null); // every byte matched, and the file has no more
                }

                // The file is missing, longer than the document, or was never read (an empty document).
                var stream = _temporary ?? StartWriting();
                _temporary = null;
                stream.Dispose(); // flushed and closed here, so a failure to write is this document's
            }
            catch (Exception e) when (RenderedDocument.IsWriteFailure(e))
            {
                Fail(e);
            }
        }

        if (_failure is not null)
        {
            return (true, null, _failure);
        }

        var temporary = _temporaryPath;
        _temporaryPath = null;
        return (true, temporary, null);
    }

    /// <summary>Closes the files; an unfinished document's temporary file is deleted.</summary>
    public void Dispose()
    {
        CloseStreams();
        if (_temporaryPath is not null)
        {
            AtomicFile.Discard(_temporaryPath);
            _temporaryPath = null;
        }
    }

    /// <summary>Opens the temporary file and copies into it the beginning that matched the previous file.</summary>
    private FileStream StartWriting()
    {
        _temporary = AtomicFile.CreateTemporary(_path, out var temporaryPath);
        _temporaryPath = temporaryPath;
        if (_previous is not null)
        {
            _previous.Position = 0;
            for (var left = _matched; left > 0;)
            {
                var read = _previous.Read(_block, 0, (int)Math.Min(_block.Length, left));
                if (read <= 0)
                {
                    throw new IOException("'" + _path + "' changed while it was compared with the new document.");
                }

                _temporary.Write(_block, 0, read);
                left -= read;
            }

            _previous.Dispose();
            _previous = null;
        }

        return _temporary;
    }

    private void Fail(Exception e)
    {
        _failure = e;
        Dispose(); // the document is not written: its temporary file goes now, not at the end of the build
    }

    private void CloseStreams()
    {
        _previous?.Dispose();
        _previous = null;
        _temporary?.Dispose();
        _temporary = null;
    }
}
