using Azure.Core;
using Azure.Core.Pipeline;

namespace IpsMonitor.Platform;

/// <summary>
/// One deadline for the whole of an HTTP request, so a person gets an answer within about ten seconds whatever storage
/// does. Frozen storage accepts connections and never answers; bounding each try (the storage clients' retries) still
/// let one submit hang for 4 tries × 20 s. The edge of both hosts starts the deadline around the function; every try of
/// every storage call of that request then gets what is left of it as its network timeout (the SDK cancels the try
/// when it passes), and no try starts after it. It flows with the request's async context, not as a parameter, because
/// the Azure worker's own cancellation token cannot be replaced, and a cancelled request token would read as "the
/// client went away" in both hosts' error paths. Queue and timer work has no deadline: it waits for storage instead.
/// </summary>
internal static class RequestDeadline
{
    /// <summary>Storage time a request may use; rendering and the last retry delay fit in the rest of the ten seconds.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(7);

    private static readonly AsyncLocal<Deadline?> Current = new();

    /// <summary>The storage clients' policy, per try (after the retry policy, so each try sees the time left).</summary>
    public static HttpPipelinePolicy Policy { get; } = new DeadlinePolicy();

    /// <summary>Starts the deadline for this request: storage calls made from here on (in this async flow) share it.</summary>
    public static void Begin() => Current.Value = new Deadline(DateTimeOffset.UtcNow + Budget);

    private sealed record Deadline(DateTimeOffset At);

    private sealed class DeadlinePolicy : HttpPipelinePolicy
    {
        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Limit(message);
            ProcessNext(message, pipeline);
        }

        public override ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            Limit(message);
            return ProcessNextAsync(message, pipeline);
        }

        private static void Limit(HttpMessage message)
        {
            if (Current.Value is not { } deadline)
                return;
            var left = deadline.At - DateTimeOffset.UtcNow;
            // A TimeoutException is not retried by the SDK, and StorageFault counts it as storage that did not answer.
            if (left <= TimeSpan.Zero)
                throw new TimeoutException("Storage did not answer within the request's deadline.");
            message.NetworkTimeout = message.NetworkTimeout is { } own && own < left ? own : left;
        }
    }
}
