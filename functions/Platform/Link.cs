namespace IpsMonitor.Platform;

/// <summary>
/// A URL for an href or action attribute. Only http(s) and scheme-less (relative) URLs pass, so a "javascript:" URL can
/// never become a link even if one slips into a caller's settings. Not encoded: Razor encodes attribute values.
/// </summary>
internal static class Link
{
    public static string To(string? url)
    {
        var value = url?.Trim() ?? "";
        var schemeEnd = value.IndexOfAny([':', '/', '?', '#']);
        var hasScheme = schemeEnd > 0 && value[schemeEnd] == ':';
        var safe = !hasScheme
            || value.StartsWith("https:", StringComparison.OrdinalIgnoreCase)
            || value.StartsWith("http:", StringComparison.OrdinalIgnoreCase);
        return safe && value.Length > 0 ? value : "#";
    }

    /// <summary>A mailto: URL for a well-formed address only (as the forms accept one), so nothing else rides on it; else null.</summary>
    public static string? Mail(string? address) =>
        address?.Trim() is { Length: > 0 } shown && Validation.IsEmail(shown) ? "mailto:" + shown : null;

    /// <summary>Only digits and a leading + reach a tel: URL, so nothing else can be smuggled into it; null when it holds no digits.</summary>
    public static string? Dial(string? number)
    {
        var shown = number?.Trim() ?? "";
        var dial = new string(shown.Where((c, i) => char.IsAsciiDigit(c) || (c == '+' && i == 0)).ToArray());
        return dial.Any(char.IsAsciiDigit) ? "tel:" + dial : null;
    }
}
