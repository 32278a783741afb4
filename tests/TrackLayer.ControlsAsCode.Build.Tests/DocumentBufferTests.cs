using System;
using System.Globalization;
using System.Linq;
using System.Text;
using TrackLayer.ControlsAsCode.Build.Tests.Infrastructure;
using TrackLayer.ControlsAsCode.Build.Writing;
using TrackLayer.ControlsAsCode.Build.Writing.Layouts;

namespace TrackLayer.ControlsAsCode.Build.Tests;

/// <summary>
/// The buffer documents are rendered into must give exactly the bytes the writers gave when they built a string and
/// encoded it whole: same UTF-8, same U+FFFD for a lone surrogate, whatever the length of the text or where it is cut.
/// </summary>
public sealed class DocumentBufferTests
{
    private static readonly Encoding WholeText = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    public static TheoryData<string> Texts => new()
    {
        "",
        "plain",
        "Größe",
        "emoji 😀 pair",
        "lone high \uD800 surrogate",
        "lone low \uDC00 surrogate",
        "ends with a high surrogate \uD83D",
        "\uDE00 starts with a low surrogate",
        new string('a', 31) + "é", // the short path, its last character not ASCII
        new string('a', 40) + "😀" + new string('b', 40), // the long path
        string.Concat(Enumerable.Repeat("ünïcødé 😀 \u2028 ", 500)),
    };

    [Theory]
    [MemberData(nameof(Texts))]
    public void Appended_text_is_encoded_as_encoding_the_whole_text_would(string text)
    {
        var buffer = new DocumentBuffer(16, 64);

        buffer.Append("<").Append(text).Append(">");

        Assert.Equal(WholeText.GetBytes("<" + text + ">"), buffer.ToArray());
    }

    [Theory]
    [MemberData(nameof(Texts))]
    public void A_run_cut_at_ASCII_characters_is_encoded_as_the_whole_text_would(string text)
    {
        var marked = "a|" + text + "|b";
        var buffer = new DocumentBuffer(16, 64);

        var start = 0;
        for (var bar = marked.IndexOf('|'); bar >= 0; bar = marked.IndexOf('|', bar + 1))
        {
            buffer.Append(marked, start, bar - start).Append('/');
            start = bar + 1;
        }

        buffer.Append(marked, start, marked.Length - start);

        Assert.Equal(WholeText.GetBytes(marked.Replace('|', '/')), buffer.ToArray());
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(-1)]
    [InlineData(10)]
    [InlineData(1234567890)]
    [InlineData(int.MaxValue)]
    [InlineData(int.MinValue)]
    public void Numbers_are_invariant_decimal_digits(int value) =>
        Assert.Equal(value.ToString(CultureInfo.InvariantCulture), Rendered.Text(buffer => buffer.Append(value)));

    [Fact]
    public void Grows_as_needed_and_keeps_what_was_written()
    {
        var buffer = new DocumentBuffer(16, 64);
        var text = string.Concat(Enumerable.Range(0, 20_000).Select(i => i.ToString(CultureInfo.InvariantCulture) + ";"));

        buffer.Append("start ").Append(text);
        buffer.Append(' ', 3).Append(42);

        Assert.Equal("start " + text + "   42", buffer.ToString());
        Assert.Equal(Encoding.UTF8.GetByteCount(buffer.ToString()), buffer.Length);
    }

    [Fact]
    public void Small_appends_fill_chunk_after_chunk_without_losing_or_reordering_a_byte()
    {
        var buffer = new DocumentBuffer(16, 64);
        var expected = new StringBuilder();
        for (var i = 0; i < 2_000; i++)
        {
            buffer.Append(i).Append(',').Append("é", 0, 1).Append('-', i % 5);
            expected.Append(i.ToString(CultureInfo.InvariantCulture)).Append(',').Append('é').Append('-', i % 5);
        }

        Assert.True(buffer.Segments.Count > 10);
        Assert.Equal(WholeText.GetBytes(expected.ToString()), buffer.Segments.SelectMany(s => s).ToArray());
        Assert.Equal(buffer.Length, buffer.Segments.Sum(s => s.Count));
    }

