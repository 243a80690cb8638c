using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>Pages as a browser parses them, so tests assert on elements and text rather than on how the markup is written.</summary>
internal static class Dom
{
    private static readonly HtmlParser Parser = new();

    public static IDocument Parse(string html) => Parser.ParseDocument(html);

    /// <summary>The text a person reads in the element, with runs of white space made one space.</summary>
    public static string Text(this IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
