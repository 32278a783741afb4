using System;
using System.IO;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// Replaces a file in one step: the new content goes to a temporary file in the same folder (same volume, so the
/// final step is a rename), which then takes the old file's place. A reader never sees half a document, and when
/// anything fails the previous document stays as it was.
/// </summary>
internal static class AtomicFile
{
    /// <summary>UTF-8 without a byte order mark: the same bytes on every OS, and what diff tools and JSON parsers expect.</summary>
    public static readonly Encoding Utf8NoBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <paramref name="text"/> to <paramref name="path"/> unless the file already holds exactly those bytes, in
    /// which case it is not touched at all (its timestamp stays, so nothing downstream sees a change). Returns whether
    /// the file was written. Throws like <see cref="WriteAllText"/>.
    /// </summary>
    public static bool WriteIfChanged(string path, string text)
    {
        var fullPath = Path.GetFullPath(path);
        var bytes = Utf8NoBom.GetBytes(text);
        if (File.Exists(fullPath) && SameBytes(fullPath, bytes))
        {
            return false;
        }

        Write(fullPath, bytes);
        return true;
    }

    /// <summary>Writes <paramref name="text"/> to <paramref name="path"/>. Throws IOException or UnauthorizedAccessException on failure, after cleaning up.</summary>
    public static void WriteAllText(string path, string text) => Write(Path.GetFullPath(path), Utf8NoBom.GetBytes(text));

    private static bool SameBytes(string path, byte[] bytes)
    {
        var info = new FileInfo(path);
        if (info.Length != bytes.Length) return false;
        var existing = File.ReadAllBytes(path);
#if NETCOREAPP
        return existing.AsSpan().SequenceEqual(bytes); // vectorised: registers run to tens of megabytes
#else
        for (var i = 0; i < bytes.Length; i++)
        {
            if (existing[i] != bytes[i]) return false;
        }

        return true;
#endif
    }

    private static void Write(string fullPath, byte[] bytes)
    {
        var directory = Path.GetDirectoryName(fullPath)!;
        Directory.CreateDirectory(directory);

        // Hidden-ish, unique name beside the target: parallel builds writing the same folder do not collide.
        var temporary = Path.Combine(directory, "." + Path.GetFileName(fullPath) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            File.WriteAllBytes(temporary, bytes);
            Replace(temporary, fullPath);
        }
        catch
        {
            TryDelete(temporary);
            throw;
        }
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

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException || e is UnauthorizedAccessException)
        {
            // Best effort: a stray temporary file is harmless, and the original failure is the one to report.
        }
    }
}
