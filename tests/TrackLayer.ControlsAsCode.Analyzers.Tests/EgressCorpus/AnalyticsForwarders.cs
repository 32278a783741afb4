using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Net.Http.Json;
using System.Threading.Tasks;
using TrackLayer.ControlsAsCode;

namespace Corpus.Analytics;

public sealed class ProductAnalytics(HttpClient http)
{
    private static string MixpanelTrack => "https://api.mixpanel.com/track";
    private const string AmplitudeHost = "api2.amplitude.com";

    public Task MixpanelAsync(object[] events) => http.PostAsJsonAsync(/*!TLC2101*/MixpanelTrack, events);

    public Task AmplitudeAsync(object batch) => http.PostAsJsonAsync(/*!TLC2101*/"https://" + AmplitudeHost + "/2/httpapi", batch);

    public Task BrazeAsync(string instance, object body) =>
        http.PostAsJsonAsync(/*!TLC2102*/"https://rest." + instance + ".braze.com/users/track", body);

    public Task PostHogAsync(object body) => http.PostAsJsonAsync(/*!TLC2101*/new Uri("https://eu.i.posthog.com/capture/"), body);
}

public sealed class SdkForwarders
{
    public async Task ForwardAsync(Facebook.FacebookClient facebook, Segment.Client segment, Google.Ads.GoogleAds.V19.Services.ConversionUploadServiceClient ads)
    {
        // graph.facebook.com is declared (meta-capi, ConversionApiClients.cs): the SDK call is covered.
        await facebook.PostTaskAsync("/act_1/customaudiences", new { });
        /*!TLC2101*/segment.Track("user-1", "Order Completed", new Dictionary<string, object>());
        segment.Flush();
        /*!TLC2101*/ads.UploadClickConversions(new object());
    }
}

// A declared warehouse: both subdomains are covered.
[Destination("warehouse", Owner = "Data", Purpose = "Reporting", Retention = "P2Y", Endpoint = "https://warehouse.shop.example")]
public sealed class WarehouseLoader(HttpClient http)
{
    public Task LoadAsync(object rows) => http.PostAsJsonAsync("https://eu.warehouse.shop.example/load", rows);

    public Task LoadRawAsync(string table, object rows) => http.PostAsJsonAsync($"https://us.warehouse.shop.example/{table}", rows);

    // Its own configured URL: attributed to the declared destination.
    public Task LoadConfiguredAsync(Uri configured, object rows) => http.PostAsJsonAsync(configured, rows);
}
