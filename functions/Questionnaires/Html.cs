using System.Net;

namespace IpsMonitor.Questionnaires;

/// <summary>Encoding for every string that reaches a page: answers, texts from definitions, messages and URLs alike.</summary>
internal static class Html
{
    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>
    /// A URL for an href or action attribute. Only http(s) and scheme-less (relative) URLs pass, so a "javascript:" URL
    /// can never become a link even if one slips into a caller's settings.
    /// </summary>
    public static string Url(string? url)
    {
        var value = url?.Trim() ?? "";
        var schemeEnd = value.IndexOfAny([':', '/', '?', '#']);
        var hasScheme = schemeEnd > 0 && value[schemeEnd] == ':';
        var safe = !hasScheme
            || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("http:", StringComparison.OrdinalIgnoreCase);
        return Encode(safe && value.Length > 0 ? value : "#");
    }
}
