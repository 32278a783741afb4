using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// A small indented JSON writer. Written by hand rather than with Utf8JsonWriter because the task also runs on
/// .NET Framework MSBuild, where System.Text.Json would have to ship beside the task and could clash with the
/// copy Visual Studio loads; and because Utf8JsonWriter on .NET 8 indents with Environment.NewLine, which would
/// make the bytes differ between Windows and Linux builds. Output: two-space indent, "\n", non-ASCII as UTF-8,
/// appended to a <see cref="DocumentBuffer"/>.
/// </summary>
internal sealed class JsonTextWriter
{
    private readonly DocumentBuffer _out;

    // One entry per open object or array, innermost last: whether it has items yet (for commas and the closing line).
    // An array and a depth, not a Stack<bool>, which the runtime would compile anew in every build's process.
    private bool[] _hasItems = new bool[8];
    private int _depth;

    public JsonTextWriter(DocumentBuffer output)
    {
        _out = output;
    }

    public void StartObject(string? name = null) => Start(name, '{');

    public void EndObject() => End('}');

    public void StartArray(string? name = null) => Start(name, '[');

    public void EndArray() => End(']');

    [MethodImpl(HotPath.Optimized)]
    public void String(string? name, string? value)
    {
        BeginValue(name);
        if (value is null)
        {
            _out.Append("null");
        }
        else
        {
            AppendQuoted(value);
        }
    }

    [MethodImpl(HotPath.Optimized)]
    public void Number(string? name, int value)
    {
        BeginValue(name);
        _out.Append(value);
    }

    public void Boolean(string? name, bool value)
    {
        BeginValue(name);
        _out.Append(value ? "true" : "false");
    }

    public void Null(string name)
    {
        BeginValue(name);
        _out.Append("null");
    }

    public void Strings(string name, IEnumerable<string> values)
    {
        StartArray(name);
        foreach (var value in values)
        {
            String(null, value);
        }

        EndArray();
    }

    /// <summary>Ends the document with a newline, after its last closing bracket.</summary>
    public void EndDocument() => _out.Append('\n');

    private void Start(string? name, char bracket)
    {
        BeginValue(name);
        _out.Append(bracket);
        if (_depth == _hasItems.Length) Array.Resize(ref _hasItems, _depth * 2);
        _hasItems[_depth++] = false;
    }

    private void End(char bracket)
    {
        if (_depth == 0) throw new InvalidOperationException("No object or array is open.");
        if (_hasItems[--_depth])
        {
            NewLine();
        }

        _out.Append(bracket);
    }

    [MethodImpl(HotPath.Optimized)]
    private void BeginValue(string? name)
    {
        if (_depth == 0)
        {
            return;
        }

        if (_hasItems[_depth - 1])
        {
            _out.Append(',');
        }

        _hasItems[_depth - 1] = true;
        NewLine();
        if (name is not null)
        {
            AppendQuoted(name);
            _out.Append(": ");
        }
    }

    private void NewLine() => _out.Append('\n').Append(' ', _depth * 2);

    [MethodImpl(HotPath.Optimized)]
    private void AppendQuoted(string value)
    {
        _out.Append('"');
        if (IsPlain(value))
        {
            _out.Append(value).Append('"'); // the common case: nothing to escape, one copy
            return;
        }

        // Plain runs go out whole (surrogate pairs included); only the characters that need it are escaped.
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var escape = c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\b' => "\\b",
                '\f' => "\\f",
                _ => null,
            };
            if (escape is null)
            {
                if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                {
                    i++; // a pair is kept as it is
                    continue;
                }

                // Control characters must be escaped; U+2028/2029 break JavaScript string literals; a lone surrogate
                // cannot be encoded as UTF-8 and is kept as an escape rather than silently replaced.
                if (c >= ' ' && c != '\u2028' && c != '\u2029' && !char.IsSurrogate(c)) continue;
            }

            _out.Append(value, run, i - run);
            if (escape is not null) _out.Append(escape);
            else AppendUnicodeEscape(c);
            run = i + 1;
        }

        _out.Append(value, run, value.Length - run).Append('"');
    }

    /// <summary><c>\u001f</c>: four lower-case hex digits.</summary>
    private void AppendUnicodeEscape(char c)
    {
        const string hex = "0123456789abcdef";
        _out.Append('\\').Append('u')
            .Append(hex[(c >> 12) & 0xF]).Append(hex[(c >> 8) & 0xF]).Append(hex[(c >> 4) & 0xF]).Append(hex[c & 0xF]);
    }

    /// <summary>Printable characters other than a quote or a backslash, and no surrogates: written as they are.</summary>
    [MethodImpl(HotPath.Optimized)]
    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c == '"' || c == '\\' || c >= '\u2028') return false;
        }

        return true;
    }
}