    [Fact]
    public void A_cleared_buffer_reuses_its_chunks_and_gives_only_the_new_document()
    {
        var buffer = new DocumentBuffer(16, 64);
        buffer.Append(new string('a', 500)).Append(new string('b', 100)); // strings longer than a chunk get one of their own
        var chunks = buffer.Segments.Select(s => s.Array).ToList();

        buffer.Clear();
        buffer.Append(new string('c', 300));

        Assert.Equal(new string('c', 300), buffer.ToString());
        Assert.All(buffer.Segments, segment => Assert.Contains(segment.Array, chunks));
    }

    [Fact]
    public void Clear_starts_a_new_document_in_the_same_buffer()
    {
        var buffer = new DocumentBuffer(16, 64);
        buffer.Append("first document, longer than the second");

        buffer.Clear();
        buffer.Append("second");

        Assert.Equal("second", buffer.ToString());
        Assert.Equal(6, buffer.Length);
    }

    [Theory]
    [InlineData("a|😀|b", "a\\|😀\\|b")]
    [InlineData("x\uD800<y", "x\uD800&lt;y")]
    [InlineData("😀\r\n😀", "😀<br>😀")]
    public void Markdown_escapes_keep_surrogates_whole(string input, string expected) =>
        Assert.Equal(WholeText.GetBytes(expected), Bytes(buffer => MarkdownText.Append(buffer, input)));

    [Theory]
    [InlineData("😀<😀>\uDC00\"", "😀&lt;😀&gt;\uDC00&quot;")]
    [InlineData("tab\tbell\u0007 é", "tab\tbell é")]
    public void Html_escapes_keep_surrogates_whole(string input, string expected) =>
        Assert.Equal(WholeText.GetBytes(expected), Bytes(buffer => HtmlText.Append(buffer, input)));

    [Fact]
    public void Csv_joins_a_cells_lines_in_one_quoted_field()
    {
        Assert.Equal("\"a\nb \"\"c\"\"\"", Rendered.Text(buffer => CsvText.Append(buffer, new Cell(new[] { "a", "b \"c\"" }))));
        Assert.Equal("\"'=1\n2\"", Rendered.Text(buffer => CsvText.Append(buffer, new Cell(new[] { "=1", "2" }))));
        Assert.Equal("\"\nx\"", Rendered.Text(buffer => CsvText.Append(buffer, new Cell(new[] { "", "x" }))));
        Assert.Equal("", Rendered.Text(buffer => CsvText.Append(buffer, new Cell(Array.Empty<string>()))));
        Assert.Equal("", Rendered.Text(buffer => CsvText.Append(buffer, new Cell(""))));
        Assert.Equal("'-😀", Rendered.Text(buffer => CsvText.Append(buffer, "-😀")));
    }

    [Fact]
    public void Json_strings_keep_pairs_and_escape_lone_surrogates_separators_and_controls()
    {
        var text = Rendered.Text(buffer =>
        {
            var json = new JsonTextWriter(buffer);
            json.StartObject();
            json.String("pair", "a😀b");
            json.String("lone", "x\uD800y\uDC00");
            json.String("separators", "\u2028\u2029");
            json.String("controls", "\u0000\u001f\"\\");
            json.Number("n", -12);
            json.EndObject();
            json.EndDocument();
        });

        Assert.Equal(
            "{\n  \"pair\": \"a😀b\",\n  \"lone\": \"x\\ud800y\\udc00\",\n  \"separators\": \"\\u2028\\u2029\",\n" +
            "  \"controls\": \"\\u0000\\u001f\\\"\\\\\",\n  \"n\": -12\n}\n",
            text);
    }

    private static byte[] Bytes(Action<DocumentBuffer> write)
    {
        var buffer = new DocumentBuffer(16, 64);
        write(buffer);
        return buffer.ToArray();
    }
}
