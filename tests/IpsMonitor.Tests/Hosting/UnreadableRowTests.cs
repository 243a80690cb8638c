using Microsoft.Extensions.Logging;
using IpsMonitor.Tests.Hostile;
using IpsMonitor.Tests.Workbooks;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// One stored row the product cannot read never breaks a page or a list. The tables come from StorageLayout and the
/// routes from the build's functions.metadata, so a table or a staff GET route added later is covered without anyone
/// listing it: each table has a way to spoil one of its rows here, or a reason on the short list why no page reads it.
/// </summary>
public sealed class UnreadableRowTests
{
    /// <summary>Tables no staff page or API list maps a row of, and why.</summary>
    private static readonly Dictionary<string, string> NoPageReads = new()
    {
        [IpsMonitor.Health.RecordHeartbeat.Table] = "read by the health check only, which shows no stored row",
        [AccessStore.ProgrammesTable] = "pages ask only whether the programme exists",
        [CaseloadStore.IndexTable] = "read by candidate id only: an unreadable index row answers as an unknown candidate",
        [CheckInStore.TokensTable] = "resolved by a respondent's link only, never listed",
        [IpsMonitor.Development.DevelopmentLinkStore.Table] = "read by the candidate's own link only (d/…), never by staff",
        [WorkbookBuildLog.Table] = "read by the erasure's workbook scrub only",
        [IpsMonitor.Workspace.StaffSessionStore.Table] = "read by the session cookie's hash only",
        [GuessCounts.Table] = "the guess throttle's counters, read by client only",
    };

    /// <summary>Per table, the routes that certainly read the spoiled row and so must say that one row was left out.</summary>
    private static readonly Dictionary<string, string[]> MustSay = new()
    {
        [CaseloadStore.CandidatesTable] = ["ShowCandidate", "GetCandidate"],
        [CaseloadStore.JobsTable] = ["ShowCandidate", "GetCandidate"],
        // The quarter overview reads only the figures its builds stored.
        [QuarterFiguresStore.Table] = ["ShowQuarter"],
        // The caseload lists read only the candidates' summaries; the page's order row is the one spoiled.
        [CaseloadSummaryStore.Table] = ["ShowCaseload"],
        [CheckInStore.Table] = ["ShowCandidate", "ListInvitations"],
        [SignalStore.Table] = ["ShowCandidate", "ListCandidateSignals"],
        // The signal list reads only its own rows, in the order it answers.
        [SignalIndexStore.Table] = ["ListSignals"],
        [AccessStore.CoachesTable] = ["ShowTeam"],
        [AccessStore.KeysTable] = ["ShowTeam", "ListStaffKeys"],
        [IpsMonitor.Fidelity.FidelityStore.Table] = ["ShowFidelity"],
        [WorkbookBuildStore.Table] = ["ShowWorkbookBuild", "GetWorkbookBuild"],
        [ContactStore.Table] = ["ShowCandidate"],
        [ObservationStore.Table] = ["ShowCandidate"],
        // The candidate page and its driegesprek agenda show the candidate's own goals and talk points.
        [IpsMonitor.Development.CandidateVoiceStore.Table] = ["ShowCandidate"],
        // Read by a point read when a job's onboarding ends near today; the export reads the candidate's reviews.
        [IpsMonitor.Workspace.FitReviewStore.Table] = ["ExportCandidate"],
    };

    private static string Candidate => $"{TestProgramme.Id}-k1";

    [Fact]
    public async Task AnUnreadableRowOfEachTableIsLeftOutAndCountedOnEveryPageAndListThatReadsIt()
    {
        Assert.Equal(StorageLayout.Tables.Order(), MustSay.Keys.Concat(NoPageReads.Keys).Order());
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p);
        var written = p.Clock.GetUtcNow();
        await p.Service<IpsMonitor.Development.CandidateVoiceStore>().SaveGoalAsync(TestProgramme.Id, Candidate,
            new IpsMonitor.Development.DevelopmentGoal("g1", "Leren plannen", IpsMonitor.Development.GoalState.Active, written, written),
            CancellationToken.None);
        await p.Service<IpsMonitor.Workspace.FitReviewStore>().MarkAsync(TestProgramme.Id, Candidate, await JobIdAsync(p), written,
            CancellationToken.None);
        await p.Service<QuarterlyWorkbooksFunction>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var build = await WorkbookDownloads.RebuildAsync(p.Coordinator, seed.Quarter);
        var requestId = build.GetProperty("statusUrl").GetString()!.Split('/')[^1];
        var values = new Dictionary<string, string[]>
        {
            ["programmeId"] = [TestProgramme.Id], ["candidateId"] = [Candidate], ["quarter"] = [seed.Quarter.ToString()],
            ["variant"] = ["intern", "extern"], ["requestId"] = [requestId], ["jobId"] = [await JobIdAsync(p)],
            ["coachId"] = ["coach-b"], ["keyId"] = ["no-such-key"], ["revealId"] = ["no-such-result"], ["talkId"] = ["t1"],
        };
        var routes = HttpRoute.All.Where(r => r.Method == "GET" && !r.IsLink && r.Template is not ("health" or "openapi.json")).ToList();
        using var browser = await IpsMonitor.Tests.Workspace.StaffSession.SignInAsync(p, "coordinator");

