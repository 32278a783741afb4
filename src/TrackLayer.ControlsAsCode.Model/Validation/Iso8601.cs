using System;
using System.Globalization;

namespace TrackLayer.ControlsAsCode.Model;

/// <summary>
/// The ISO 8601 forms declarations use: calendar dates (<c>2026-04-24</c>) and durations (<c>P90D</c>, <c>P1Y6M</c>,
/// <c>PT12H</c>). One parser for the analyzers (invalid values are diagnostics) and the build task (review intervals,
/// the retention register), so both read a value the same way.
/// </summary>
internal static class Iso8601
{
    /// <summary>Parses a calendar date in the extended form <c>YYYY-MM-DD</c>, the form every declaration uses.</summary>
    /// <remarks>
    /// Read by hand, as <c>DateTime.TryParseExact(text, "yyyy-MM-dd", InvariantCulture)</c> would (the tests compare the
    /// two): the culture machinery that call loads costs milliseconds in each new compiler process.
    /// </remarks>
    public static bool TryParseDate(string? text, out DateTime date)
    {
        date = default;
        var value = text?.Trim();
        if (value is null || value.Length != 10 || value[4] != '-' || value[7] != '-'
            || !TryReadDigits(value, 0, 4, out var year) || !TryReadDigits(value, 5, 2, out var month) || !TryReadDigits(value, 8, 2, out var day)
            || year < 1 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        date = new DateTime(year, month, day);
        return true;
    }

    /// <summary>Exactly <paramref name="count"/> ASCII digits from <paramref name="start"/>.</summary>
    private static bool TryReadDigits(string value, int start, int count, out int number)
    {
        number = 0;
        for (var i = start; i < start + count; i++)
        {
            var digit = value[i] - '0';
            if (digit is < 0 or > 9)
            {
                return false;
            }

            number = (number * 10) + digit;
        }

        return true;
    }

    /// <summary>Parses a duration such as <c>P90D</c>, <c>P2Y</c>, <c>P1Y6M</c>, <c>P4W</c> or <c>PT12H</c>.</summary>
    /// <remarks>
    /// Read by hand, not with a regular expression: building one costs tens of milliseconds in each new compiler or
    /// MSBuild process, and this runs in both. Units come in order (Y, M, D, then T and H, M, S); weeks stand alone
    /// (ISO 8601-1:2019, 5.5.2.4); amounts are whole numbers in ASCII digits; an amount that does not fit is refused.
    /// </remarks>
    public static bool TryParseDuration(string? text, out Iso8601Duration duration)
    {
        duration = default;
        var value = text?.Trim();
        if (value is null || value.Length < 2 || value[0] != 'P')
        {
            return false;
        }

        // amounts[0..2]: years, months, days; [3]: weeks; [4..6]: hours, minutes, seconds.
        var amounts = new int[7];
        var at = 1;
        var last = -1; // the index in `amounts` of the last unit read: each must come after the one before
        while (at < value.Length && value[at] != 'T')
        {
            if (!TryReadAmount(value, ref at, out var amount) || at == value.Length)
            {
                return false;
            }

            var unit = value[at++] switch { 'Y' => 0, 'M' => 1, 'D' => 2, 'W' => 3, _ => -1 };
            if (unit <= last || (unit == 3 && (last >= 0 || at != value.Length)))
            {
                return false; // out of order, unknown, or weeks beside another unit
            }

            amounts[unit] = amount;
            last = unit;
        }

        if (at < value.Length)
        {
            at++; // T
            if (at == value.Length)
            {
                return false; // "PT" and "P1DT" name no amount of time
            }

            last = 3;
            while (at < value.Length)
            {
                if (!TryReadAmount(value, ref at, out var amount) || at == value.Length)
                {
                    return false;
                }

                var unit = value[at++] switch { 'H' => 4, 'M' => 5, 'S' => 6, _ => -1 };
                if (unit <= last)
                {
                    return false;
                }

                amounts[unit] = amount;
                last = unit;
            }
        }

        if (last < 0)
        {
            return false; // "P" alone
        }

        try
        {
            duration = new Iso8601Duration(
                amounts[0], amounts[1], checked(amounts[3] * 7 + amounts[2]), amounts[4], amounts[5], amounts[6], value);
            return true;
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    /// <summary>One or more ASCII digits at <paramref name="at"/>, as a number that fits an int.</summary>
    private static bool TryReadAmount(string text, ref int at, out int amount)
    {
        amount = 0;
        var start = at;
        while (at < text.Length && text[at] >= '0' && text[at] <= '9')
        {
            var digit = text[at] - '0';
            if (amount > (int.MaxValue - digit) / 10)
            {
                return false;
            }

            amount = amount * 10 + digit;
            at++;
        }

        return at > start;
    }
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
