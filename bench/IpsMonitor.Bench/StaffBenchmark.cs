using System.Net.Http.Headers;
using IpsMonitor.LocalHost;
using IpsMonitor.Workspace;

namespace IpsMonitor.Bench;

/// <summary>
/// Every staff page and API list over HTTP with a real session or key, at two programme sizes in one run (500 and 5,000
/// candidates with three years of history, seeded through the stores' own row mappings, as the product writes them).
/// Per request: median and p95 server time as the client waits, storage round trips and table rows read, and bytes; and
/// the median time outside storage: the request's time less the time it had a storage call on its way. The ratio of the
/// two sizes is the figure that matters: a page that costs what it shows stays near 1. The time outside storage shows
/// what the host's own work does, apart from what the emulator takes per call.
/// </summary>
internal static class StaffBenchmark
{
    private const string Programme = ProgrammeSeeder.ProgrammeId;

    public static async Task<int> RunAsync(int rounds, IReadOnlyList<int> sizes)
    {
        var results = new Dictionary<int, List<StaffTiming>>();
        foreach (var size in sizes)
            results[size] = await MeasureAsync(size, rounds);
        foreach (var (size, timings) in results)
        {
            Console.WriteLine(Invariant($"\n{size:N0} candidates"));
            Console.WriteLine("| request | median ms | p95 ms | outside storage, median ms | round trips | rows read | bytes |");
            Console.WriteLine("|---|---|---|---|---|---|---|");
            foreach (var t in timings)
                Console.WriteLine(Invariant($"| {t.Name} | {t.Median:F0} | {t.P95:F0} | {t.OutsideStorage:F1} | {t.RoundTrips:F1} | {t.Rows:F0} | {t.Bytes:N0} |"));
        }
        if (sizes.Count == 2)
        {
            Console.WriteLine(Invariant($"\nmedian at {sizes[1]:N0} / median at {sizes[0]:N0}, same run: whole request, and outside storage"));
            foreach (var (small, large) in results[sizes[0]].Zip(results[sizes[1]]))
                Console.WriteLine(Invariant($"{small.Name}: {large.Median / small.Median:F2}x, {large.OutsideStorage / small.OutsideStorage:F2}x"));
        }
        return 0;
    }

