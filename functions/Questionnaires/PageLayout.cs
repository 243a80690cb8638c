using IpsMonitor.Platform;
using Microsoft.AspNetCore.Components;

namespace IpsMonitor.Questionnaires;

/// <summary><see cref="RespondentDocument"/> for the pages still built as strings.</summary>
internal static class PageLayout
{
    /// <param name="extraCss">Rules a page adds to the shared style sheet (for example the development view's charts).</param>
    public static string Document(string lang, string title, string body, string extraCss = "") =>
        Views.RenderAsync<RespondentDocument>(new Dictionary<string, object?>
        {
            [nameof(RespondentDocument.Lang)] = lang,
            [nameof(RespondentDocument.Title)] = title,
            [nameof(RespondentDocument.ExtraCss)] = new MarkupString(extraCss),
            // The body was built and encoded by the page itself; this bridge goes when the last string page is a component.
            [nameof(RespondentDocument.ChildContent)] = (RenderFragment)(builder => builder.AddMarkupContent(0, body)),
        }).GetAwaiter().GetResult();
}
