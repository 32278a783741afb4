using System;
using System.IO;
using System.Linq;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;

namespace TrackLayer.ControlsAsCode.Build.Tests;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>Writes <paramref name="text"/> as the task does: rendered into a buffer, through a sink, then committed.</summary>
    private static void Write(string path, string text)
    {
        using var sink = new DocumentFileSink(path, new byte[AtomicFile.CompareBlockSize]);
        var buffer = new DocumentBuffer();
        buffer.Clear(sink);
        buffer.Append(text);
        buffer.Flush();
        var (_, temporary, failure) = sink.Finish();
        if (failure is not null) throw failure;
        AtomicFile.Commit(temporary!, path);
    }

    [Fact]
    public void Replaces_an_existing_file_with_utf8_without_bom()
    {
        var path = _temp.Combine("doc.md");
        File.WriteAllText(path, "old");

        Write(path, "néw\n");

        Assert.Equal(new byte[] { (byte)'n', 0xC3, 0xA9, (byte)'w', (byte)'\n' }, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Creates_the_folder_when_missing()
    {
        var path = _temp.Combine("a", "b", "doc.json");

        Write(path, "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_failed_write_leaves_no_temporary_file_and_the_other_documents_untouched()
    {
        var blocked = _temp.Combine("blocked.json");
        Directory.CreateDirectory(blocked);
        var previous = _temp.Combine("previous.md");
        File.WriteAllText(previous, "previous");

        Assert.ThrowsAny<IOException>(() => Write(blocked, "new"));

        Assert.Equal("previous", File.ReadAllText(previous));
        Assert.Equal(new[] { previous }, Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Compares_only_the_given_part_of_a_buffer()
    {
        var path = _temp.Combine("part.md");
        File.WriteAllBytes(path, new byte[] { 2, 3, 4 });
        using var stream = AtomicFile.OpenToCompare(path)!;

        Assert.True(AtomicFile.ReadsAs(stream, new byte[] { 1, 2, 3, 4, 5 }, 1, 3, new byte[2]));
    }

    [Fact]
    public void ReadsAs_compares_every_byte_of_a_document_larger_than_one_read()
    {
        var path = _temp.Combine("register.json");
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);
        bool Same(byte[] content, int offset, int count)
        {
            using var stream = AtomicFile.OpenToCompare(path)!;
            return AtomicFile.ReadsAs(stream, content, offset, count, new byte[AtomicFile.CompareBlockSize]) && stream.Position == stream.Length;
        }

        Assert.True(Same(bytes, 0, bytes.Length));
        Assert.True(Same(new byte[] { 9 }.Concat(bytes).ToArray(), 1, bytes.Length));

        bytes[bytes.Length - 1] ^= 1;
        Assert.False(Same(bytes, 0, bytes.Length));
        bytes[0] ^= 1;
        bytes[bytes.Length - 1] ^= 1;
        Assert.False(Same(bytes, 0, bytes.Length));
        Assert.False(Same(bytes, 0, bytes.Length - 1));
    }

    [Fact]
    public void Content_in_pieces_is_compared_as_the_whole_would_be()
    {
        var path = _temp.Combine("pieces.json");
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        File.WriteAllBytes(path, bytes);
        var block = new byte[AtomicFile.CompareBlockSize];
        bool SameInPieces(byte[] content, params int[] cuts)
        {
            using var stream = AtomicFile.OpenToCompare(path)!;
            for (var i = 0; i + 1 < cuts.Length; i++)
            {
                if (!AtomicFile.ReadsAs(stream, content, cuts[i], cuts[i + 1] - cuts[i], block)) return false;
            }

            return stream.Position == stream.Length;
        }

        Assert.True(SameInPieces(bytes, 0, 70_000, 70_000, 200_000));
        var changed = (byte[])bytes.Clone();
        changed[150_000] ^= 1;
        Assert.False(SameInPieces(changed, 0, 70_000, 200_000));
        Assert.False(SameInPieces(bytes, 0, 70_000));
    }

    [Fact]
    public void A_missing_file_or_a_folder_is_nothing_to_compare_with_and_an_empty_file_matches_only_empty_content()
    {
        var folder = _temp.Combine("folder.md");
        Directory.CreateDirectory(folder);
        var empty = _temp.Combine("empty.md");
        File.WriteAllBytes(empty, Array.Empty<byte>());

        Assert.Null(AtomicFile.OpenToCompare(_temp.Combine("missing.md")));
        Assert.Null(AtomicFile.OpenToCompare(folder));
        using var stream = AtomicFile.OpenToCompare(empty)!;
        Assert.False(AtomicFile.ReadsAs(stream, new byte[] { 1 }, 0, 1, new byte[4]));
        Assert.True(AtomicFile.ReadsAs(stream, Array.Empty<byte>(), 0, 0, new byte[4]));
    }
}
