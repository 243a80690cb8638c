using System.Net;
using System.Net.Sockets;

namespace IpsMonitor.Development;

/// <summary>
/// A coarse fingerprint of where a personal link was opened: the client's network (an IPv4 /24, an IPv6 /48) and the
/// kind of device and browser, hashed with the candidate's id into 8 hex characters. It tells a coordinator that one
/// link was opened from several places, which may mean it was forwarded; it never holds the address itself, and the
/// same place gives a different value for another candidate, so places cannot be followed across people.
/// </summary>
internal static class ClientPlace
{
    public static string Of(string client, string userAgent, string candidateId) =>
        Secrets.Hash($"{candidateId}|{Network(client)}|{Device(userAgent)}")[..8];

    private static string Network(string client)
    {
        if (!IPAddress.TryParse(client, out var address))
            return client;
        if (address.IsIPv4MappedToIPv6)
            address = address.MapToIPv4();
        var bytes = address.GetAddressBytes();
        var keep = address.AddressFamily == AddressFamily.InterNetworkV6 ? 6 : 3;
        Array.Clear(bytes, keep, bytes.Length - keep);
        return new IPAddress(bytes).ToString();
    }

    /// <summary>The device and browser family, as few words as tell a phone from a laptop; versions are left out.</summary>
    private static string Device(string userAgent)
    {
        string[] systems = ["Android", "iPhone", "iPad", "Windows", "Mac OS X", "CrOS", "Linux"];
        string[] browsers = ["Edg/", "OPR/", "SamsungBrowser", "Firefox/", "FxiOS", "CriOS", "Chrome/", "Safari/"];
        var system = systems.FirstOrDefault(s => userAgent.Contains(s, StringComparison.Ordinal)) ?? "other";
        var browser = browsers.FirstOrDefault(b => userAgent.Contains(b, StringComparison.Ordinal)) ?? "other";
        return $"{system}/{browser}";
    }
}
