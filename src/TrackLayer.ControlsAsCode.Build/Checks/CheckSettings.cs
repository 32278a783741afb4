using System;
using System.Collections.Generic;
using System.Globalization;
using TrackLayer.ControlsAsCode.Build.Reading;
using TrackLayer.ControlsAsCode.Model;

namespace TrackLayer.ControlsAsCode.Build.Checks;

/// <summary>How strictly undecided controls are reported (<c>TrackLayerUndecidedControls</c>).</summary>
internal enum UndecidedSeverity
{
    Off,
    Warning,
    Error,
}

/// <summary>
/// The task's settings for the build-time checks and the timestamp, parsed once. An invalid value is a TLC5007
/// error naming the property, rather than a silent default: a typo in a strictness setting must not turn it off.
/// </summary>
internal sealed class CheckSettings
{
    public UndecidedSeverity Undecided { get; private set; } = UndecidedSeverity.Warning;

    public Iso8601Duration ReviewInterval { get; private set; }

    public DateTime Today { get; private set; }

    /// <summary>ISO 8601 UTC ("2026-04-24T10:00:00Z") when a timestamp was asked for; otherwise null.</summary>
    public string? GeneratedAt { get; private set; }

    public static CheckSettings Parse(
        string? undecided, string? reviewInterval, string? today, bool includeTimestamp, string? timestampValue, string? sourceDateEpoch,
        DateTime utcNow, string projectFile, List<BuildDiagnostic> errors)
    {
        var settings = new CheckSettings();
        switch ((undecided ?? "").Trim().ToLowerInvariant())
        {
            case "":
            case "warning":
                settings.Undecided = UndecidedSeverity.Warning;
                break;
            case "off":
            case "none":
                settings.Undecided = UndecidedSeverity.Off;
                break;
            case "error":
                settings.Undecided = UndecidedSeverity.Error;
                break;
            default:
                errors.Add(Invalid(projectFile, "TrackLayerUndecidedControls", undecided, "off, warning or error"));
                break;
        }

        var interval = string.IsNullOrWhiteSpace(reviewInterval) ? ReviewSchedule.DefaultInterval : reviewInterval!.Trim();
        if (Iso8601.TryParseDuration(interval, out var duration) && (duration.Years | duration.Months | duration.Days | duration.Hours | duration.Minutes | duration.Seconds) != 0)
        {
            settings.ReviewInterval = duration;
        }
        else
        {
            errors.Add(Invalid(projectFile, "TrackLayerReviewInterval", reviewInterval, "an ISO 8601 duration such as P1Y, P6M or P90D"));
        }

        if (string.IsNullOrWhiteSpace(today))
        {
            settings.Today = utcNow.Date;
        }
        else if (Iso8601.TryParseDate(today, out var date))
        {
            settings.Today = date;
        }
        else
        {
            errors.Add(Invalid(projectFile, "TrackLayerComplianceToday", today, "a date such as 2026-04-24"));
        }

        if (includeTimestamp)
        {
            settings.GeneratedAt = Timestamp(timestampValue, sourceDateEpoch, utcNow, projectFile, errors);
        }

        return settings;
    }

    /// <summary>The property first, then SOURCE_DATE_EPOCH (reproducible-builds.org), then the clock.</summary>
    private static string? Timestamp(string? value, string? epoch, DateTime utcNow, string projectFile, List<BuildDiagnostic> errors)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            if (DateTimeOffset.TryParse(value!.Trim(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                return Format(parsed.UtcDateTime);
            }

            errors.Add(Invalid(projectFile, "TrackLayerComplianceTimestampValue", value, "an ISO 8601 date and time such as 2026-04-24T10:00:00Z"));
            return null;
        }

        if (!string.IsNullOrWhiteSpace(epoch))
        {
            if (long.TryParse(epoch!.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) && seconds <= 253402300799)
            {
                return Format(new DateTime(1970, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddSeconds(seconds));
            }

            errors.Add(Invalid(projectFile, "SOURCE_DATE_EPOCH", epoch, "a count of seconds since 1970-01-01T00:00:00Z"));
            return null;
        }

        return Format(utcNow);
    }

    private static string Format(DateTime utc) => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static BuildDiagnostic Invalid(string projectFile, string property, string? value, string expected) =>
        new(DiagnosticIds.InvalidDocumentSetting, projectFile,
            "The value '" + value + "' of " + property + " is not valid: expected " + expected + ". Fix the property in the project file or on the command line.");
}
