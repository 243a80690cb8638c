using Azure.Core;

namespace IpsMonitor.Platform;

/// <summary>
/// The storage clients' retries: short, so that a request while storage is away fails within seconds (and is answered
/// with 503, see <see cref="StorageFault"/>) instead of hanging for a minute behind the SDK's defaults (100 s per try,
/// back-off up to a minute). Three retries at 0.4, 0.8 and 1.6 s still ride out a blip or a restarted emulator. Within
/// an HTTP request the tries also share the request's deadline (<see cref="RequestDeadline"/>), so 4 tries × 20 s
/// against storage that accepts connections and never answers become at most the request's budget.
/// </summary>
internal static class StorageRetry
{
    public static T Short<T>(T options) where T : ClientOptions
    {
        options.Retry.Mode = RetryMode.Exponential;
        options.Retry.MaxRetries = 3;
        options.Retry.Delay = TimeSpan.FromMilliseconds(400);
        options.Retry.MaxDelay = TimeSpan.FromSeconds(4);
        options.Retry.NetworkTimeout = TimeSpan.FromSeconds(20);
        options.AddPolicy(RequestDeadline.Policy, HttpPipelinePosition.PerRetry);
        return options;
    }
}
