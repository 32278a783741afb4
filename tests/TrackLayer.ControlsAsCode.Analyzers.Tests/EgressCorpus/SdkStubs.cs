// Stand-ins for vendor SDK packages: same namespaces, type names and method names as the real ones.
namespace Facebook
{
    public class FacebookClient
    {
        public FacebookClient(string accessToken) { }
        public System.Threading.Tasks.Task<object> PostTaskAsync(string path, object parameters) => System.Threading.Tasks.Task.FromResult<object>(null!);
        public object Get(string path) => null!;
    }
}

namespace Segment
{
    public class Client
    {
        public Client(string writeKey) { }
        public void Identify(string userId, System.Collections.Generic.IDictionary<string, object> traits) { }
        public void Track(string userId, string eventName, System.Collections.Generic.IDictionary<string, object> properties) { }
        public void Flush() { }
    }
}

namespace Google.Ads.GoogleAds.V19.Services
{
    public abstract class ConversionUploadServiceClient
    {
        public abstract object UploadClickConversions(object request);
    }
}
