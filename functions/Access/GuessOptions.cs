using System.ComponentModel.DataAnnotations;

namespace IpsMonitor.Access;

/// <summary>
/// Settings under "Guessing:": how many wrong staff keys and unknown link tokens one client may send before it is refused
/// for the rest of the window, and how a client is recognised behind Azure's front ends.
/// </summary>
internal sealed class GuessOptions
{
    /// <summary>Wrong staff keys (API bearer and sign-in together) per client per window before refusal; default 5.</summary>
    [Range(1, 10_000)]
    public int KeyFailures { get; set; } = 5;

    /// <summary>Unknown questionnaire and development link tokens per client per window before refusal; default 10.</summary>
    [Range(1, 10_000)]
    public int LinkFailures { get; set; } = 10;

    /// <summary>Minutes over which failures are counted and for which a client is then refused; default 15.</summary>
    [Range(1, 1440)]
    public int WindowMinutes { get; set; } = 15;

    /// <summary>Milliseconds every failure waits before it is answered, so guessing is slow before it is refused; default 1000.</summary>
    [Range(0, 10_000)]
    public int DelayMilliseconds { get; set; } = 1000;

    /// <summary>
    /// The header that names the client when the app runs behind proxies, such as X-Forwarded-For; empty (the default)
    /// uses the connection's address, right for the local host. In Azure the Functions host hands requests to the worker
    /// over loopback, so there the connection address is the same for everyone and this must be set (see README).
    /// </summary>
    [MaxLength(100)]
    public string? ClientHeader { get; set; }

    /// <summary>
    /// How many proxies we run append to <see cref="ClientHeader"/>: the client is that many entries from the right
    /// (1: the last entry, written by the App Service front end; 2 with Azure Front Door before it). Entries further
    /// left were sent by the client and could be anything, so they are never used.
    /// </summary>
    [Range(1, 10)]
    public int ClientHeaderHops { get; set; } = 1;
}
