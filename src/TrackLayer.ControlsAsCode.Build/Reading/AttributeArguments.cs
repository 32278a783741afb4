using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Typed, forgiving access to a decoded attribute's arguments. A value of an unexpected type (an attribute of the
/// same name from another version of the API) reads as absent rather than throwing; callers decide what is required.
/// A struct: one is made for each of the tens of thousands of attributes a large assembly declares.
/// </summary>
internal readonly struct AttributeArguments
{
    private readonly ImmutableArray<CustomAttributeTypedArgument<string>> _fixed;

    // Searched, not indexed: an attribute has a handful of named arguments, and tens of thousands are read.
    private readonly ImmutableArray<CustomAttributeNamedArgument<string>> _named;

    public AttributeArguments(CustomAttributeValue<string> value)
    {
        _fixed = value.FixedArguments;
        _named = value.NamedArguments;
    }

    public string? String(int index) => index < _fixed.Length ? _fixed[index].Value as string : null;

    public int Int32(int index) => index < _fixed.Length && _fixed[index].Value is int value ? value : 0;

    public string? String(string name) => Named(name) as string;

    public int Int32(string name) => Named(name) is int number ? number : 0;

    public bool Boolean(string name) => Named(name) is bool flag && flag;

    /// <summary>A <c>string[]</c> argument in declared order (the user's order is meaningful); null elements are dropped.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        if (Named(name) is not ImmutableArray<CustomAttributeTypedArgument<string>> elements)
        {
            return Array.Empty<string>();
        }

        var strings = new List<string>(elements.Length);
        foreach (var element in elements)
        {
            if (element.Value is string text)
            {
                strings.Add(text);
            }
        }

        return strings;
    }

    /// <summary>A named argument's value; a repeated name is legal in metadata, and the last one wins, as it does for reflection.</summary>
    private object? Named(string name)
    {
        for (var i = _named.Length - 1; i >= 0; i--)
        {
            if (string.Equals(_named[i].Name, name, StringComparison.Ordinal)) return _named[i].Value;
        }

        return null;
    }
}
