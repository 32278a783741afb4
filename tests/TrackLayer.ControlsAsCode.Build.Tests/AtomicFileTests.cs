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

    [Fact]
    public void Replaces_an_existing_file_with_utf8_without_bom()
    {
        var path = _temp.Combine("doc.md");
        File.WriteAllText(path, "old");

        AtomicFile.WriteAllText(path, "néw\n");

        Assert.Equal(new byte[] { (byte)'n', 0xC3, 0xA9, (byte)'w', (byte)'\n' }, File.ReadAllBytes(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Creates_the_folder_when_missing()
    {
        var path = _temp.Combine("a", "b", "doc.json");

        AtomicFile.WriteAllText(path, "{}\n");

        Assert.Equal("{}\n", File.ReadAllText(path));
    }

    [Fact]
    public void A_failed_write_leaves_no_temporary_file_and_the_other_documents_untouched()
    {
        var blocked = _temp.Combine("blocked.json");
        Directory.CreateDirectory(blocked);
        var previous = _temp.Combine("previous.md");
        File.WriteAllText(previous, "previous");

        Assert.ThrowsAny<IOException>(() => AtomicFile.WriteAllText(blocked, "new"));

        Assert.Equal("previous", File.ReadAllText(previous));
        Assert.Equal(new[] { previous }, Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void Writes_only_the_given_part_of_a_buffer()
    {
        var path = _temp.Combine("part.md");

        AtomicFile.Write(path, new ArraySegment<byte>(new byte[] { 1, 2, 3, 4, 5 }, 1, 3));

        Assert.Equal(new byte[] { 2, 3, 4 }, File.ReadAllBytes(path));
    }

    [Fact]
    public void HasContent_compares_every_byte_of_a_document_larger_than_one_read()
    {
        var path = _temp.Combine("register.json");
        var bytes = new byte[300_000];
        new Random(7).NextBytes(bytes);
        File.WriteAllBytes(path, bytes);

        Assert.True(AtomicFile.HasContent(path, new ArraySegment<byte>(bytes)));
        Assert.True(AtomicFile.HasContent(path, new ArraySegment<byte>(new byte[] { 9 }.Concat(bytes).ToArray(), 1, bytes.Length)));

        bytes[bytes.Length - 1] ^= 1;
        Assert.False(AtomicFile.HasContent(path, new ArraySegment<byte>(bytes)));
        bytes[0] ^= 1;
        bytes[bytes.Length - 1] ^= 1;
        Assert.False(AtomicFile.HasContent(path, new ArraySegment<byte>(bytes)));
        Assert.False(AtomicFile.HasContent(path, new ArraySegment<byte>(bytes, 0, bytes.Length - 1)));
    }

    [Fact]
    public void Content_in_pieces_is_written_and_compared_as_the_whole_would_be()
    {
        var path = _temp.Combine("pieces.json");
        var bytes = Enumerable.Range(0, 200_000).Select(i => (byte)(i * 7)).ToArray();
        var pieces = new[]
        {
            new ArraySegment<byte>(bytes, 0, 70_000), new ArraySegment<byte>(bytes, 70_000, 0), new ArraySegment<byte>(bytes, 70_000, 130_000),
        };

        AtomicFile.Write(path, pieces);

        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.True(AtomicFile.HasContent(path, pieces));
        Assert.True(AtomicFile.HasContent(path, new ArraySegment<byte>(bytes)));
        var changed = (byte[])bytes.Clone();
        changed[150_000] ^= 1;
        Assert.False(AtomicFile.HasContent(path, new[] { new ArraySegment<byte>(changed, 0, 70_000), new ArraySegment<byte>(changed, 70_000, 130_000) }));
        Assert.False(AtomicFile.HasContent(path, new[] { new ArraySegment<byte>(bytes, 0, 70_000) }));
    }

    [Fact]
    public void HasContent_is_false_for_a_missing_file_a_folder_and_an_empty_file_against_content()
    {
        var folder = _temp.Combine("folder.md");
        Directory.CreateDirectory(folder);
        var empty = _temp.Combine("empty.md");
        File.WriteAllBytes(empty, Array.Empty<byte>());

        Assert.False(AtomicFile.HasContent(_temp.Combine("missing.md"), new ArraySegment<byte>(new byte[] { 1 })));
        Assert.False(AtomicFile.HasContent(_temp.Combine("missing.md"), new ArraySegment<byte>(Array.Empty<byte>())));
        Assert.False(AtomicFile.HasContent(folder, new ArraySegment<byte>(new byte[] { 1 })));
        Assert.False(AtomicFile.HasContent(empty, new ArraySegment<byte>(new byte[] { 1 })));
        Assert.True(AtomicFile.HasContent(empty, new ArraySegment<byte>(Array.Empty<byte>())));
    }
}
