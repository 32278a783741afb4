using System;
using System.Globalization;
using System.Text.RegularExpressions;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// The ISO 8601 forms declarations use: calendar dates (<c>2026-04-24</c>) and durations (<c>P90D</c>, <c>P1Y6M</c>,
/// <c>PT12H</c>). One parser for the analyzers (invalid values are diagnostics) and the build task (review intervals,
/// the retention register), so both read a value the same way.
/// </summary>
internal static class Iso8601
{
    // Weeks may not be combined with other units (ISO 8601-1:2019, 5.5.2.4); fractions are not accepted.
    private static readonly Regex DurationPattern = new(
        @"^P(?:(?<w>\d+)W|(?:(?<y>\d+)Y)?(?:(?<mo>\d+)M)?(?:(?<d>\d+)D)?(?:T(?:(?<h>\d+)H)?(?:(?<mi>\d+)M)?(?:(?<s>\d+)S)?)?)$",
        RegexOptions.CultureInvariant);

    /// <summary>Parses a calendar date in the extended form <c>YYYY-MM-DD</c>, the form every declaration uses.</summary>
    public static bool TryParseDate(string? text, out DateTime date) =>
        DateTime.TryParseExact(text?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Parses a duration such as <c>P90D</c>, <c>P2Y</c>, <c>P1Y6M</c>, <c>P4W</c> or <c>PT12H</c>.</summary>
    public static bool TryParseDuration(string? text, out Iso8601Duration duration)
    {
        duration = default;
        if (text is null) return false;

        var match = DurationPattern.Match(text.Trim());
        if (!match.Success || match.Value == "P" || match.Value.EndsWith("T", StringComparison.Ordinal))
        {
            return false; // "P" and "P1DT" name no amount of time
        }

        try
        {
            duration = new Iso8601Duration(
                Part(match, "y"), Part(match, "mo"), Part(match, "w") * 7 + Part(match, "d"),
                Part(match, "h"), Part(match, "mi"), Part(match, "s"), match.Value);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    private static int Part(Match match, string name) =>
        match.Groups[name].Success ? int.Parse(match.Groups[name].Value, NumberStyles.None, CultureInfo.InvariantCulture) : 0;
}

/// <summary>A parsed ISO 8601 duration. Years and months stay calendar units: P1M is not 30 days.</summary>
internal readonly struct Iso8601Duration
{
    public Iso8601Duration(int years, int months, int days, int hours, int minutes, int seconds, string text)
    {
        Years = years;
        Months = months;
        Days = days;
        Hours = hours;
        Minutes = minutes;
        Seconds = seconds;
        Text = text;
    }

    public int Years { get; }
    public int Months { get; }
    public int Days { get; }
    public int Hours { get; }
    public int Minutes { get; }
    public int Seconds { get; }

    /// <summary>The duration as declared, for example <c>P90D</c>.</summary>
    public string Text { get; }

    /// <summary>The date this long after <paramref name="start"/>, counting years and months on the calendar.</summary>
    public DateTime AddTo(DateTime start) =>
        start.AddYears(Years).AddMonths(Months).AddDays(Days).AddHours(Hours).AddMinutes(Minutes).AddSeconds(Seconds);

    /// <summary>Plain words for people: "90 days", "1 year 6 months".</summary>
    public string Describe()
    {
        var parts = new System.Collections.Generic.List<string>();
        void Add(int value, string unit)
        {
            if (value != 0) parts.Add(value.ToString(CultureInfo.InvariantCulture) + " " + unit + (value == 1 ? "" : "s"));
        }

        Add(Years, "year");
        Add(Months, "month");
        Add(Days, "day");
        Add(Hours, "hour");
        Add(Minutes, "minute");
        Add(Seconds, "second");
        return parts.Count == 0 ? "0 days" : string.Join(" ", parts);
    }

    public override string ToString() => Text;
}
