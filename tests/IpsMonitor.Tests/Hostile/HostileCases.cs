namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// What every hostile request must get back: a 4xx, as problem details (JSON) or a friendly page (HTML), with no stack
/// trace or internal name, and no header that the request smuggled in. Failures are collected, so one run shows them all.
/// </summary>
internal sealed class HostileCases
{
    private static readonly string[] InternalWords = ["   at ", "Exception", "IpsMonitor.", "System.", "Microsoft."];

    private readonly List<string> failures = [];

    public int Count { get; private set; }

    public IReadOnlyList<string> Failures => failures;

    /// <param name="allowed">Statuses besides 4xx this case may get (a staff page without a session redirects to sign-in).</param>
    /// <param name="field">The JSON field a problem must name, when the case is about one field.</param>
    /// <param name="refusedByServer">Refused by the web server before any function runs: a 400 without a body is all it says.</param>
    public async Task CheckAsync(string name, HttpResponseMessage response, int[]? allowed = null, string? field = null, bool refusedByServer = false)
    {
        Count++;
        var status = (int)response.StatusCode;
        var text = await response.Content.ReadAsStringAsync();
        var type = response.Content.Headers.ContentType?.MediaType;
        var problem = $"{name}: {status} {type} {text[..Math.Min(text.Length, 300)]}";
        if (refusedByServer && status == 400 && text.Length == 0)
            return;
        if (!(status is >= 400 and < 500 || allowed?.Contains(status) == true))
            failures.Add($"{problem} (expected a 4xx)");
        else if (status is >= 400 and < 500 && type is not ("application/problem+json" or "text/html"))
            failures.Add($"{problem} (expected problem details or a page)");
        else if (type == "application/problem+json" && !JsonDocument.Parse(text).RootElement.TryGetProperty("title", out _))
            failures.Add($"{problem} (problem without a title)");
        else if (type == "text/html" && !text.Contains("<h1>", StringComparison.Ordinal))
            failures.Add($"{problem} (not a page with a heading)");
        else if (InternalWords.FirstOrDefault(w => text.Contains(w, StringComparison.Ordinal)) is { } word)
            failures.Add($"{problem} (shows '{word}')");
        else if (field is not null && !(JsonDocument.Parse(text).RootElement.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _)))
            failures.Add($"{problem} (does not name {field})");
        if (response.Headers.Any(h => h.Key.Equals("Injected", StringComparison.OrdinalIgnoreCase))
            || (response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("injected=", StringComparison.Ordinal))))
            failures.Add($"{name}: a header from the request reached the answer");
    }

    public void Fail(string message) => failures.Add(message);
}
