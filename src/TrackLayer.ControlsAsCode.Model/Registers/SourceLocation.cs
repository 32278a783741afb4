namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// Where a declaration or code element is in source: a path relative to the project directory (always with '/')
/// and a 1-based line. The build task reads it from the portable PDB; documents print it as <c>src/Hasher.cs:12</c>.
/// </summary>
internal sealed class SourceLocation
{
    public SourceLocation(string file, int line)
    {
        File = file;
        Line = line;
    }

    public string File { get; }

    public int Line { get; }

    public override string ToString() => Line > 0 ? File + ":" + Line.ToString(System.Globalization.CultureInfo.InvariantCulture) : File;
}
