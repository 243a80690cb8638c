namespace IpsMonitor.Access;

/// <summary>
/// Who is on the other end of a request, one rule for the guess limit and the audit trail. Behind the App Service front
/// end the connection is the Functions host, the same for every caller, so the client is read from the configured header
/// (<see cref="GuessOptions.ClientHeader"/>), that many entries from the right as our own proxies appended them; entries
/// further left were written by the caller and could be anything. Without a header: the connection's address.
/// </summary>
internal sealed class ClientAddress(IOptions<GuessOptions> options)
{
    /// <summary>
    /// A header with fewer entries than hops did not pass all our proxies: then the right-most entry, the one the proxy
    /// next to us wrote, is the only one known to be true. The left-most entry is the caller's own word and never used.
    /// </summary>
    public string Of(HttpContext context)
    {
        var o = options.Value;
        if (o.ClientHeader is { Length: > 0 } header)
        {
            var entries = context.Request.Headers[header].SelectMany(v => (v ?? "").Split(','))
                .Select(e => e.Trim()).Where(e => e.Length > 0).ToList();
            if (entries.Count > 0)
            {
                var entry = entries[entries.Count >= o.ClientHeaderHops ? entries.Count - o.ClientHeaderHops : entries.Count - 1];
                // App Service writes address:port; the port changes with every connection, so only the address counts.
                return System.Net.IPEndPoint.TryParse(entry, out var endPoint) ? endPoint.Address.ToString() : entry;
            }
        }
        return context.Connection.RemoteIpAddress?.ToString() ?? "unknown";
    }
}
