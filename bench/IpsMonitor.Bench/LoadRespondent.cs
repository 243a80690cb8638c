using System.Collections.Concurrent;
using System.Net;
using System.Text.RegularExpressions;

namespace IpsMonitor.Bench;

/// <summary>
/// One respondent walking their questionnaire as a browser without JavaScript does: GET the page, POST the screen with the
/// hidden fields the page carries plus this screen's answers, follow the 303 with a GET. Answers differ per respondent
/// (scale points and a text with the respondent's number), so the end check can tell whose answers were stored.
/// </summary>
internal sealed partial class LoadRespondent(int index, string candidateId, string token, QuestionnaireDefinition definition)
{
    private Dictionary<string, string> hidden = [];

    public string CandidateId { get; } = candidateId;

    /// <summary>Item id → the value this respondent sent for it.</summary>
    public Dictionary<string, string> Sent { get; } = [];

    /// <summary>Set when the final submit was answered with the thank-you redirect.</summary>
    public bool Acknowledged { get; private set; }

    /// <summary>Opens the link and walks every screen but the last with "next".</summary>
    public async Task WalkScreensAsync(HttpClient client, LoadStats stats, CancellationToken ct)
    {
        await GetAsync(client, token, stats, ct);
        for (var step = 1; step < definition.Groups.Count; step++)
        {
            var response = await stats.TimeAsync("screen", () => client.SendAsync(Post(step, "next", "screen"), ct));
            if (response.StatusCode != HttpStatusCode.SeeOther || response.Headers.Location is not { } next)
            {
                stats.Error("screen", $"POST next answered {(int)response.StatusCode}");
                return;
            }
            await GetAsync(client, next.OriginalString, stats, ct);
        }
    }

    /// <summary>The last screen with "submit"; twice at once for a double click.</summary>
    public async Task SubmitAsync(HttpClient client, LoadStats stats, bool doubleClick, CancellationToken ct)
    {
        var step = definition.Groups.Count;
        var posts = Enumerable.Range(0, doubleClick ? 2 : 1)
            .Select(_ => stats.TimeAsync("submit", () => client.SendAsync(Post(step, "submit", "submit"), ct))).ToList();
        var ok = true;
        foreach (var response in await Task.WhenAll(posts))
        {
            if (response.StatusCode != HttpStatusCode.SeeOther || response.Headers.Location?.OriginalString.Contains("sent=1", StringComparison.Ordinal) != true)
            {
                stats.Error("submit", $"POST submit answered {(int)response.StatusCode}");
                ok = false;
            }
        }
        Acknowledged = ok;
    }

    private async Task GetAsync(HttpClient client, string relative, LoadStats stats, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(relative, UriKind.Relative));
        request.Headers.Add(StorageRoundTrips.Header, "page");
        var response = await stats.TimeAsync("page", () => client.SendAsync(request, ct));
        var html = await response.Content.ReadAsStringAsync(ct);
        if (response.StatusCode != HttpStatusCode.OK)
        {
            stats.Error("page", $"GET answered {(int)response.StatusCode}");
            return;
        }
        hidden = HiddenInput().Matches(html).ToDictionary(m => WebUtility.HtmlDecode(m.Groups[1].Value), m => WebUtility.HtmlDecode(m.Groups[2].Value));
    }

    private HttpRequestMessage Post(int step, string action, string kind)
    {
        var fields = new Dictionary<string, string>(hidden) { ["step"] = step.ToString(CultureInfo.InvariantCulture), ["action"] = action };
        foreach (var item in definition.Groups[step - 1].Items)
            fields[item.Id] = Sent[item.Id] = Value(item);
        var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"{token}?lang=nl", UriKind.Relative)) { Content = new FormUrlEncodedContent(fields) };
        request.Headers.Add(StorageRoundTrips.Header, kind);
        return request;
    }

    private string Value(Item item) => item.Id switch
    {
        ItemIds.HoursWorked or ItemIds.ContractHours => "16",
        ItemIds.DesiredHours => "32",
        _ => item switch
        {
            ScaleItem s => (s.Min + index % (s.Max - s.Min + 1)).ToString(CultureInfo.InvariantCulture),
            NumberItem n => n.Min.ToString(CultureInfo.InvariantCulture),
            ChoiceItem c => c.Options[index % c.Options.Count].Id,
            YesNoItem => index % 2 == 0 ? "yes" : "no",
            _ => $"Antwoord van respondent {index}",
        },
    };

    [GeneratedRegex("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\">")]
    private static partial Regex HiddenInput();
}

/// <summary>Latencies (ms) and errors per kind of request, from many clients at once.</summary>
internal sealed class LoadStats
{
    private readonly ConcurrentDictionary<string, ConcurrentBag<double>> latencies = new();
    private readonly ConcurrentDictionary<string, int> errors = new();

    public async Task<HttpResponseMessage> TimeAsync(string kind, Func<Task<HttpResponseMessage>> send)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var response = await send();
            latencies.GetOrAdd(kind, _ => []).Add(clock.Elapsed.TotalMilliseconds);
            return response;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Error(kind, e.GetType().Name);
            return new HttpResponseMessage(HttpStatusCode.ServiceUnavailable);
        }
    }

    public void Error(string kind, string what) => errors.AddOrUpdate($"{kind}: {what}", 1, (_, n) => n + 1);

    public IReadOnlyDictionary<string, int> Errors => errors;

    public int Count(string kind) => latencies.TryGetValue(kind, out var bag) ? bag.Count : 0;

    /// <summary>The p-th percentile (0..1) in ms, nearest rank; NaN when there is none.</summary>
    public double Percentile(string kind, double p)
    {
        if (!latencies.TryGetValue(kind, out var bag) || bag.IsEmpty)
            return double.NaN;
        var sorted = bag.Order().ToList();
        return sorted[Math.Max(0, (int)Math.Ceiling(p * sorted.Count) - 1)];
    }
}
