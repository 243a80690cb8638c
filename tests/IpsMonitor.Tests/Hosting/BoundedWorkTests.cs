using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IpsMonitor.Health;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Hosting;

/// <summary>Expensive work is bounded: workbook builds per programme, buildable quarters, health probes, list sizes.</summary>
public sealed class BoundedWorkTests
{
    private static string BuildsPath(Quarter quarter) => $"programmes/{TestProgramme.Id}/workbooks/{quarter}/builds";

    [Fact]
    public async Task AProgrammeHasAtMostThreeBuildsWaitingAndASameRequestGetsThePendingOneBack()
    {
        // Nobody picks the requests up, so they stay pending.
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureWebJobs.BuildRequestedWorkbook.Disabled"] = "true" });
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        await p.EnrolAsync(current.Previous.Previous.Previous.Start);

        var accepted = new List<HttpResponseMessage>();
        foreach (var quarter in new[] { current, current.Previous, current.Previous.Previous })
            accepted.Add(await p.Coordinator.PostAsync(new Uri(BuildsPath(quarter), UriKind.Relative), null));
        var again = await p.Coordinator.PostAsync(new Uri(BuildsPath(current), UriKind.Relative), null);
        var fourth = await p.Coordinator.PostAsync(new Uri(BuildsPath(current.Previous.Previous.Previous), UriKind.Relative), null);

        Assert.All(accepted, a => Assert.Equal(HttpStatusCode.Accepted, a.StatusCode));
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(accepted[0].Headers.Location, again.Headers.Location);
        var problem = await ApiProblem.AssertAsync(fourth, HttpStatusCode.TooManyRequests);
        Assert.Contains("at most 3 can wait at once", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.NotNull(fourth.Headers.RetryAfter);
        Assert.Equal(3, await p.Service<WorkbookBuildStore>().PendingCountAsync(TestProgramme.Id, CancellationToken.None));
    }

    [Fact]
    public async Task TheLimitIsASetting()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["AzureWebJobs.BuildRequestedWorkbook.Disabled"] = "true",
            ["Workbooks:MaxPendingBuilds"] = "1",
        });
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);

        Assert.Equal(HttpStatusCode.Accepted, (await p.Coordinator.PostAsync(new Uri(BuildsPath(current), UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await p.Coordinator.PostAsync(new Uri(BuildsPath(current.Previous), UriKind.Relative), null)).StatusCode);
    }

    [Fact]
    public async Task OnlyQuartersFromTheFirstReferralUpToTheCurrentOneCanBeBuilt()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureWebJobs.BuildRequestedWorkbook.Disabled"] = "true" });
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        var firstReferral = current.Previous.Previous;
        await p.EnrolAsync(firstReferral.Start.AddDays(10));
        await p.EnrolAsync(current.Start);

        foreach (var quarter in new[] { firstReferral.Previous, new Quarter(2000, 1), current.Next })
        {
            var refused = await p.Coordinator.PostAsync(new Uri(BuildsPath(quarter), UriKind.Relative), null);
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
            var problem = await refused.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Contains(firstReferral.ToString(), problem.GetProperty("errors").GetProperty("quarter")[0].GetString(), StringComparison.Ordinal);
        }
        Assert.Equal(HttpStatusCode.Accepted, (await p.Coordinator.PostAsync(new Uri(BuildsPath(firstReferral), UriKind.Relative), null)).StatusCode);
        Assert.Equal(0 + 1, await p.Service<WorkbookBuildStore>().PendingCountAsync(TestProgramme.Id, CancellationToken.None));
    }

    /// <summary>Counts every request the storage clients send.</summary>
    private sealed class CountingPolicy : HttpPipelineSynchronousPolicy
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override void OnSendingRequest(HttpMessage message) => Interlocked.Increment(ref count);
    }

    private static async Task<(RunningHostHandle Host, CountingPolicy Calls)> HealthHostAsync(string cacheSeconds)
    {
        var calls = new CountingPolicy();
        var connection = await TestStorage.ConnectionStringAsync();
        T Counted<T>(T options) where T : ClientOptions
        {
            options.AddPolicy(calls, HttpPipelinePosition.PerRetry);
            return options;
        }
        var host = await TestHost.StartAsync(new Dictionary<string, string?> { ["Health:CacheSeconds"] = cacheSeconds }, services: s =>
            s.AddScoped(sp => new GetHealth(
                new BlobServiceClient(connection, Counted(new BlobClientOptions())),
                new QueueServiceClient(connection, Counted(new QueueClientOptions())),
                new TableServiceClient(connection, Counted(new TableClientOptions())),
                sp.GetRequiredService<StorageNames>(), sp.GetRequiredService<HealthCache>())));
        return (new RunningHostHandle(host), calls);
    }

    private sealed class RunningHostHandle(IpsMonitor.LocalHost.RunningHost host) : IAsyncDisposable
    {
        public IpsMonitor.LocalHost.RunningHost Host { get; } = host;

        public ValueTask DisposeAsync() => Host.DisposeAsync();
    }

    [Fact]
    public async Task HealthAnswersManyCallersFromOneRoundOfStorageCalls()
    {
        var (cached, calls) = await HealthHostAsync("30");
        await using (cached)
        {
            using var client = cached.Host.Client();
            var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => client.GetAsync(new Uri("health", UriKind.Relative))));
            for (var i = 0; i < 10; i++)
                Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("health", UriKind.Relative))).StatusCode);

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            Assert.Equal(3, calls.Count);
        }

        // Without the cache, the same 20 requests would cost 3 storage calls each: the counter sees the difference.
        var (uncached, direct) = await HealthHostAsync("0");
        await using (uncached)
        {
            using var client = uncached.Host.Client();
            for (var i = 0; i < 5; i++)
                await client.GetAsync(new Uri("health", UriKind.Relative));
            Assert.Equal(15, direct.Count);
        }
    }

    [Fact]
    public async Task TheCaseloadAndSignalListsArePagedWithATotalAndLinks()
    {
        await using var p = await TestProgramme.StartAsync();
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
            ids.Add(await p.EnrolIdAsync(new DateOnly(2026, 1, 5)));

        var seen = new List<string>();
        var next = $"programmes/{TestProgramme.Id}/candidates?pageSize=2";
        var pages = 0;
        while (next is not null)
        {
            var response = await p.Coordinator.GetAsync(new Uri(next.TrimStart('/').Replace("api/", "", StringComparison.Ordinal), UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("5", response.Headers.GetValues("X-Total-Count").Single());
            var page = (await response.Content.ReadFromJsonAsync<JsonElement[]>())!;
            Assert.True(page.Length <= 2);
            seen.AddRange(page.Select(c => c.GetProperty("id").GetString()!));
            next = response.Headers.TryGetValues("Link", out var links)
                ? links.Single().Split(", ").Where(l => l.EndsWith("rel=\"next\"", StringComparison.Ordinal)).Select(l => l[1..l.IndexOf('>', StringComparison.Ordinal)]).SingleOrDefault()
                : null;
            pages++;
        }

        Assert.Equal(3, pages);
        Assert.Equal(ids.Order(), seen.Order());
        foreach (var path in new[] { "candidates", "signals" })
        {
            foreach (var (query, field) in new[] { ("pageSize=501", "pageSize"), ("pageSize=0", "pageSize"), ("page=0", "page"), ("page=x", "page") })
            {
                var bad = await p.Coordinator.GetAsync(new Uri($"programmes/{TestProgramme.Id}/{path}?{query}", UriKind.Relative));
                Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
                Assert.True((await bad.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _), $"{path}?{query}");
            }
            var max = await p.Coordinator.GetAsync(new Uri($"programmes/{TestProgramme.Id}/{path}?pageSize=500", UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, max.StatusCode);
        }
    }

    [Fact]
    public async Task TheSignalListIsPaged()
    {
        await using var p = await TestProgramme.StartAsync();
        await CoachHistory.SeedAsync(p);
        var all = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/signals?state=all"))!;
        Assert.NotEmpty(all);

        var paged = new List<string>();
        for (var page = 1; page <= all.Length + 1; page++)
        {
            var response = await p.Coordinator.GetAsync(new Uri($"programmes/{TestProgramme.Id}/signals?state=all&pageSize=1&page={page}", UriKind.Relative));
            Assert.Equal(all.Length.ToString(System.Globalization.CultureInfo.InvariantCulture), response.Headers.GetValues("X-Total-Count").Single());
            Assert.Equal(page < all.Length, response.Headers.TryGetValues("Link", out var links) && links.Single().Contains("rel=\"next\"", StringComparison.Ordinal));
            if (page > 1)
                Assert.Contains("state=all", response.Headers.GetValues("Link").Single(), StringComparison.Ordinal);
            paged.AddRange((await response.Content.ReadFromJsonAsync<JsonElement[]>())!.Select(s => s.GetProperty("id").GetString()!));
        }

        Assert.Equal(all.Select(s => s.GetProperty("id").GetString()!), paged);

        // Following the Link header's next page, which carries a continuation token, gives the same list.
        var followed = new List<string>();
        for (var next = $"programmes/{TestProgramme.Id}/signals?state=all&pageSize=1"; next is not null;)
        {
            var response = await p.Coordinator.GetAsync(new Uri(next, UriKind.Relative));
            followed.AddRange((await response.Content.ReadFromJsonAsync<JsonElement[]>())!.Select(s => s.GetProperty("id").GetString()!));
            var link = response.Headers.TryGetValues("Link", out var links) ? links.Single() : "";
            next = System.Text.RegularExpressions.Regex.Match(link, "<[^>]*/api/([^>]*)>; rel=\"next\"") is { Success: true } m ? m.Groups[1].Value : null;
            Assert.True(next is null || next.Contains("after=", StringComparison.Ordinal), link);
        }
        Assert.Equal(paged, followed);
    }

    [Fact]
    public async Task TheCaseloadPageShowsFiftyAtATimeWithPreviousAndNextLinks()
    {
        await using var p = await TestProgramme.StartAsync();
        var ids = Enumerable.Range(0, 60).Select(i => $"k-{i:D3}").ToList();
        await p.StoreCandidatesAsync(ids);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var first = Dom.Parse(await coordinator.PageAsync("caseload"));
        var nextHref = first.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href") ?? "";
        var second = Dom.Parse(await coordinator.PageAsync(nextHref[(nextHref.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..]));
        static List<string> Shown(AngleSharp.Dom.IDocument page) =>
            page.QuerySelectorAll("table.stack tbody tr td:first-child a").Select(a => a.Text()).ToList();

        Assert.Equal(50, ids.Intersect(Shown(first)).Count());
        Assert.Equal(10, ids.Intersect(Shown(second)).Count());
        Assert.Empty(Shown(first).Intersect(Shown(second)));
        Assert.Contains("page=2", nextHref, StringComparison.Ordinal);
        Assert.NotNull(second.QuerySelector("nav.pager a[rel='prev']"));
        Assert.Null(second.QuerySelector("nav.pager a[rel='next']"));
        Assert.Equal("Pagina 2 van 2", second.QuerySelector("nav.pager span")?.Text());
    }
    [Fact]
    public async Task APagePastTheEndOfAnyStaffListShowsItsLastPageAndNeverAPageBeyondTheCount()
    {
        await using var p = await TestProgramme.StartAsync();
        await p.StoreCandidatesAsync(Enumerable.Range(0, 60).Select(i => $"k-{i:D3}").ToList());
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        // Every staff list with a pager: the first GET route of each page source that makes one, itself or through its worklist scope.
        var lists = Directory.EnumerateFiles(Repo.PathOf("functions", "Workspace"), "*.cs")
            .Select(File.ReadAllText)
            .Where(source => source.Contains("StaffPager.View(", StringComparison.Ordinal) || source.Contains("scope.Pager(", StringComparison.Ordinal))
            .Select(source => System.Text.RegularExpressions.Regex.Match(source, @"""get"", Route = ""staff/([a-z/-]+)""").Groups[1].Value)
            .Where(route => route.Length > 0).ToList();
        Assert.Superset(new HashSet<string> { "caseload", "today", "check-ins", "audit" }, lists.ToHashSet());
        var caseload = Dom.Parse(await coordinator.PageAsync("caseload"));
        var after = caseload.QuerySelector("nav.pager a[rel='next']")?.GetAttribute("href") is { } next
            ? next[(next.IndexOf("after=", StringComparison.Ordinal) + "after=".Length)..] : "";

        foreach (var list in lists)
            foreach (var query in new[] { "?page=9", "?page=2&after=zzz", "?page=2&after=" + after, "?page=3&after=" + after })
            {
                // A worklist answers a page past its end with its last page's address, the same list and filters.
                var path = list + query;
                var answer = await coordinator.GetAsync(path);
                if (answer.StatusCode == HttpStatusCode.SeeOther)
                {
                    var to = answer.Headers.Location?.ToString() ?? "";
                    Assert.StartsWith("/api/staff/" + list + "?", to, StringComparison.Ordinal);
                    Assert.DoesNotContain("after=", to, StringComparison.Ordinal);
                    path = to["/api/staff/".Length..];
                }
                var page = Dom.Parse(await coordinator.PageAsync(path));
                if (page.QuerySelector("nav.pager span")?.Text() is not { } pager)
                    continue;
                var numbers = System.Text.RegularExpressions.Regex.Matches(pager, @"\d+")
                    .Select(m => int.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
                Assert.True(numbers.Count == 2 && numbers[0] <= numbers[1], $"{list}{query}: {pager}");
                if (list == "caseload")
                    Assert.Equal("Pagina 2 van 2", pager);
            }
        // The last page shows its rows, not an empty list past the end.
        var last = Dom.Parse(await coordinator.PageAsync("caseload?page=9"));
        Assert.Equal(10, last.QuerySelectorAll("table.stack tbody tr").Length);
    }
}