        foreach (var table in MustSay.Keys)
        {
            var (bad, original) = await SpoilAsync(p, table, requestId);
            var said = new List<string>();
            foreach (var route in routes)
                foreach (var path in Paths(route, values))
                {
                    var response = route.IsPage ? await browser.GetAsync(path["staff/".Length..]) : await p.Coordinator.GetAsync(new Uri(path, UriKind.Relative));
                    Assert.True((int)response.StatusCode < 500, $"{table}: {route} {path} answered {(int)response.StatusCode}");
                    var count = route.IsPage
                        ? Dom.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("[data-unreadable-rows]")?.GetAttribute("data-unreadable-rows")
                        : response.Headers.TryGetValues(UnreadableRows.Header, out var header) ? header.Single() : null;
                    if (count is null)
                        continue;
                    Assert.True(count == "1", $"{table}: {route} {path} counted {count} rows, not the one spoiled");
                    said.Add(route.Name);
                }
            Assert.All(MustSay[table], name => Assert.True(said.Contains(name), $"{table}: {name} did not say a row was left out"));
            await RestoreAsync(p, table, bad, original);
        }
    }

    [Fact]
    public async Task TheCandidatePageOfAnUnreadableCandidateExplainsInsteadOfFailing()
    {
        await using var p = await TestProgramme.StartAsync();
        await StoredProgramme.SeededAsync(p);
        await SpoilAsync(p, CaseloadStore.CandidatesTable, "");
        using var browser = await IpsMonitor.Tests.Workspace.StaffSession.SignInAsync(p, "coordinator");

        var response = await browser.GetAsync("candidates/" + Candidate);
        var page = Dom.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        Assert.Equal("Gegevens niet leesbaar", page.QuerySelector("h1")?.Text());
        Assert.Equal("1 regel kon niet gelezen worden en is weggelaten. De beheerder vindt in het logboek welke.",
            page.QuerySelector("[data-unreadable-rows]")?.Text());
        // The caseload reads the candidates' summaries, not their rows: it still lists everyone.
        var caseload = Dom.Parse(await browser.PageAsync("caseload"));
        Assert.Contains($"{TestProgramme.Id}-k2", caseload.Body?.InnerHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ACandidatesDataIsNeverExportedInPartAndTheLeftOutRowIsLoggedByItsKeysOnly()
    {
        var log = new CapturedLog();
        await using var p = await TestProgramme.StartAsync(services: s => s.AddSingleton<ILoggerProvider>(log));
        await StoredProgramme.SeededAsync(p);
        var (bad, _) = await SpoilAsync(p, CheckInStore.Table, "");
        using var browser = await IpsMonitor.Tests.Workspace.StaffSession.SignInAsync(p, "coordinator");

        var export = await p.Coordinator.GetAsync(new Uri($"candidates/{Candidate}/export", UriKind.Relative));
        var answers = await browser.GetAsync($"candidates/{Candidate}/data/answers");

        Assert.Equal(HttpStatusCode.Conflict, export.StatusCode);
        Assert.Equal(CandidateRecords.IncompleteExport, (await export.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, answers.StatusCode);
        Assert.StartsWith("text/html", answers.Content.Headers.ContentType?.ToString(), StringComparison.Ordinal);
        Assert.Contains("niets gedownload", Dom.Parse(await answers.Content.ReadAsStringAsync()).QuerySelector("main")?.Text(), StringComparison.Ordinal);
        var expected = $"Left out a row of table {CheckInStore.Table} that could not be read: PartitionKey {bad.PartitionKey}, RowKey {bad.RowKey} (ArgumentException)";
        Assert.Contains(expected, log.Messages);
    }

    /// <summary>The host's log lines, as written.</summary>
    private sealed class CapturedLog : ILoggerProvider, ILogger
    {
        private readonly System.Collections.Concurrent.ConcurrentQueue<string> messages = new();

        public IReadOnlyList<string> Messages => messages.ToList();

        public ILogger CreateLogger(string categoryName) => this;

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            messages.Enqueue(formatter(state, exception));

        public void Dispose()
        {
        }
    }

    /// <summary>The seeded candidate's first job, for the routes of one job (its confirm pages).</summary>
    private static async Task<string> JobIdAsync(TestProgramme p)
    {
        await foreach (var row in p.Table(CaseloadStore.JobsTable).QueryAsync<TableEntity>(r => r.PartitionKey == TestProgramme.Id))
            if (row.RowKey.StartsWith(Candidate + "|", StringComparison.Ordinal))
                return row.RowKey[(Candidate.Length + 1)..];
        throw new InvalidOperationException("The seeded candidate has no job.");
    }

    private static IEnumerable<string> Paths(HttpRoute route, Dictionary<string, string[]> values) =>
        route.Parameters.Aggregate((IEnumerable<string>)[route.Template], (paths, parameter) =>
            paths.SelectMany(path => values[parameter].Select(value => path.Replace($"{{{parameter}}}", value, StringComparison.Ordinal))));

    /// <summary>One row of the table made unreadable, as an older or newer version might have stored it; and the row it replaced.</summary>
    private static async Task<(TableEntity Bad, TableEntity? Original)> SpoilAsync(TestProgramme p, string table, string requestId)
    {
        var candidateRow = Candidate + "|";
        (Func<TableEntity, bool> pick, string column, object value) = table switch
        {
            CaseloadStore.CandidatesTable => (r => r.RowKey == Candidate, "Referrals", "[{"),
            CaseloadSummaryStore.Table => (r => r.PartitionKey == TestProgramme.Id && r.RowKey.StartsWith(CaseloadOrder.Attention + "|", StringComparison.Ordinal)
                && r.RowKey.EndsWith(Candidate, StringComparison.Ordinal), CaseloadSummaryRows.SummaryColumn, "{"),
            SignalIndexStore.Table => (r => r.PartitionKey == TestProgramme.Id && SignalIndexRows.IsOpen(r.RowKey),
                SignalIndexRows.SignalColumn, "{"),
            QuarterFiguresStore.Table => (r => r.PartitionKey == TestProgramme.Id && r.RowKey == Quarter.Containing(p.Today).Previous.ToString(), "Figures", "{"),
            CaseloadStore.JobsTable => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal), "Kind", "Freelance"),
            CheckInStore.Table => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal), "State", "Lost"),
            SignalStore.Table => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal) && !r.RowKey.EndsWith("~state", StringComparison.Ordinal), "Severity", "high"),
            AccessStore.CoachesTable => (r => r.RowKey == "coach-b", "Fte", "veel"),
            AccessStore.KeysTable => (r => r.PartitionKey == "programme:" + TestProgramme.Id, "Role", "Admin"),
            WorkbookBuildStore.Table => (r => r.RowKey == requestId, "State", "Lost"),
            ContactStore.Table => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal), "With", "Neighbour"),
            ObservationStore.Table => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal), "WorkAbility", 12),
            IpsMonitor.Development.CandidateVoiceStore.Table => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal), "State", "Lost"),
            IpsMonitor.Workspace.FitReviewStore.Table => (r => r.RowKey.StartsWith(candidateRow, StringComparison.Ordinal), "ReviewedAt", "gisteren"),
            _ => ((Func<TableEntity, bool>)(_ => false), "Date", (object)"gisteren"),
        };
        TableEntity? original = null;
        await foreach (var row in p.Table(table).QueryAsync<TableEntity>())
            if (pick(row))
            {
                original = row;
                break;
            }
        // A programme has no fidelity review yet: the spoiled row is a new one.
        var bad = new TableEntity(original?.PartitionKey ?? TestProgramme.Id, original?.RowKey ?? "20260101-bad");
        foreach (var (name, stored) in original ?? [])
            if (name is not ("PartitionKey" or "RowKey" or "Timestamp" or "odata.etag"))
                bad[name] = stored;
        bad[column] = value;
        await p.Table(table).UpsertEntityAsync(bad, TableUpdateMode.Replace);
        return (bad, original);
    }

    private static Task RestoreAsync(TestProgramme p, string table, TableEntity bad, TableEntity? original) => original is null
        ? p.Table(table).DeleteEntityAsync(bad.PartitionKey, bad.RowKey)
        : p.Table(table).UpsertEntityAsync(original, TableUpdateMode.Replace);
}
