using Azure.Core;
using Azure.Core.Pipeline;
using IpsMonitor.Tests.Workspace;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace IpsMonitor.Tests.Caseload;

/// <summary>A list or worklist costs what it shows: the table rows a request reads do not grow with the programme or its history.</summary>
public sealed class CaseloadReadCostTests
{
    [Fact]
    public async Task TheCaseloadPageAndTheApiListReadRowsByPageSizeNotByProgrammeSize()
    {
        await using var counted = await CountedProgramme.StartAsync();
        var (counter, p, coordinator, today) = counted;
        for (var i = 0; i < 12; i++)
            await p.EnrolIdAsync(today.AddDays(-i));
        var smallList = await counter.RowsAsync(() => p.Coordinator.SendAsync(ApiPage()));
        var smallPage = await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "caseload")));

        for (var i = 0; i < 60; i++)
            await p.EnrolIdAsync(today.AddDays(-i), as_: i % 2 == 0 ? p.CoachA : p.CoachB);
        var largeList = await counter.RowsAsync(() => p.Coordinator.SendAsync(ApiPage()));
        var largePage = await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "caseload")));

        // 12 and then 72 candidates: the list of 5 reads the same rows; the page shows 12 and then 50, and reads no more for the rest.
        Assert.Equal(smallList, largeList);
        Assert.True(largePage - smallPage <= 50 - 12, $"the page read {smallPage} rows for 12 candidates and {largePage} for 72");
        Assert.True(largePage < 72, $"the page read {largePage} rows for 72 candidates");
    }

    [Fact]
    public async Task TheSignalListVandaagAndTheCheckInsBoardReadRowsByWhatTheyShowNotByHistoryOrProgrammeSize()
    {
        await using var counted = await CountedProgramme.StartAsync();
        var (counter, p, coordinator, today) = counted;
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var mine = new List<string>();
        // Searching for 13 months: the signal engine opens an urgent signal for each.
        for (var i = 0; i < 6; i++)
            mine.Add(await p.EnrolIdAsync(today.AddMonths(-13).AddDays(-i)));
        await RecomputeAsync(p, mine);
        var small = await PagesAsync(p, counter, coach, coordinator);

        // Two years of answered check-ins for each of them, all closed long ago: history no page shows.
        foreach (var id in mine)
            for (var week = 20; week < 100; week += 8)
                await AnsweredLongAgoAsync(p, id, today.AddDays(-7 * week));
        await RecomputeAsync(p, mine);
        var longer = await PagesAsync(p, counter, coach, coordinator);

        // And 60 candidates of the other coach, with their signals.
        var theirs = new List<string>();
        for (var i = 0; i < 60; i++)
            theirs.Add(await p.EnrolIdAsync(today.AddMonths(-13).AddDays(-i), as_: p.CoachB));
        await RecomputeAsync(p, theirs);
        var larger = await PagesAsync(p, counter, coach, coordinator);

        // Measured: 7, 16, 11, 23 and 12 rows at 6 candidates, with or without their history; at 66 the coordinator's
        // pages read 155 and 57 (50 candidates shown, each with a summary, an open signal and its owner row, and check-ins).
        Assert.Equal(small, longer);
        // The coach's pages and a page of the signal list read what they show; the coordinator's pages show 50 candidates of 66.
        Assert.Equal(small.Take(3), larger.Take(3));
        Assert.All(larger.Skip(3), rows => Assert.True(rows < 4 * 50, $"a coordinator's worklist read {rows} rows for 66 candidates"));

        // No worklist queries the check-ins, however long their history: a page of candidates reads them from the summaries.
        var checkIns = p.Service<StorageNames>().Table(CheckInStore.Table);
        foreach (var (session, page) in new[] { (coach, "today"), (coach, "check-ins"), (coordinator, "today"), (coordinator, "check-ins") })
        {
            await counter.RowsAsync(() => session.SendAsync(new HttpRequestMessage(HttpMethod.Get, page)));
            Assert.DoesNotContain(checkIns, counter.Queried);
            Assert.NotEmpty(counter.Queried);
        }

        // The coordinator's "Vandaag" shows 50 candidates, and its "Volgende" (with a continuation token) the other 16.
        string[] Shown(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("ol.worklist > li").Select(l => l.GetAttribute("data-candidate") ?? "").Distinct()];
        var first = Dom.Parse(await coordinator.PageAsync("today"));
        var next = first.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href") ?? "";
        Assert.Contains("after=", next, StringComparison.Ordinal);
        var second = Dom.Parse(await coordinator.PageAsync(next[(next.IndexOf("staff/", StringComparison.Ordinal) + "staff/".Length)..]));
        Assert.Equal(50, Shown(first).Length);
        Assert.Equal(mine.Concat(theirs).Order(StringComparer.Ordinal), Shown(first).Concat(Shown(second)).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task TheFidelityTeamAndCandidatePagesReadRowsByWhatTheyShowNotByProgrammeSize()
    {
        await using var counted = await CountedProgramme.StartAsync();
        var (counter, p, coordinator, today) = counted;
        var quarter = Quarter.Containing(today);
        var mine = await p.EnrolIdAsync(today.AddDays(-30));
        await p.StartJobAsync(mine, today.AddDays(-10), consent: false);
        // Each coach has a caseload from the start, so each has the count row the team page reads.
        await p.EnrolIdAsync(today.AddDays(-31), as_: p.CoachB);
        await IpsMonitor.Tests.Workbooks.WorkbookDownloads.RebuildAsync(p.Coordinator, quarter);
        var small = await ThreePagesAsync(counter, coordinator, mine);

        // 40 more candidates, half of them in work: the fidelity figures and both caseloads change, the rows read do not.
        for (var i = 0; i < 40; i++)
        {
            var id = await p.EnrolIdAsync(today.AddDays(-40 - i), as_: i % 2 == 0 ? p.CoachA : p.CoachB);
            if (i % 2 == 0)
                await p.StartJobAsync(id, today.AddDays(-5), consent: false);
        }
        await IpsMonitor.Tests.Workbooks.WorkbookDownloads.RebuildAsync(p.Coordinator, quarter);
        var moreCandidates = await ThreePagesAsync(counter, coordinator, mine);

        // And 20 more coaches: the team page lists them (a coach row and a count row each), the other two read none of them.
        var access = p.Service<AccessStore>();
        for (var i = 0; i < 20; i++)
            await access.SaveCoachAsync(new Coach($"coach-x{i:00}", TestProgramme.Id, 0.8m), CancellationToken.None);
        var moreCoaches = await ThreePagesAsync(counter, coordinator, mine);

        var fidelity = Dom.Parse(await coordinator.PageAsync("fidelity"));
        Assert.Equal("42", fidelity.QuerySelector("[data-evidence='1']")?.GetAttribute("data-caseload"));
        Assert.Equal("21", fidelity.QuerySelector("[data-evidence='11']")?.GetAttribute("data-placements"));
        var team = Dom.Parse(await coordinator.PageAsync("team"));
        Assert.StartsWith("21 / ", team.QuerySelector("tr[data-coach='coach-a'] td:nth-child(3)")?.Text().Trim(), StringComparison.Ordinal);
        Assert.StartsWith("21 / ", team.QuerySelector("tr[data-coach='coach-b'] td:nth-child(3)")?.Text().Trim(), StringComparison.Ordinal);
        // Measured: 3 (and a point read for each coach its figures name), 12 and 6 rows with 2 candidates as with 42; with 20 more coaches the team page reads 20 more (their count
        // rows do not exist yet), the others the same.
        Assert.Equal(small, moreCandidates);
        Assert.Equal((small[0], small[2]), (moreCoaches[0], moreCoaches[2]));
        Assert.InRange(moreCoaches[1] - small[1], 20, 2 * 20);
    }

    /// <summary>Rows read by: the fidelity page, the team page, and one candidate's page (the coordinator's).</summary>
    private static async Task<List<long>> ThreePagesAsync(TableRowCounter counter, StaffSession coordinator, string candidateId) =>
    [
        await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "fidelity"))),
        await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "team"))),
        await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "candidates/" + candidateId))),
    ];

    /// <summary>Rows read by: the signal list (5 of the coordinator's), the coach's "Vandaag" and board, the coordinator's.</summary>
    private static async Task<List<long>> PagesAsync(TestProgramme p, TableRowCounter counter, StaffSession coach, StaffSession coordinator) =>
    [
        await counter.RowsAsync(() => p.Coordinator.SendAsync(
            new(HttpMethod.Get, new Uri($"programmes/{TestProgramme.Id}/signals?pageSize=5", UriKind.Relative)))),
        await counter.RowsAsync(() => coach.SendAsync(new HttpRequestMessage(HttpMethod.Get, "today"))),
        await counter.RowsAsync(() => coach.SendAsync(new HttpRequestMessage(HttpMethod.Get, "check-ins"))),
        await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "today"))),
        await counter.RowsAsync(() => coordinator.SendAsync(new HttpRequestMessage(HttpMethod.Get, "check-ins"))),
    ];

    private static async Task RecomputeAsync(TestProgramme p, IEnumerable<string> ids)
    {
        foreach (var id in ids)
            await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, id, CancellationToken.None);
    }

    private static async Task AnsweredLongAgoAsync(TestProgramme p, string candidateId, DateOnly day)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
        Assert.True(await p.Service<CheckInStore>().TryCreateAsync(TestProgramme.Id, new Invitation("c-" + Secrets.NewId(4), candidateId,
            Respondent.Candidate, null, day, at.AddDays(-1), at.AddDays(13), InvitationState.Answered, at, QuestionnaireCatalog.CandidateCheckIn, 1,
            new Dictionary<string, Answer>()), CancellationToken.None));
    }

    private static HttpRequestMessage ApiPage() =>
        new(HttpMethod.Get, new Uri($"programmes/{TestProgramme.Id}/candidates?pageSize=5", UriKind.Relative));

    /// <summary>A programme whose table reads are counted, with its coordinator signed in to the staff pages.</summary>
    private sealed class CountedProgramme(TableRowCounter counter, TestProgramme programme, StaffSession coordinator) : IAsyncDisposable
    {
        public static async Task<CountedProgramme> StartAsync()
        {
            var counter = new TableRowCounter();
            var programme = await TestProgramme.StartAsync(services: counter.Register);
            try
            {
                return new(counter, programme, await StaffSession.SignInAsync(programme, "coordinator"));
            }
            catch
            {
                await programme.DisposeAsync();
                throw;
            }
        }

        public void Deconstruct(out TableRowCounter rows, out TestProgramme p, out StaffSession staff, out DateOnly today) =>
            (rows, p, staff, today) = (counter, programme, coordinator, programme.Today);

        public async ValueTask DisposeAsync()
        {
            coordinator.Dispose();
            await programme.DisposeAsync();
        }
    }

    /// <summary>
    /// Counts the table rows the host reads while answering HTTP requests (as the staff benchmark's StorageRoundTrips
    /// does): a query's rows, or the one entity of a point read. Queue and timer work runs outside a request and is not counted.
    /// </summary>
    private sealed class TableRowCounter : HttpPipelinePolicy
    {
        private static readonly AsyncLocal<bool> Counting = new();
        private readonly System.Collections.Concurrent.ConcurrentBag<string> queried = [];
        private long rows;

        /// <summary>The tables the last counted request queried (a point read is no query), by their stored names.</summary>
        public IReadOnlyCollection<string> Queried => [.. queried.Distinct()];

        public void Register(IServiceCollection services)
        {
            services.AddSingleton<HttpPipelinePolicy>(this);
            services.AddSingleton<IStartupFilter>(new MarkCountedRequests());
        }

        public async Task<long> RowsAsync(Func<Task<HttpResponseMessage>> send)
        {
            Interlocked.Exchange(ref rows, 0);
            queried.Clear();
            using var response = await send();
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return Interlocked.Read(ref rows);
        }

        public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            ProcessNext(message, pipeline);
            Count(message);
        }

        public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
        {
            await ProcessNextAsync(message, pipeline);
            Count(message);
        }

        private void Count(HttpMessage message)
        {
            if (!Counting.Value || message.Request.Method != RequestMethod.Get || !message.HasResponse || message.Response.Status != 200
                || message.Response.Headers.ContentType?.Contains("json", StringComparison.Ordinal) != true)
                return;
            // A query's path ends in "table()", a point read's in "table(PartitionKey='…',RowKey='…')".
            if (message.Request.Uri.Path.Split('/')[^1] is var segment && segment.EndsWith("()", StringComparison.Ordinal))
                queried.Add(segment[..^2]);
            using var json = JsonDocument.Parse(message.Response.Content.ToMemory());
            Interlocked.Add(ref rows, json.RootElement.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array
                ? value.GetArrayLength() : 1);
        }

        private sealed class MarkCountedRequests : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                app.Use(async (context, inner) =>
                {
                    Counting.Value = true;
                    await inner(context);
                });
                next(app);
            };
        }
    }
}
