using System.Globalization;

namespace IpsMonitor.Workspace;

/// <summary>Where the pager under a list stands: this page, the last, and the addresses of the pages next to it.</summary>
public sealed record PagerView(int Page, int Last, string? Previous, string? Next);

/// <summary>
/// "Vorige" and "Volgende" under a long list on a staff page: plain links to the same address with another
/// <c>?page=</c>, so paging works without script and a page can be bookmarked.
/// </summary>
internal static class StaffPager
{
    /// <summary>Rows a staff list shows at a time, the same on every list.</summary>
    public const int PageSize = 50;

    /// <summary>The page asked for (?page=, from 1); anything else is the first page.</summary>
    public static int Page(HttpRequest request) =>
        int.TryParse(request.Query["page"].FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var page)
        && page is >= 1 and <= 1_000_000 ? page : 1;

    /// <summary>The page asked for, where the list's length is known only once it is read (the worklists).</summary>
    public static Paging Paging(HttpRequest request) => new(Page(request), PageSize);

    /// <summary>
    /// The page to show of a list of <paramref name="total"/>: the one asked for, or the last when that lies past the end
    /// (the list shrank since, or the address was typed), so the pager never says "Pagina 2 van 1".
    /// </summary>
    public static Paging Paging(HttpRequest request, int total) =>
        new(Math.Min(Page(request), Last(total, PageSize)), PageSize);

    /// <summary>The list's continuation token, only while it belongs to the page shown (not when that was moved back).</summary>
    public static string? After(HttpRequest request, Paging paging) =>
        paging.Page == Page(request) ? request.Query["after"].FirstOrDefault() : null;

    private static int Last(int total, int pageSize) => Math.Max(1, (total + pageSize - 1) / pageSize);

    /// <summary>Null when everything fits on one page. "Volgende" carries the list's continuation token, when it has one.</summary>
    public static PagerView? View(HttpRequest request, Paging paging, int total, string? after = null)
    {
        var last = Last(total, paging.PageSize);
        if (last == 1 && paging.Page == 1)
            return null;
        return new PagerView(
            Math.Min(paging.Page, last),
            last,
            paging.Page > 1 ? Address(request, Math.Min(paging.Page - 1, last), null) : null,
            paging.HasNext(total) ? Address(request, paging.Page + 1, after) : null);
    }

    /// <summary>The same list at another page, its filters kept, from its start (no continuation token).</summary>
    public static string PageAddress(HttpRequest request, int page) => Address(request, page, null);

    private static string Address(HttpRequest request, int page, string? after)
    {
        var query = request.Query.Where(q => q.Key is not ("page" or "after"))
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .Append("page=" + page.ToString(CultureInfo.InvariantCulture))
            .Concat(after is null ? [] : ["after=" + Uri.EscapeDataString(after)]);
        return request.PathBase + request.Path + "?" + string.Join("&", query);
    }
}
