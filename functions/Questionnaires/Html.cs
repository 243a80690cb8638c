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

    /// <summary>
    /// A phone number as a tap-to-call link, shown as written; null when it holds no digits. Only digits and a leading +
    /// reach the tel: URL, so nothing else can be smuggled into it.
    /// </summary>
    public static string? Tel(string? number)
    {
        var shown = number?.Trim() ?? "";
        var dial = new string(shown.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
        return dial.Any(char.IsAsciiDigit) ? $"<a href=\"tel:{Encode(dial)}\">{Encode(shown)}</a>" : null;
    }
}
