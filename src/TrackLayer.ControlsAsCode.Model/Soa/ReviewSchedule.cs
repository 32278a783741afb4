namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// When a declaration's review falls due. ISO/IEC 27001 expects the SoA and supplier arrangements to be reviewed at
/// planned intervals; the interval is the project's (default one year), "today" is the build's.
/// </summary>
internal static class ReviewSchedule
{
    public const string DefaultInterval = "P1Y";

    /// <summary>
    /// Whether a review dated <paramref name="reviewedOn"/> is older than <paramref name="interval"/> on <paramref name="today"/>.
    /// A missing or unparsable date is not overdue here: the analyzers report those where they are written.
    /// </summary>
    public static bool IsOverdue(string? reviewedOn, Iso8601Duration interval, System.DateTime today, out System.DateTime due)
    {
        due = default;
        if (!Iso8601.TryParseDate(reviewedOn, out var reviewed)) return false;
        due = interval.AddTo(reviewed);
        return due < today.Date;
    }
}
