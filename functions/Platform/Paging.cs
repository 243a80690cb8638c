using System.Globalization;

namespace IpsMonitor.Platform;

/// <summary>
/// One page of a long list: <c>?page=</c> (from 1) and <c>?pageSize=</c> (1 to <see cref="MaxPageSize"/>, default
/// <see cref="DefaultPageSize"/>; the same for every list of the API). The answer carries
/// <c>X-Total-Count</c> and a <c>Link</c> header (RFC 8288) with <c>next</c> and <c>prev</c>, so the body stays the list itself.
/// A page past the end is an empty list, not an error: the list may have shrunk since the previous page.
/// </summary>
internal sealed record Paging(int Page, int PageSize)
{
    public const int DefaultPageSize = 100;
    public const int MaxPageSize = 500;

    /// <summary>Reads the two parameters; a bad one goes into <paramref name="errors"/> under its own name.</summary>
    public static Paging Read(IQueryCollection query, Dictionary<string, string[]> errors)
    {
        var page = Number(query, "page", 1, 1, 1_000_000, $"page is a whole number from 1 on.", errors);
        var size = Number(query, "pageSize", DefaultPageSize, 1, MaxPageSize,
            $"pageSize is a whole number from 1 to {MaxPageSize}.", errors);
        return new Paging(page, size);
    }

    private static int Number(IQueryCollection query, string name, int absent, int min, int max, string message, Dictionary<string, string[]> errors)
    {
        var values = query[name];
        if (values.Count == 0)
            return absent;
        if (values.Count == 1 && int.TryParse(values[0], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
            return n;
        errors[name] = [message];
        return absent;
    }

    /// <summary>Items before this page.</summary>
    public int Skip => (int)Math.Min(int.MaxValue, (long)(Page - 1) * PageSize);

    public IEnumerable<T> Of<T>(IEnumerable<T> items) => items.Skip(Skip).Take(PageSize);

    public bool HasNext(int total) => (long)Page * PageSize < total;

    /// <summary>
    /// Sets X-Total-Count and Link on the response: the same address with another page number. A list read in key order
    /// gives its continuation token (<paramref name="after"/>): the next page then starts there instead of counting
    /// rows from the start; other links leave it out.
    /// </summary>
    public void Describe(HttpRequest request, int total, string? after = null)
    {
        var headers = request.HttpContext.Response.Headers;
        headers["X-Total-Count"] = total.ToString(CultureInfo.InvariantCulture);
        var links = new List<string>();
        if (HasNext(total))
            links.Add($"<{Address(request, Page + 1, after)}>; rel=\"next\"");
        if (Page > 1)
            links.Add($"<{Address(request, Page - 1, null)}>; rel=\"prev\"");
        if (links.Count > 0)
            headers["Link"] = string.Join(", ", links);
    }

    private string Address(HttpRequest request, int page, string? after)
    {
        var query = request.Query.Where(q => q.Key is not ("page" or "pageSize" or "after"))
            .SelectMany(q => q.Value.Select(v => Uri.EscapeDataString(q.Key) + "=" + Uri.EscapeDataString(v ?? "")))
            .Append("page=" + page.ToString(CultureInfo.InvariantCulture)).Append("pageSize=" + PageSize.ToString(CultureInfo.InvariantCulture))
            .Concat(after is null ? [] : ["after=" + Uri.EscapeDataString(after)]);
        return request.PathBase + request.Path + "?" + string.Join("&", query);
    }
}
