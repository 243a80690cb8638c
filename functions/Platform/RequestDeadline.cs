using Azure.Core;
using Azure.Core.Pipeline;

namespace IpsMonitor.Platform;

/// <summary>
/// One deadline for the whole of an HTTP request, so a person gets an answer within about ten seconds whatever storage
/// does. Frozen storage accepts connections and never answers; bounding each try (the storage clients' retries) still
/// let one submit hang for 4 tries × 20 s. The edge of both hosts starts the deadline around the function; every try of
/// every storage call of that request then gets what is left of it as its network timeout (the SDK cancels the try
/// when it passes), but never less than <see cref="MinimumTry"/>, and while the request's latest try has failed no try
/// starts after the deadline (a try that succeeds clears that: one reset connection, retried, is not an outage). So a long request on healthy storage (an erasure of many rows on a busy machine) still runs to
/// its end, while storage that does not answer ends the request soon after the deadline. It flows with the request's async context, not as a parameter, because
/// the Azure worker's own cancellation token cannot be replaced, and a cancelled request token would read as "the
/// client went away" in both hosts' error paths. Queue and timer work has no deadline: it waits for storage instead.
/// </summary>
internal static class RequestDeadline
{
    /// <summary>Storage time a request may use; rendering and the last retry delay fit in the rest of the ten seconds.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(7);

    /// <summary>The shortest network timeout a try gets, so a healthy call late in a long request is not cut off.</summary>
    public static readonly TimeSpan MinimumTry = TimeSpan.FromSeconds(5);

    private static readonly AsyncLocal<Deadline?> Current = new();

    /// <summary>The storage clients' policy, per try (after the retry policy, so each try sees the time left).</summary>
    public static HttpPipelinePolicy Policy { get; } = new DeadlinePolicy();

    /// <summary>Starts the deadline for this request: storage calls made from here on (in this async flow) share it.</summary>
    public static void Begin() => Current.Value = new Deadline(DateTimeOffset.UtcNow + Budget);

    /// <summary>Shared by the calls a request makes side by side; Failed says the latest try to end had failed.</summary>
    private sealed class Deadline(DateTimeOffset at)
    {
        private volatile bool failed;

        public DateTimeOffset At => at;

        public bool Failed => failed;

        public void Fail() => failed = true;

        public void Recover() => failed = false;
    }

    private sealed class DeadlinePolicy : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var deadline = Limit(message);
            try
            {
                ProcessNext(message, pipeline);
                deadline?.Recover();
            }
            catch (Exception) when (Failing(deadline))
            {
                throw;
            }
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            var deadline = Limit(message);
            try
            {
                await ProcessNextAsync(message, pipeline);
                deadline?.Recover();
            }
            catch (Exception) when (Failing(deadline))
            {
                throw;
            }
        }

        private static bool Failing(Deadline? deadline)
        {
            deadline?.Fail();
            return false;
        }

        private static Deadline? Limit(HttpMessage message)
        {
            if (Current.Value is not { } deadline)
                return null;
            var left = deadline.At - DateTimeOffset.UtcNow;
            // A TimeoutException is not retried by the SDK, and StorageFault counts it as storage that did not answer.
            if (left <= TimeSpan.Zero && deadline.Failed)
                throw new TimeoutException("Storage did not answer within the request's deadline.");
            var limit = left > MinimumTry ? left : MinimumTry;
            message.NetworkTimeout = message.NetworkTimeout is { } own && own < limit ? own : limit;
            return deadline;
        }
    }
}
