using System.Globalization;
using System.Threading.RateLimiting;

namespace IpsMonitor.Access;

/// <summary>What a client guesses at: a staff key (API bearer or sign-in) or a personal link token (q/ and d/).</summary>
internal enum Guess
{
    Key,
    Link,
}

/// <summary>
/// Guessing keys or link tokens is slowed, then refused for a while, per client. Only failures (an unknown, revoked or
/// expired key, an unknown token) use up permits, so a coach with a right key or a respondent with a real link is never
/// held back, however many requests they send. A refused client is refused before its key or token is looked up, so a
/// refusal never tells a right guess from a wrong one. Built on the partitioned rate limiters of
/// System.Threading.RateLimiting, the ones the ASP.NET Core rate-limiting middleware uses; the middleware itself counts
/// every request, which would throttle real respondents, so the functions report failures here instead.
/// </summary>
internal sealed class GuessThrottle : IDisposable
{
    private readonly GuessOptions options;
    private readonly TimeProvider time;
    private readonly PartitionedRateLimiter<(Guess Kind, string Client)> failures;
    private readonly ClientAddress clients;

    public GuessThrottle(IOptions<GuessOptions> options, TimeProvider time, ClientAddress clients)
    {
        this.options = options.Value;
        this.clients = clients;
        this.time = time;
        var window = TimeSpan.FromMinutes(this.options.WindowMinutes);
        failures = PartitionedRateLimiter.Create<(Guess Kind, string Client), (Guess, string)>(key =>
            RateLimitPartition.GetFixedWindowLimiter(key, k => new FixedWindowRateLimiterOptions
            {
                PermitLimit = k.Item1 == Guess.Key ? this.options.KeyFailures : this.options.LinkFailures,
                Window = window,
                QueueLimit = 0,
            }));
    }

    /// <summary>Null while this client may still try; otherwise how long it is refused (at most one window).</summary>
    public TimeSpan? Refusal(Guess kind, HttpContext context)
    {
        using var lease = failures.AttemptAcquire((kind, clients.Of(context)), 0);
        if (lease.IsAcquired)
            return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var after) ? after : TimeSpan.FromMinutes(options.WindowMinutes);
    }

    /// <summary>Counts a failed guess and waits a moment before it is answered.</summary>
    public async Task FailedAsync(Guess kind, HttpContext context, CancellationToken ct)
    {
        using var lease = failures.AttemptAcquire((kind, clients.Of(context)));
        if (options.DelayMilliseconds > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(options.DelayMilliseconds), time, ct);
    }

    /// <summary>Sets Retry-After (whole seconds, rounded up) on the refusal that is about to be sent.</summary>
    public static void SetRetryAfter(HttpContext context, TimeSpan after) =>
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    public void Dispose() => failures.Dispose();
}
