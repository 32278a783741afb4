using System;
using System.IO;
using System.Linq;
using System.Text;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>
/// A document goes to its sink chunk by chunk as it renders: compared with the file it replaces while they match,
/// written to a temporary file from the first difference. Small chunks and a small read block, so every case crosses
/// many chunk and block boundaries.
/// </summary>
public sealed class DocumentFileSinkTests : IDisposable
{
    private static readonly Encoding Utf8 = new UTF8Encoding(false);
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static string LongText(char changeAt = '\0', int at = -1)
    {
        var text = new StringBuilder();
        for (var i = 0; i < 400; i++) text.Append("row ").Append(i).Append(": naïve café\n");
        if (at >= 0) text[at] = changeAt;
        return text.ToString();
    }

    /// <summary>Renders <paramref name="text"/> through a buffer of 16-byte chunks into a sink for <paramref name="path"/>.</summary>
    private static (bool Changed, string? TemporaryPath, Exception? Failure) Render(string path, string text)
    {
        using var sink = new DocumentFileSink(path, new byte[7]);
        var buffer = new DocumentBuffer(16, 64);
        buffer.Clear(sink);
        for (var at = 0; at < text.Length; at += 5)
        {
            buffer.Append(text, at, Math.Min(5, text.Length - at));
        }

        buffer.Flush();
        return sink.Finish();
    }

    [Fact]
    public void A_document_with_no_file_yet_goes_whole_to_a_temporary_file_and_the_path_stays_empty()
    {
        var path = _temp.Combine("Register.json");
        var text = LongText();

        var (changed, temporary, failure) = Render(path, text);

        Assert.True(changed);
        Assert.Null(failure);
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(temporary!));
        Assert.Equal(_temp.Path, Path.GetDirectoryName(temporary));
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void A_document_the_file_already_holds_is_unchanged_and_nothing_is_written()
    {
        var path = _temp.Combine("Register.json");
        var text = LongText();
        File.WriteAllBytes(path, Utf8.GetBytes(text));
        var written = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        var (changed, temporary, failure) = Render(path, text);

        Assert.False(changed);
        Assert.Null(temporary);
        Assert.Null(failure);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));
    }

    [Theory]
    [InlineData(0)] // in the first chunk
    [InlineData(3_000)] // after many chunks matched: the matched beginning is copied from the old file
    [InlineData(7_000)] // in the last rows
    public void A_document_that_differs_anywhere_is_written_whole(int at)
    {
        var path = _temp.Combine("Register.json");
        var old = LongText();
        File.WriteAllBytes(path, Utf8.GetBytes(old));
        var text = LongText('#', at);

        var (changed, temporary, _) = Render(path, text);

        Assert.True(changed);
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(temporary!));
        Assert.Equal(Utf8.GetBytes(old), File.ReadAllBytes(path)); // the old file is untouched until the commit
    }

    [Fact]
    public void A_document_that_is_the_beginning_of_the_old_file_or_longer_than_it_is_changed()
    {
        var path = _temp.Combine("Register.json");
        var text = LongText();
        File.WriteAllBytes(path, Utf8.GetBytes(text + "one more row\n"));

        var shorter = Render(path, text);

        Assert.True(shorter.Changed);
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(shorter.TemporaryPath!));

        File.WriteAllBytes(path, Utf8.GetBytes(text.Substring(0, 5_000)));

        var longer = Render(path, text);

        Assert.True(longer.Changed);
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(longer.TemporaryPath!));
    }

    [Fact]
    public void An_empty_document_matches_an_empty_file_and_is_written_as_an_empty_file_when_there_is_none()
    {
        var empty = _temp.Combine("empty.csv");
        File.WriteAllBytes(empty, Array.Empty<byte>());

        Assert.False(Render(empty, "").Changed);

        var missing = Render(_temp.Combine("missing.csv"), "");

        Assert.True(missing.Changed);
        Assert.Empty(File.ReadAllBytes(missing.TemporaryPath!));
    }

    [Fact]
    public void A_document_that_cannot_be_written_reports_why_and_leaves_no_temporary_file()
    {
        var file = _temp.Combine("not-a-folder");
        File.WriteAllText(file, "x");

        var (changed, temporary, failure) = Render(Path.Combine(file, "Register.json"), LongText());

        Assert.True(changed);
        Assert.Null(temporary);
        Assert.IsAssignableFrom<IOException>(failure);
        Assert.Equal(new[] { file }, Directory.GetFiles(_temp.Path));
    }

    [Fact]
    public void A_sink_left_unfinished_when_rendering_fails_deletes_its_temporary_file()
    {
        var path = _temp.Combine("Register.json");
        File.WriteAllText(path, "previous");

        using (var sink = new DocumentFileSink(path, new byte[7]))
        {
            var buffer = new DocumentBuffer(16, 64);
            buffer.Clear(sink);
            buffer.Append(LongText(), 0, 10).Append(LongText(), 10, 10); // the first chunk differs: a temporary file is being written
            Assert.Equal(2, Directory.GetFiles(_temp.Path).Length);
        }

        Assert.Equal(new[] { path }, Directory.GetFiles(_temp.Path));
        Assert.Equal("previous", File.ReadAllText(path));
    }

    [Fact]
    public void A_buffer_with_a_sink_holds_one_chunk_and_counts_every_byte()
    {
        var path = _temp.Combine("Register.json");
        var text = LongText();
        using var sink = new DocumentFileSink(path, new byte[7]);
        var buffer = new DocumentBuffer(16, 64);
        buffer.Clear(sink);

        for (var at = 0; at < text.Length; at += 5)
        {
            buffer.Append(text, at, Math.Min(5, text.Length - at));
        }

        Assert.Equal(Utf8.GetByteCount(text), buffer.Length);
        Assert.Single(buffer.Segments);
        Assert.InRange(buffer.Segments[0].Count, 1, 16); // the rest went to the sink chunk by chunk
        Assert.Equal(16, buffer.Segments[0].Array!.Length); // and the first chunk was all it needed
        buffer.Flush();
        Assert.Equal(Utf8.GetBytes(text), File.ReadAllBytes(sink.Finish().TemporaryPath!));
    }
}
