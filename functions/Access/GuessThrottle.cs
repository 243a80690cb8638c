using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace IpsMonitor.Access;

/// <summary>What a client guesses at: a staff key (API bearer or sign-in) or a personal link token (q/ and d/).</summary>
internal enum Guess
{
    Key,
    Link,
}

/// <summary>
/// Guessing keys or link tokens is slowed, then refused for the rest of the window, per client. Only the failure path is
/// throttled: a key or token is always looked up first, and a right one is let in at once, however many wrong guesses
/// came from the same address, so nobody's guesses can lock a colleague with a right key out. A wrong guess (an unknown,
/// revoked or expired key, an unknown token) waits a moment and is counted; over the limit it is answered 429 instead of
/// 401 or 404. The keys and tokens are 256 random bits, so what protects them is their size; the limit keeps guessing slow
/// and visible. Counts live in Table Storage (<see cref="GuessCounts"/>), so the limit holds across instances. The client
/// is the one <see cref="ClientAddress"/> resolves from the hops our own proxies wrote, never an entry the caller wrote,
/// so a caller cannot spend someone else's count; an IPv6 client counts per /64, the block one connection usually holds.
/// </summary>
internal sealed class GuessThrottle(GuessCounts counts, IOptions<GuessOptions> options, TimeProvider time, ClientAddress clients)
{
    /// <summary>The start of the last window whose old counts this instance dropped (ticks), so it drops once per window.</summary>
    private long dropped;

    /// <summary>
    /// Counts a wrong guess of this client, waits a moment, and returns null while the client may go on guessing, or how
    /// long it is refused (until its window ends).
    /// </summary>
    public async Task<TimeSpan?> FailedAsync(Guess kind, HttpContext context, CancellationToken ct)
    {
        var o = options.Value;
        var now = time.GetUtcNow();
        var window = TimeSpan.FromMinutes(o.WindowMinutes);
        var start = new DateTimeOffset(now.UtcTicks - now.UtcTicks % window.Ticks, TimeSpan.Zero);
        var limit = kind == Guess.Key ? o.KeyFailures : o.LinkFailures;
        if (Interlocked.Exchange(ref dropped, start.UtcTicks) != start.UtcTicks)
            await counts.DropBeforeAsync(start - window, ct);
        var count = await counts.AddAsync(GuessCounts.Partition(start, kind), Secrets.Hash(Counted(clients.Of(context))), limit, ct);
        if (o.DelayMilliseconds > 0)
            await Task.Delay(TimeSpan.FromMilliseconds(o.DelayMilliseconds), time, ct);
        return count > limit ? start + window - now : null;
    }

    /// <summary>Sets Retry-After (whole seconds, rounded up) on the refusal that is about to be sent.</summary>
    public static void SetRetryAfter(HttpContext context, TimeSpan after) =>
        context.Response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(after.TotalSeconds)).ToString(CultureInfo.InvariantCulture);

    /// <summary>The client as counted: an IPv4 address as it is, an IPv6 address by its /64 network.</summary>
    internal static string Counted(string client)
    {
        if (!IPAddress.TryParse(client, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6
            || address.IsIPv4MappedToIPv6)
            return client;
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
