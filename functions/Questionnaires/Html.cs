using System.Net;

namespace IpsMonitor.Questionnaires;

/// <summary>Encoding for every string that reaches a page: answers, texts from definitions, messages and URLs alike.</summary>
internal static class Html
{
    public static string Encode(string? value) => WebUtility.HtmlEncode(value ?? "");

    /// <summary>A URL for an href or action attribute, as <see cref="Platform.Link.To"/> allows it, encoded.</summary>
    public static string Url(string? url) => Encode(Platform.Link.To(url));

    /// <summary>
    /// A phone number as a tap-to-call link, shown as written; null when it holds no digits. Only digits and a leading +
    /// reach the tel: URL, so nothing else can be smuggled into it.
    /// </summary>
    public static string? Tel(string? number)
    {
        var dial = Platform.Link.Dial(number);
        return dial is null ? null : $"<a href=\"{Encode(dial)}\">{Encode(number?.Trim())}</a>";
    }
}
