using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// A document being rendered, held as UTF-8 bytes in chunks that the writers append to directly. A register of tens of
/// thousands of rows used to be built in a StringBuilder, copied into a string and encoded into a third copy; this
/// holds it once, and never copies it as it grows: a growing array copied megabytes into memory the process had not
/// touched, on every first build, and left the old arrays to the garbage collector. A render lane reuses one buffer,
/// chunks included, for all its documents.
/// </summary>
/// <remarks>
/// <para>
/// Given a <see cref="DocumentFileSink"/> (<see cref="Clear(DocumentFileSink)"/>), the buffer hands each chunk to it
/// as it fills and reuses that chunk: it then holds one chunk of the document at a time (how the task renders).
/// Without one it keeps the whole document (tests and benchmarks read it back).
/// </para>
/// <para>
/// Every string is encoded in one piece, into one chunk (writers cut declared text only at ASCII characters they
/// escape), so a surrogate pair is never split and a lone surrogate becomes U+FFFD, exactly as encoding the whole
/// document did.
/// </para>
/// </remarks>
internal sealed class DocumentBuffer
{
    /// <summary>UTF-8 without a byte order mark: the same bytes on every OS, and what diff tools and JSON parsers expect.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The first chunk: every document but the registers of big projects fits, off the large object heap.</summary>
    public const int DefaultFirstChunkSize = 64 * 1024;

    /// <summary>Every later chunk (or larger, for one longer string): a register of megabytes is a few dozen chunks.</summary>
    public const int DefaultChunkSize = 1024 * 1024;

    // Below this many characters a plain loop beats the encoder's call overhead; above, its vectorised ASCII path wins.
    private const int ShortText = 32;

    private readonly int _chunkSize;
    private readonly List<byte[]> _chunks = new(); // every chunk this buffer has, kept by Clear for the next document
    private readonly List<int> _filled = new(); // the bytes written in each chunk before the current one
    private byte[] _bytes; // the current chunk, _chunks[_filled.Count]
    private int _length; // the bytes written in the current chunk
    private int _before; // the bytes written in the chunks before it
    private DocumentFileSink? _sink; // takes each chunk as it fills; null: the buffer keeps every chunk
    private int _sent; // the bytes handed to the sink

    public DocumentBuffer(int firstChunkSize = DefaultFirstChunkSize, int chunkSize = DefaultChunkSize)
    {
        _chunkSize = Math.Max(chunkSize, 16);
        _bytes = new byte[Math.Max(firstChunkSize, 16)];
        _chunks.Add(_bytes);
    }

    /// <summary>The number of bytes written (those handed to a sink included).</summary>
    public int Length => _sent + _before + _length;

    /// <summary>
    /// The bytes written so far and not handed to a sink, in order (views of the chunks, valid until the next append or
    /// <see cref="Clear()"/>).
    /// </summary>
    public IReadOnlyList<ArraySegment<byte>> Segments
    {
        get
        {
            var segments = new ArraySegment<byte>[_filled.Count + 1];
            for (var i = 0; i < _filled.Count; i++)
            {
                segments[i] = new ArraySegment<byte>(_chunks[i], 0, _filled[i]);
            }

            segments[_filled.Count] = new ArraySegment<byte>(_bytes, 0, _length);
            return segments;
        }
    }

    /// <summary>Starts over, keeping the chunks for the next document.</summary>
    public void Clear() => Clear(null);

    /// <summary>
    /// Starts over for a document whose bytes go to <paramref name="sink"/> as each chunk fills (null: kept in the
    /// buffer); <see cref="Flush"/> hands over the rest.
    /// </summary>
    public void Clear(DocumentFileSink? sink)
    {
        _filled.Clear();
        _bytes = _chunks[0];
        _length = 0;
        _before = 0;
        _sent = 0;
        _sink = sink;
    }

    /// <summary>Hands what the sink has not had yet to it (without a sink, does nothing).</summary>
    public void Flush()
    {
        if (_sink is null) return;
        _sink.Accept(_bytes, _length);
        _sent += _length;
        _length = 0;
    }

