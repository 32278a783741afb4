using System.Net.Http.Json;
using TrackLayer.ControlsAsCode;

namespace TrackLayer.Sample.Pipeline.Partners;

/// <summary>A weekly aggregate report for an agency partner: counts per event type, no personal data.</summary>
public sealed class PartnerReportExport(HttpClient http)
{
    private const string AgencyApi = "https://api.agency-partner.example";

    // Deliberate violation (TLC2101): the agency's host is not declared as a destination, so it is missing from the
    // destination inventory. The code fix declares it on this class; then fill in owner, purpose and retention.
    public Task<HttpResponseMessage> SendAsync(WeeklyReport report, CancellationToken cancellationToken = default) =>
        http.PostAsJsonAsync(AgencyApi + "/v1/reports", report, cancellationToken);
}

/// <summary>Counts only.</summary>
public sealed record WeeklyReport([property: NonPersonal] string Week, [property: NonPersonal] IReadOnlyDictionary<string, int> EventsByType);
