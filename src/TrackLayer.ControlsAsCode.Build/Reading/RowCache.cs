namespace TrackLayer.ControlsAsCode.Build.Reading;

/// <summary>
/// Values worked out once per row of one metadata table (type names, document paths). An array by row number, not a
/// dictionary keyed by handle, which the runtime would compile anew for that handle type in every build's process.
/// </summary>
/// <remarks>
/// A row out of range (malformed metadata) is never kept: the caller reads it each time, and the metadata library reports
/// it (BadImageFormatException), as it did before any cache.
/// </remarks>
/// <typeparam name="T">A class: every instantiation shares one compiled body.</typeparam>
internal sealed class RowCache<T>
    where T : class
{
    private readonly T?[] _values;

    public RowCache(int rowCount) => _values = new T?[rowCount + 1]; // row numbers start at 1

    /// <summary>The value kept for the row, or null.</summary>
    public T? Find(int row) => row < _values.Length ? _values[row] : null;

    /// <summary>Keeps the value for the row (unless the row is out of range) and returns it.</summary>
    public T Keep(int row, T value)
    {
        if (row < _values.Length) _values[row] = value;
        return value;
    }
}