    /// <summary>The bytes written, as one new array (tests and messages; the task hands its chunks to a sink).</summary>
    public byte[] ToArray()
    {
        var bytes = new byte[Length];
        var at = 0;
        foreach (var segment in Segments)
        {
            Buffer.BlockCopy(segment.Array!, segment.Offset, bytes, at, segment.Count);
            at += segment.Count;
        }

        return bytes;
    }

    /// <summary>Appends text as UTF-8; null appends nothing.</summary>
    public DocumentBuffer Append(string? text) => text is null ? this : Append(text, 0, text.Length);

    /// <summary>Appends <paramref name="count"/> characters of <paramref name="text"/> from <paramref name="start"/> as UTF-8.</summary>
    [MethodImpl(HotPath.Optimized)]
    public DocumentBuffer Append(string text, int start, int count)
    {
        if (count <= 0) return this;
        Reserve(count * 3); // UTF-8 takes at most three bytes per UTF-16 character (four per surrogate pair)
        if (count >= ShortText)
        {
            _length += Utf8.GetBytes(text, start, count, _bytes, _length);
            return this;
        }

        var bytes = _bytes;
        var at = _length;
        var end = start + count;
        for (var i = start; i < end; i++)
        {
            var c = text[i];
            if (c >= 0x80)
            {
                // The rest in one call: it may hold surrogate pairs, and the encoder handles them whole.
                at += Utf8.GetBytes(text, i, end - i, bytes, at);
                break;
            }

            bytes[at++] = (byte)c;
        }

        _length = at;
        return this;
    }

    /// <summary>Appends an ASCII character (markup and separators; declared text goes through <see cref="Append(string)"/>).</summary>
    [MethodImpl(HotPath.Optimized)]
    public DocumentBuffer Append(char ascii)
    {
        Debug.Assert(ascii < 0x80, "Only ASCII characters are appended one at a time.");
        Reserve(1);
        _bytes[_length++] = (byte)ascii;
        return this;
    }

    /// <summary>Appends an ASCII character <paramref name="repeat"/> times (indentation).</summary>
    [MethodImpl(HotPath.Optimized)]
    public DocumentBuffer Append(char ascii, int repeat)
    {
        Debug.Assert(ascii < 0x80, "Only ASCII characters are appended one at a time.");
        if (repeat <= 0) return this;
        Reserve(repeat);
        for (var i = 0; i < repeat; i++)
        {
            _bytes[_length++] = (byte)ascii;
        }

        return this;
    }

    /// <summary>Appends a number in invariant decimal digits, as <c>value.ToString(CultureInfo.InvariantCulture)</c> would.</summary>
    [MethodImpl(HotPath.Optimized)]
    public DocumentBuffer Append(int value)
    {
        Reserve(11); // "-2147483648"
        var magnitude = value < 0 ? (uint)-(long)value : (uint)value;
        if (value < 0) _bytes[_length++] = (byte)'-';
        var digits = 1;
        for (var rest = magnitude / 10; rest > 0; rest /= 10) digits++;
        for (var i = _length + digits - 1; i >= _length; i--)
        {
            _bytes[i] = (byte)('0' + magnitude % 10);
            magnitude /= 10;
        }

        _length += digits;
        return this;
    }

    /// <summary>The text written so far (tests and messages; the task hands its chunks to a sink).</summary>
    public override string ToString() => Utf8.GetString(ToArray());

    private void Reserve(int count)
    {
        if (_bytes.Length - _length >= count) return;
        NextChunk(count);
    }

    /// <summary>
    /// Continues in the next chunk (a kept one when large enough), leaving the rest of this one unused; with a sink,
    /// hands this chunk over and continues in it.
    /// </summary>
    private void NextChunk(int count)
    {
        if (_sink is not null)
        {
            Flush();
            if (_bytes.Length < count)
            {
                // One string longer than the chunk: a larger chunk, kept for the next documents.
                _bytes = new byte[count];
                _chunks[0] = _bytes;
            }

            return;
        }

        _filled.Add(_length);
        _before += _length;
        _length = 0;
        var next = _filled.Count;
        if (next < _chunks.Count && _chunks[next].Length >= count)
        {
            _bytes = _chunks[next];
            return;
        }

        _bytes = new byte[Math.Max(_chunkSize, count)];
        if (next < _chunks.Count)
        {
            _chunks[next] = _bytes;
        }
        else
        {
            _chunks.Add(_bytes);
        }
    }
}
