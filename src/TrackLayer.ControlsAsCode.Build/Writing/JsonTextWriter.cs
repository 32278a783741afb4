using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Writing;

/// <summary>
/// A small indented JSON writer. Written by hand rather than with Utf8JsonWriter because the task also runs on
/// .NET Framework MSBuild, where System.Text.Json would have to ship beside the task and could clash with the
/// copy Visual Studio loads; and because Utf8JsonWriter on .NET 8 indents with Environment.NewLine, which would
/// make the bytes differ between Windows and Linux builds. Output: two-space indent, "\n", non-ASCII as UTF-8.
/// </summary>
internal sealed class JsonTextWriter
{
    private readonly StringBuilder _out = new();

    // One entry per open object or array: whether it has items yet (for commas and the closing line).
    private readonly Stack<bool> _containers = new();

    public void StartObject(string? name = null) => Start(name, '{');

    public void EndObject() => End('}');

    public void StartArray(string? name = null) => Start(name, '[');

    public void EndArray() => End(']');

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

    public void Number(string? name, int value)
    {
        BeginValue(name);
        _out.Append(value.ToString(CultureInfo.InvariantCulture));
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

    /// <summary>The document, ending with a newline.</summary>
    public override string ToString() => _out.ToString() + "\n";

    private void Start(string? name, char bracket)
    {
        BeginValue(name);
        _out.Append(bracket);
        _containers.Push(false);
    }

    private void End(char bracket)
    {
        var hadItems = _containers.Pop();
        if (hadItems)
        {
            NewLine();
        }

        _out.Append(bracket);
    }

    private void BeginValue(string? name)
    {
        if (_containers.Count == 0)
        {
            return;
        }

        if (_containers.Pop())
        {
            _out.Append(',');
        }

        _containers.Push(true);
        NewLine();
        if (name is not null)
        {
            AppendQuoted(name);
            _out.Append(": ");
        }
    }

    private void NewLine() => _out.Append('\n').Append(' ', _containers.Count * 2);

    private void AppendQuoted(string value)
    {
        _out.Append('"');
        if (IsPlain(value))
        {
            _out.Append(value).Append('"'); // the common case: nothing to escape, one copy
            return;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': _out.Append("\\\""); break;
                case '\\': _out.Append("\\\\"); break;
                case '\n': _out.Append("\\n"); break;
                case '\r': _out.Append("\\r"); break;
                case '\t': _out.Append("\\t"); break;
                case '\b': _out.Append("\\b"); break;
                case '\f': _out.Append("\\f"); break;
                default:
                    // Control characters must be escaped; U+2028/2029 break JavaScript string literals; a lone surrogate
                    // cannot be encoded as UTF-8 and is kept as an escape rather than silently replaced.
                    var loneSurrogate = char.IsSurrogate(c) && !(char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]));
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || loneSurrogate)
                    {
                        _out.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else if (char.IsHighSurrogate(c))
                    {
                        _out.Append(c).Append(value[++i]);
                    }
                    else
                    {
                        _out.Append(c);
                    }

                    break;
            }
        }

        _out.Append('"');
    }

    /// <summary>Printable characters other than a quote or a backslash, and no surrogates: written as they are.</summary>
    private static bool IsPlain(string value)
    {
        foreach (var c in value)
        {
            if (c < ' ' || c == '"' || c == '\\' || c >= '\u2028') return false;
        }

        return true;
    }
}
