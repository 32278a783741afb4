using System;
using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// A document being rendered, held as UTF-8 bytes in one growable array that the writers append to directly. A
/// register of tens of thousands of rows used to be built in a StringBuilder, copied into a string and encoded into a
/// third copy; this holds it once, and the task reuses one buffer for every document that turns out unchanged.
/// </summary>
/// <remarks>
/// Every string is encoded in one piece (writers cut declared text only at ASCII characters they escape), so a
/// surrogate pair is never split and a lone surrogate becomes U+FFFD, exactly as encoding the whole document did.
/// </remarks>
internal sealed class DocumentBuffer
{
    /// <summary>UTF-8 without a byte order mark: the same bytes on every OS, and what diff tools and JSON parsers expect.</summary>
    public static readonly Encoding Utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

    /// <summary>What a buffer starts with when nothing better is known: enough for every document but the registers of big projects.</summary>
    public const int DefaultCapacity = 64 * 1024;

    // Below this many characters a plain loop beats the encoder's call overhead; above, its vectorised ASCII path wins.
    private const int ShortText = 32;

    private byte[] _bytes;
    private int _length;

    public DocumentBuffer(int capacity = DefaultCapacity)
    {
        _bytes = new byte[Math.Max(capacity, 16)];
    }

    /// <summary>The number of bytes written.</summary>
    public int Length => _length;

    /// <summary>The bytes written so far (a view of the buffer, valid until the next append or <see cref="Clear"/>).</summary>
    public ArraySegment<byte> WrittenBytes => new(_bytes, 0, _length);

    /// <summary>Starts over, keeping the memory for the next document.</summary>
    public void Clear() => _length = 0;

    /// <summary>Makes room for <paramref name="capacity"/> bytes in all, so that rendering a document of about that size never grows the buffer.</summary>
    public void EnsureCapacity(int capacity)
    {
        if (capacity > _bytes.Length) Resize(capacity);
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

    /// <summary>The text written so far (tests and messages; the task writes <see cref="WrittenBytes"/>).</summary>
    public override string ToString() => Utf8.GetString(_bytes, 0, _length);

    private void Reserve(int count)
    {
        if (_bytes.Length - _length >= count) return;
        Resize((int)Math.Min(Math.Max(_bytes.Length * 2L, (long)_length + count), int.MaxValue));
    }

    /// <summary>A new array of <paramref name="capacity"/> bytes holding what was written (not the rest of the old one).</summary>
    private void Resize(int capacity)
    {
        var bytes = new byte[capacity];
        Buffer.BlockCopy(_bytes, 0, bytes, 0, _length);
        _bytes = bytes;
    }
}
