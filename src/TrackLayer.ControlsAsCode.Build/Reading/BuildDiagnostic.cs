namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>A problem found while reading or writing, with the TLC id and the file it concerns, ready to log.</summary>
internal sealed class BuildDiagnostic
{
    public BuildDiagnostic(string id, string file, string message, int line = 0)
    {
        Id = id;
        File = file;
        Message = message;
        Line = line;
    }

    /// <summary>The 1-based line in <see cref="File"/>, or 0 when the diagnostic concerns the whole file.</summary>
    public int Line { get; }

    /// <summary>The TLC id from <see cref="Model.DiagnosticIds"/>.</summary>
    public string Id { get; }

    public string File { get; }

    public string Message { get; }

    public override string ToString() => File + ": " + Id + ": " + Message;
}
