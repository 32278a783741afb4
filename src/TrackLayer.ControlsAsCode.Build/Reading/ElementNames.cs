using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Text;

namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Names code elements the way a C# reader writes them, so documents point at code people can find:
/// <c>Sample.Outer.Inner</c> for a nested type, <c>Sample.Envelope&lt;T&gt;</c> for a generic one (not the metadata
/// <c>Envelope`1</c>), <c>Sample.Hasher.Hash</c> for a member, and a property's name for its auto-property backing field.
/// </summary>
internal sealed class ElementNames
{
    private readonly MetadataReader _reader;
    private readonly RowCache<string> _typeNames;

    public ElementNames(MetadataReader reader)
    {
        _reader = reader;
        _typeNames = new RowCache<string>(reader.TypeDefinitions.Count);
    }

    public string Type(TypeDefinitionHandle handle)
    {
        var row = MetadataTokens.GetRowNumber(handle);
        if (_typeNames.Find(row) is { } cached)
        {
            return cached;
        }

        var type = _reader.GetTypeDefinition(handle);
        var name = WithTypeParameters(type, _reader.GetString(type.Name));
        var declaring = type.GetDeclaringType();
        string full;
        if (!declaring.IsNil)
        {
            full = Type(declaring) + "." + name;
        }
        else
        {
            var ns = _reader.GetString(type.Namespace);
            full = ns.Length == 0 ? name : ns + "." + name;
        }

        return _typeNames.Keep(row, full);
    }

    /// <summary>Compiler-generated types (closures, state machines, anonymous types) declare nothing users wrote.</summary>
    public bool IsCompilerGenerated(TypeDefinitionHandle handle)
    {
        var type = _reader.GetTypeDefinition(handle);
        return _reader.StringComparer.StartsWith(type.Name, "<"); // compared in place: no string made per type
    }

    /// <summary>
    /// The member name users see. <c>&lt;Email&gt;k__BackingField</c> (from <c>[field: Personal]</c> on an auto-property)
    /// becomes <c>Email</c>; constructors keep their metadata name <c>.ctor</c>, which is unambiguous.
    /// </summary>
    public static string Member(string metadataName)
    {
        const string backingFieldSuffix = ">k__BackingField";
        if (metadataName.StartsWith("<", System.StringComparison.Ordinal) &&
            metadataName.EndsWith(backingFieldSuffix, System.StringComparison.Ordinal))
        {
            return metadataName.Substring(1, metadataName.Length - 1 - backingFieldSuffix.Length);
        }

        return metadataName;
    }

    private string WithTypeParameters(TypeDefinition type, string metadataName)
    {
        var tick = metadataName.IndexOf('`');
        if (tick < 0 || !int.TryParse(metadataName.Substring(tick + 1), out var arity) || arity <= 0)
        {
            return metadataName;
        }

        // A nested type's metadata repeats its outer types' parameters first; its own are the last `arity` ones.
        var parameters = type.GetGenericParameters();
        var builder = new StringBuilder(metadataName, 0, tick, metadataName.Length + 8).Append('<');
        for (var i = parameters.Count - arity; i < parameters.Count; i++)
        {
            if (i < 0) continue;
            if (builder[builder.Length - 1] != '<') builder.Append(',');
            builder.Append(_reader.GetString(_reader.GetGenericParameter(parameters[i]).Name));
        }

        return builder.Append('>').ToString();
    }
}
