using System;

namespace TrackLayer.ControlsAsCode.Model.Tests;

public class Iso8601Tests
{
    [Theory]
    [InlineData("2026-04-24", 2026, 4, 24)]
    [InlineData(" 2024-02-29 ", 2024, 2, 29)]
    public void Parses_calendar_dates(string text, int year, int month, int day)
    {
        Assert.True(Iso8601.TryParseDate(text, out var date));
        Assert.Equal(new DateTime(year, month, day), date);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("2026-02-30")]
    [InlineData("2026-4-24")]
    [InlineData("24.04.2026")]
    [InlineData("20260424")]
    [InlineData("2026-04-24T10:00:00Z")]
    public void Rejects_what_is_not_a_YYYY_MM_DD_date(string? text)
    {
        Assert.False(Iso8601.TryParseDate(text, out _));
    }

    [Theory]
    [InlineData("0001-01-01")]
    [InlineData("9999-12-31")]
    [InlineData("0000-01-01")]
    [InlineData("2023-02-29")]
    [InlineData("2000-02-29")]
    [InlineData("1900-02-29")]
    [InlineData("2026-00-10")]
    [InlineData("2026-13-10")]
    [InlineData("2026-04-00")]
    [InlineData("2026-04-31")]
    [InlineData("2026/04/24")]
    [InlineData("+2026-04-24")]
    [InlineData("2026-04-2x")]
    [InlineData("\u0662\u0660\u0662\u0666-04-24")] // Arabic-Indic digits
    [InlineData("\uFF12\uFF10\uFF12\uFF16-04-24")] // full-width digits
    [InlineData("\t2026-04-24\n")]
    [InlineData("12026-04-24")]
    public void Reads_dates_as_the_framework_parser_does(string text)
    {
        // The hand-written reader replaces DateTime.TryParseExact(text, "yyyy-MM-dd", InvariantCulture): same answers.
        var expected = DateTime.TryParseExact(
            text.Trim(), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var expectedDate);
        Assert.Equal(expected, Iso8601.TryParseDate(text, out var date));
        Assert.Equal(expectedDate, date);
    }

    [Theory]
    [InlineData("P90D", "90 days")]
    [InlineData("P2Y", "2 years")]
    [InlineData("P1Y6M", "1 year 6 months")]
    [InlineData("P4W", "28 days")]
    [InlineData("PT12H", "12 hours")]
    [InlineData("P1DT30M", "1 day 30 minutes")]
    [InlineData("P0D", "0 days")]
    [InlineData("P1Y2M3DT4H5M6S", "1 year 2 months 3 days 4 hours 5 minutes 6 seconds")]
    [InlineData("P007D", "7 days")]
    public void Parses_durations_and_describes_them_in_words(string text, string words)
    {
        Assert.True(Iso8601.TryParseDuration(text, out var duration));
        Assert.Equal(words, duration.Describe());
        Assert.Equal(text, duration.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("PT")]
    [InlineData("P1DT")]
    [InlineData("90 days")]
    [InlineData("90D")]
    [InlineData("P1W2D")]
    [InlineData("P1.5Y")]
    [InlineData("p90d")]
    [InlineData("P-1D")]
    [InlineData("P99999999999D")]
    [InlineData("P400000000W")] // fits an int as weeks, not as days
    [InlineData("P1M1Y")] // units out of order
    [InlineData("PT1H1H")]
    [InlineData("P4WT1H")] // weeks stand alone
    [InlineData("P1D2")]
    [InlineData("P\u0663D")] // an Arabic-Indic three is a digit, but not an ISO 8601 one
    public void Rejects_what_is_not_an_ISO_8601_duration(string? text)
    {
        Assert.False(Iso8601.TryParseDuration(text, out _));
    }

    [Fact]
    public void Adds_years_and_months_on_the_calendar()
    {
        Assert.True(Iso8601.TryParseDuration("P1M", out var month));
        Assert.Equal(new DateTime(2026, 2, 28), month.AddTo(new DateTime(2026, 1, 31)));
    }
}
