namespace IpsMonitor.Platform;

internal static class Keys
{
    /// <summary>
    /// Ids from a URL become table keys; storage refuses some characters with an error. Only letters, digits, '-' and '_'
    /// pass, so anything else is simply "not found" instead of a server error.
    /// </summary>
    public static bool IsSafe(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');
}
