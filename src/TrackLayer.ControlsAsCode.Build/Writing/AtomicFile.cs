using System;
using System.IO;
using System.Runtime.CompilerServices;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Replaces a file in one step: the new content goes to a temporary file in the same folder (same volume, so the
/// final step is a rename), which then takes the old file's place. A reader never sees half a document, and when
/// anything fails the previous document stays as it was. <see cref="DocumentFileSink"/> writes and compares through it.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Big enough that comparing a register takes few reads; small enough to stay off the large object heap.</summary>
    public const int CompareBlockSize = 64 * 1024;

    /// <summary>
    /// Creates a new, empty temporary file beside <paramref name="path"/> (same volume, so <see cref="Commit"/> is a
    /// rename) and opens it for writing. The caller writes, closes, and commits or discards it. Throws IOException or
    /// UnauthorizedAccessException when it cannot be created.
    /// </summary>
    public static FileStream CreateTemporary(string path, out string temporary)
    {
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);

        // Hidden-ish, unique name beside the target: parallel builds writing the same folder do not collide.
        temporary = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        // Unbuffered: callers hand over whole chunks, each one write.
        return new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1);
    }

    /// <summary>
    /// Opens the file at <paramref name="path"/> to compare with, or returns null when there is none or it cannot be read
    /// (then it counts as different, and writing it reports any real problem).
    /// </summary>
    public static FileStream? OpenToCompare(string path)
    {
        try
        {
            // Checked first: opening a missing file throws, which costs milliseconds in a fresh process.
            return File.Exists(path)
                ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, bufferSize: 1, FileOptions.SequentialScan)
                : null;
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether the next <paramref name="count"/> bytes of <paramref name="stream"/> are <paramref name="bytes"/>' first
    /// <paramref name="count"/>, read through <paramref name="block"/>. False when the stream ends first.
    /// </summary>
    public static bool ReadsAs(Stream stream, byte[] bytes, int offset, int count, byte[] block)
    {
        for (var done = 0; done < count;)
        {
            var read = stream.Read(block, 0, Math.Min(block.Length, count - done));
            if (read <= 0 || !SameBytes(block, bytes, offset + done, read)) return false;
            done += read;
        }

        return true;
    }

    /// <summary>
    /// The last step: the temporary file takes <paramref name="path"/>'s place in one step. On failure the temporary
    /// file is deleted, the file at <paramref name="path"/> is as it was, and the IOException or
    /// UnauthorizedAccessException is rethrown.
    /// </summary>
    public static void Commit(string temporary, string path)
    {
        try
        {
            Replace(temporary, Path.GetFullPath(path));
        }
        catch
        {
            Discard(temporary);
            throw;
        }
    }

    /// <summary>Deletes a temporary file that will not be committed (best effort: a stray one is harmless).</summary>
    public static void Discard(string temporary)
    {
        try
        {
            File.Delete(temporary);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // The original failure, if any, is the one to report.
        }
    }

    [MethodImpl(HotPath.Optimized)]
    private static bool SameBytes(byte[] block, byte[] bytes, int offset, int count)
    {
#if NETCOREAPP
        return block.AsSpan(0, count).SequenceEqual(bytes.AsSpan(offset, count)); // vectorised: registers run to tens of megabytes
#else
        for (var i = 0; i < count; i++)
        {
            if (block[i] != bytes[offset + i]) return false;
        }

        return true;
#endif
    }

    private static void Replace(string temporary, string target)
    {
#if NETFRAMEWORK
        if (File.Exists(target))
        {
            // ReplaceFile on Windows: atomic, and keeps the target's identity (ACLs) for readers that hold it open.
            File.Replace(temporary, target, destinationBackupFileName: null, ignoreMetadataErrors: true);
        }
        else
        {
            File.Move(temporary, target);
        }
#else
        // rename(2) on Unix, MoveFileEx(MOVEFILE_REPLACE_EXISTING) on Windows: one step either way.
        File.Move(temporary, target, overwrite: true);
#endif
    }
}
