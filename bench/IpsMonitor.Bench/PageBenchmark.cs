using IpsMonitor.Workspace;

namespace IpsMonitor.Bench;

/// <summary>
/// Render time of the two pages a coach opens most: the caseload and a candidate's page, over HTTP with a signed-in
/// session, against the real local host on an in-memory Azurite. A caseload of 20 candidates in work, each with a job,
/// two answered check-ins and an open one (the latency benchmark's seeding). Times include the storage reads, so the
/// figure is what the coach waits, and a view layer that got slower shows as a higher median.
/// </summary>
internal static class PageBenchmark
{
    public static async Task<int> RunAsync(int rounds)
    {
        await using var host = await BenchHost.StartAsync();
        var services = host.Services;
        var seeded = await HoursGapCandidates.SeedManyAsync(services, HoursGapCandidates.Programme, 20, CancellationToken.None);
        var candidates = seeded.Select(c => c.CandidateId).ToList();
        var access = services.GetRequiredService<AccessStore>();
        var key = await access.CreateKeyAsync(HoursGapCandidates.Programme, StaffRole.Coach, "coach", "bench", CancellationToken.None);
        var staff = await access.FindKeyAsync(key, CancellationToken.None)
            ?? throw new InvalidOperationException("The bench key was not stored.");
        var (session, _) = await services.GetRequiredService<StaffSessionStore>().StartAsync(key, staff, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(5)); // let the seeding's own messages drain

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = new Uri(host.Host.BaseAddress, "staff/"),
        };
        client.DefaultRequestHeaders.Add("Cookie", StaffPages.SessionCookie + "=" + session);
        var pages = new (string Name, string Path)[] { ("caseload (20 candidates)", "caseload"), ("candidate page", "candidates/" + candidates[7]) };
        var times = pages.ToDictionary(p => p.Name, _ => new List<double>());
        for (var round = -5; round < rounds; round++)
        {
            foreach (var (name, path) in pages)
            {
                var clock = Stopwatch.StartNew();
                using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
                var body = await response.Content.ReadAsStringAsync();
                clock.Stop();
                if (!response.IsSuccessStatusCode || body.Length < 1000)
                    throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
                if (round >= 0) // the first rounds warm up the JIT and the connections
                    times[name].Add(clock.Elapsed.TotalMilliseconds);
            }
        }
        foreach (var (name, list) in times)
        {
            list.Sort();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{name}: {list.Count} requests, median {list[list.Count / 2]:F1} ms, min {list[0]:F1} ms, max {list[^1]:F1} ms"));
        }
        return 0;
    }
}
