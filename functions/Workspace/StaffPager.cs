using System.Globalization;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Vorige" and "Volgende" under a long list on a staff page: plain links to the same address with another
/// <c>?page=</c>, so paging works without script and a page can be bookmarked.
/// </summary>
internal static class StaffPager
{
    private sealed record Words(string Pages, string Previous, string Next, string PageOf);

    private static readonly Words Nl = new("Pagina's", "Vorige", "Volgende", "Pagina {0} van {1}");
    private static readonly Words En = new("Pages", "Previous", "Next", "Page {0} of {1}");

    /// <summary>The page asked for (?page=, from 1); anything else is the first page.</summary>
    public static int Page(HttpRequest request) =>
        int.TryParse(request.Query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page) && page is >= 1 and <= 1_000_000 ? page : 1;

    /// <summary>Nothing when everything fits on one page.</summary>
    public static string Html(StaffText t, HttpRequest request, Paging paging, int total)
    {
        var last = Math.Max(1, (total + paging.PageSize - 1) / paging.PageSize);
        if (last == 1 && paging.Page == 1)
            return "";
        var w = t.Lang == "en" ? En : Nl;
        string Link(int page, string text, string rel) =>
            $"""<a href="{Questionnaires.Html.Url(Address(request, page))}" rel="{rel}">{text}</a>""";
        return $"""
            <nav class="pager" style="display:flex;flex-wrap:wrap;gap:1rem;align-items:baseline;margin:1rem 0" aria-label="{w.Pages}">
            {(paging.Page > 1 ? Link(Math.Min(paging.Page - 1, last), w.Previous, "prev") : "")}
            <span>{string.Format(t.Culture, w.PageOf, paging.Page, last)}</span>
            {(paging.HasNext(total) ? Link(paging.Page + 1, w.Next, "next") : "")}
            </nav>
            """;
    }

    private static string Address(HttpRequest request, int page)
    {
        var query = request.Query.Where(q => q.Key != "page")
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .Append("page=" + page.ToString(CultureInfo.InvariantCulture));
        return request.PathBase + request.Path + "?" + string.Join("&", query);
    }
}
