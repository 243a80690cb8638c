using System.Net.Http.Headers;
using Azure.Data.Tables;
using IpsMonitor.LocalHost;

namespace IpsMonitor.Bench;

/// <summary>
/// Many respondents at once on the local host over loopback, against a fresh in-memory Azurite. Every respondent walks
/// their questionnaire screen by screen; then all of them send the last screen, from a fixed number of clients, while the
/// signal queue drains and a workbook rebuild runs. Azurite's raw single-insert rate from the same number of clients,
/// measured in the same run, is the yardstick. The run is bounded in respondents and in time.
/// </summary>
internal static class LoadBenchmark
{
    public static async Task<int> RunAsync(int respondents, int clients, int rounds, TimeSpan limit)
    {
        using var deadline = new CancellationTokenSource(limit);
        var ct = deadline.Token;
        var roundTrips = new StorageRoundTrips();
        // No timer may fire in the middle of a round; the burst is what is measured.
        var settings = FunctionIndex.Load(FunctionIndex.DefaultPath, [typeof(LocalFunctionsHost).Assembly]).OfType<TimerFunction>()
            .ToDictionary(timer => $"AzureWebJobs.{timer.Name}.Disabled", _ => (string?)"true");
        await using var host = await BenchHost.StartAsync(settings, roundTrips.Register, ct);
        var services = host.Services;

        await HoursGapCandidates.EnsureProgrammeAsync(services, HoursGapCandidates.Programme, ct);
        var coordinatorKey = await services.GetRequiredService<AccessStore>()
            .CreateKeyAsync(HoursGapCandidates.Programme, StaffRole.Coordinator, null, "bench", ct);
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, MaxConnectionsPerServer = clients })
        {
            BaseAddress = new Uri(host.Host.BaseAddress, "q/"),
        };
        using var staff = new HttpClient { BaseAddress = host.Host.BaseAddress };
        staff.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", coordinatorKey);

        var results = new List<LoadRound>();
        var failed = false;
        for (var round = 1; round <= rounds && !ct.IsCancellationRequested; round++)
        {
            Console.WriteLine(Invariant($"round {round} of {rounds}"));
            var result = await RoundAsync(services, http, staff, host.StorageConnectionString, (round - 1) * respondents, respondents, clients, roundTrips, ct);
            results.Add(result);
            failed |= !result.Clean;
        }
        if (results.Count > 1)
            Console.WriteLine(LoadRound.Medians(results));
        return failed || results.Count < rounds ? 1 : 0;
    }

    private static async Task<LoadRound> RoundAsync(IServiceProvider services, HttpClient http, HttpClient staff, string connection,
        int first, int respondents, int clients, StorageRoundTrips roundTrips, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var definition = services.GetRequiredService<QuestionnaireCatalog>().Current(Respondent.Candidate).AskedOf(inWork: true);
        var seeded = new LoadRespondent[respondents];
        await Parallel.ForAsync(0, respondents, new ParallelOptions { MaxDegreeOfParallelism = clients, CancellationToken = ct }, async (i, token) =>
        {
            var (candidateId, link) = await HoursGapCandidates.SeedAsync(services, HoursGapCandidates.Programme, first + i, token);
            seeded[i] = new LoadRespondent(first + i, candidateId, link, definition);
        });
        await LoadChecks.WaitForEmptyQueuesAsync(services, ct);
        Console.WriteLine(Invariant($"seeded {respondents} respondents in {clock.Elapsed.TotalSeconds:F1} s; {definition.Groups.Count} screens each"));

        var stats = new LoadStats();
        roundTrips.Reset();
        var walk = Stopwatch.StartNew();
        await Parallel.ForEachAsync(seeded, new ParallelOptions { MaxDegreeOfParallelism = clients, CancellationToken = ct },
            async (r, token) => await r.WalkScreensAsync(http, stats, token));
        var screensTime = walk.Elapsed;

        // Measured right before the burst, when nothing else runs, so both figures see the same machine.
        var inserts = await RawInsertsAsync(connection, clients, TimeSpan.FromSeconds(5), ct);
        var today = ProgrammeTime.DateOf(DateTimeOffset.UtcNow);
        var quarter = Invariant($"{today.Year}-Q{(today.Month - 1) / 3 + 1}");
        var rebuild = await staff.PostAsync($"programmes/{HoursGapCandidates.Programme}/workbooks/{quarter}/builds", null, ct);
        var burst = Stopwatch.StartNew();
        walk.Stop();
        // Every 20th respondent double-clicks: two submits at once, which must store one answer set.
        await Parallel.ForAsync(0, respondents, new ParallelOptions { MaxDegreeOfParallelism = clients, CancellationToken = ct },
            async (i, token) => await seeded[i].SubmitAsync(http, stats, doubleClick: i % 20 == 7, token));
        var submitTime = burst.Elapsed;
        var acknowledged = seeded.Where(r => r.Acknowledged).Select(r => r.CandidateId).ToHashSet();
        var lag = await LoadChecks.WaitForSignalsAsync(services, HoursGapCandidates.Programme, acknowledged, ct);
        var build = await LoadChecks.WaitForBuildAsync(staff, rebuild, ct);
        await LoadChecks.WaitForEmptyQueuesAsync(services, ct);
        var check = await LoadChecks.CountStoredAsync(services, HoursGapCandidates.Programme, seeded, ct);

        var result = new LoadRound(respondents, respondents / submitTime.TotalSeconds, inserts, stats, lag, check,
            (respondents / (screensTime + submitTime).TotalSeconds));
        Console.WriteLine(Invariant($"""
            raw single-entity inserts from {clients} clients, just before the burst: {inserts:F0}/s
            screens: {stats.Count("screen")} POSTs and {stats.Count("page")} GETs in {screensTime.TotalSeconds:F1} s
              screen POST   median {stats.Percentile("screen", 0.5):F1} ms, p95 {stats.Percentile("screen", 0.95):F1} ms
              page GET      median {stats.Percentile("page", 0.5):F1} ms, p95 {stats.Percentile("page", 0.95):F1} ms
            final submits: {respondents} respondents ({stats.Count("submit")} POSTs with double clicks) in {submitTime.TotalSeconds:F2} s = {result.SubmitsPerSecond:F1} submits/s
              final submit  median {stats.Percentile("submit", 0.5):F1} ms, p95 {stats.Percentile("submit", 0.95):F1} ms
              ratio to raw inserts: {result.Ratio:F3}
            whole walk (screens and submits, without the insert measurement): {result.WalkRate:F1} respondents/s
            queue lag, last submit answered -> last hours-gap signal stored: {(lag is { } l ? $"{l.TotalMilliseconds:F0} ms" : "not within the time limit")}
            workbook rebuild during the burst: {build}
            errors: {(stats.Errors.Count == 0 ? "none" : string.Join("; ", stats.Errors.Select(e => $"{e.Key} x{e.Value}")))}
            stored: {check.Stored} of {check.Acknowledged} acknowledged; lost {check.Lost}, duplicated {check.Duplicated} (submit audit rows {check.SubmitAudits}, open hours-gap signals {check.Signals}, outbox rows left {check.Outbox})
            """));
        foreach (var kind in new[] { "submit", "screen", "page" })
            Console.WriteLine(LoadChecks.RoundTrips(kind, roundTrips.For(kind), stats.Count(kind)));
        return result;
    }

    /// <summary>Single-entity inserts into a table of their own, from that many clients at once, for the given time.</summary>
    private static async Task<double> RawInsertsAsync(string connection, int clients, TimeSpan duration, CancellationToken ct)
    {
        var table = new TableServiceClient(connection).GetTableClient("rawinserts");
        await table.CreateIfNotExistsAsync(ct);
        long count = 0;
        var run = Guid.NewGuid().ToString("N");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, clients).Select(async c =>
        {
            for (var i = 0; clock.Elapsed < duration && !ct.IsCancellationRequested; i++)
            {
                await table.AddEntityAsync(new TableEntity($"{run}-{c}", i.ToString("D8", CultureInfo.InvariantCulture)) { ["At"] = DateTimeOffset.UtcNow, ["Value"] = i }, ct);
                Interlocked.Increment(ref count);
            }
        }));
        return count / clock.Elapsed.TotalSeconds;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
