using System.Threading.RateLimiting;
using Microsoft.Extensions.Options;

namespace IpsMonitor.Workspace;

/// <summary>
/// Repeated wrong keys from one client are slowed (a second per wrong key), then refused for the rest of the window.
/// Only wrong keys use up permits, so a coach who types their key right is never held back.
/// Uses the rate limiters of System.Threading.RateLimiting, the same ones the ASP.NET Core rate-limiting middleware uses.
/// </summary>
internal sealed class SignInThrottle(IOptions<StaffOptions> options, TimeProvider time) : IDisposable
{
    public static readonly TimeSpan WrongKeyDelay = TimeSpan.FromSeconds(1);

    private readonly PartitionedRateLimiter<string> wrongKeys = PartitionedRateLimiter.Create<string, string>(client =>
        RateLimitPartition.GetFixedWindowLimiter(client, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.SignInAttempts,
            Window = TimeSpan.FromMinutes(options.Value.SignInWindowMinutes),
            QueueLimit = 0,
        }));

    /// <summary>Whether this client has used up its wrong keys for now.</summary>
    public bool IsRefused(string client) => wrongKeys.GetStatistics(client)?.CurrentAvailablePermits == 0;

    /// <summary>Counts a wrong key and waits a moment, so guessing is slow even before the client is refused.</summary>
    public async Task WrongKeyAsync(string client, CancellationToken ct)
    {
        using var lease = wrongKeys.AttemptAcquire(client);
        await Task.Delay(WrongKeyDelay, time, ct);
    }

    public static string ClientOf(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "unknown";

    public void Dispose() => wrongKeys.Dispose();
}
