using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Reflection.Metadata;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Typed, forgiving access to a decoded attribute's arguments. A value of an unexpected type (an attribute of the
/// same name from another version of the API) reads as absent rather than throwing; callers decide what is required.
/// </summary>
internal sealed class AttributeArguments
{
    private readonly ImmutableArray<CustomAttributeTypedArgument<string>> _fixed;
    private readonly Dictionary<string, object?> _named = new(StringComparer.Ordinal);

    public AttributeArguments(CustomAttributeValue<string> value)
    {
        _fixed = value.FixedArguments;
        foreach (var named in value.NamedArguments)
        {
            if (named.Name is not null)
            {
                // A repeated name is legal in metadata; the last one wins, as it does for reflection.
                _named[named.Name] = named.Value;
            }
        }
    }

    public string? String(int index) => index < _fixed.Length ? _fixed[index].Value as string : null;

    public int Int32(int index) => index < _fixed.Length && _fixed[index].Value is int value ? value : 0;

    public string? String(string name) => _named.TryGetValue(name, out var value) ? value as string : null;

    public int Int32(string name) => _named.TryGetValue(name, out var value) && value is int number ? number : 0;

    public bool Boolean(string name) => _named.TryGetValue(name, out var value) && value is bool flag && flag;

    /// <summary>A <c>string[]</c> argument in declared order (the user's order is meaningful); null elements are dropped.</summary>
    public IReadOnlyList<string> Strings(string name)
    {
        if (!_named.TryGetValue(name, out var value) || value is not ImmutableArray<CustomAttributeTypedArgument<string>> elements)
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
}