    private static async Task<List<StaffTiming>> MeasureAsync(int size, int rounds)
    {
        var roundTrips = new StorageRoundTrips();
        // No timer may run while pages are timed: the figures are what a person waits for, nothing else.
        var settings = FunctionIndex.Load(FunctionIndex.DefaultPath, [typeof(LocalFunctionsHost).Assembly]).OfType<TimerFunction>()
            .ToDictionary(timer => $"AzureWebJobs.{timer.Name}.Disabled", _ => (string?)"true");
        await using var host = await BenchHost.StartAsync(settings, roundTrips.Register);
        var services = host.Services;
        Console.WriteLine(await new ProgrammeSeeder(services, 7, QuarterIndex: true).SeedAsync(Programme, size));
        // The seeder writes source rows only, as a restore would: the read models are rebuilt from them.
        Console.WriteLine(await services.GetRequiredService<Caseload.ReadModelRebuild>().RebuildAsync(CancellationToken.None));
        // The quarter page reads the figures the nightly build stores: one build of the current quarter, as that timer runs it.
        var built = Stopwatch.StartNew();
        var quarter = Workbooks.Quarter.FromInstant(TimeProvider.System.GetUtcNow(), Workbooks.Quarter.Amsterdam);
        await services.GetRequiredService<Workbooks.WorkbookBuilder>().BuildAsync(Programme, quarter, "nightly", CancellationToken.None);
        Console.WriteLine(Invariant($"Built the workbooks and figures of {quarter} in {built.Elapsed.TotalSeconds:0.0} s"));

        var coachId = HistoryGenerator.CoachId(1);
        var coordinator = await SessionAsync(services, StaffRole.Coordinator, null);
        var coach = await SessionAsync(services, StaffRole.Coach, coachId);
        var apiKey = await services.GetRequiredService<AccessStore>()
            .CreateKeyAsync(Programme, StaffRole.Coordinator, null, "bench api", CancellationToken.None);
        var candidate = "k00001"; // in coach c001's caseload: candidate i belongs to coach i mod the coach count

        var requests = new (string Name, string Path, string Auth)[]
        {
            ("coach caseload", "staff/caseload", coach),
            ("coach Vandaag", "staff/today", coach),
            ("coach check-ins", "staff/check-ins", coach),
            ("candidate page", $"staff/candidates/{candidate}", coach),
            ("coordinator caseload", "staff/caseload", coordinator),
            ("coordinator Vandaag", "staff/today", coordinator),
            ("coordinator check-ins", "staff/check-ins", coordinator),
            ("quarter page", "staff/quarter", coordinator),
            ("team page", "staff/team", coordinator),
            ("fidelity page", "staff/fidelity", coordinator),
            ("workbooks page", "staff/workbooks", coordinator),
            ("audit page", "staff/audit", coordinator),
            ("API caseload list", $"programmes/{Programme}/candidates", "Bearer " + apiKey),
            ("API signal list", $"programmes/{Programme}/signals", "Bearer " + apiKey),
            ("API audit list", $"programmes/{Programme}/audit", "Bearer " + apiKey),
            ("API key list", $"programmes/{Programme}/keys", "Bearer " + apiKey),
            ("API workbook list", $"programmes/{Programme}/workbooks", "Bearer " + apiKey),
            ("API candidate check-ins", $"candidates/{candidate}/invitations", "Bearer " + apiKey),
            ("API candidate signals", $"candidates/{candidate}/signals", "Bearer " + apiKey),
        };
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = host.Host.BaseAddress,
            Timeout = TimeSpan.FromMinutes(5),
        };
        var timings = new List<StaffTiming>();
        foreach (var (name, path, auth) in requests)
            timings.Add(await TimeAsync(client, roundTrips, name, path, auth, rounds));
        return timings;
    }

    private static async Task<StaffTiming> TimeAsync(HttpClient client, StorageRoundTrips roundTrips, string name, string path,
        string auth, int rounds)
    {
        var times = new List<double>();
        var outside = new List<double>();
        long bytes = 0;
        var failed = "";
        for (var round = -2; round < rounds; round++) // two warm-up requests: JIT, connections, caches of the host
        {
            if (round == 0)
                roundTrips.Reset();
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            request.Headers.Add(StorageRoundTrips.Header, name);
            if (auth.StartsWith("Bearer ", StringComparison.Ordinal))
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", auth["Bearer ".Length..]);
            else
                request.Headers.Add("Cookie", StaffPages.SessionCookie + "=" + auth);
            var waitedBefore = roundTrips.WaitedFor(name);
            var clock = Stopwatch.StartNew();
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsByteArrayAsync();
            clock.Stop();
            var waited = roundTrips.WaitedFor(name) - waitedBefore;
            if (round < 0)
                continue;
            // A page that fails is reported, not fatal: the other pages' figures still count.
            if (!response.IsSuccessStatusCode)
                failed = $" ({path} answered {(int)response.StatusCode})";
            times.Add(clock.Elapsed.TotalMilliseconds);
            outside.Add((clock.Elapsed - waited).TotalMilliseconds);
            bytes = body.Length;
        }
        times.Sort();
        outside.Sort();
        var calls = roundTrips.For(name).Values;
        return new StaffTiming(name + failed, times[times.Count / 2], times[Math.Min(times.Count - 1, (int)Math.Ceiling(times.Count * 0.95) - 1)],
            (double)calls.Sum(c => c.Count) / rounds, (double)calls.Sum(c => c.Rows) / rounds, bytes, outside[outside.Count / 2]);
    }

    private static async Task<string> SessionAsync(IServiceProvider services, StaffRole role, string? coachId)
    {
        var access = services.GetRequiredService<AccessStore>();
        var key = await access.CreateKeyAsync(Programme, role, coachId, "bench", CancellationToken.None);
        var staff = await access.FindKeyAsync(key, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench key was not stored.");
        var (session, _) = await services.GetRequiredService<StaffSessionStore>().StartAsync(key, staff, CancellationToken.None);
        return session;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

internal sealed record StaffTiming(string Name, double Median, double P95, double RoundTrips, double Rows, long Bytes, double OutsideStorage);
