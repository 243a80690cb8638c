namespace IpsMonitor.Bench;

/// <summary>
/// Queue end-to-end latency at the host.json defaults: a candidate submits the last screen of a check-in over HTTP, the
/// message goes through checkin-submitted, the signal function recomputes, and the hours-gap signal is stored. Each
/// candidate already has two check-ins wanting more hours, so the third opens the signal.
/// </summary>
internal static class LatencyBenchmark
{
    public static async Task<int> RunAsync(int submissions)
    {
        await using var host = await BenchHost.StartAsync();
        var services = host.Services;
        var candidates = await HoursGapCandidates.SeedManyAsync(services, HoursGapCandidates.Programme, submissions, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(5)); // let the seeding's own messages drain

        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(host.Host.BaseAddress, "q/") };
        var definition = services.GetRequiredService<QuestionnaireCatalog>().Current(Respondent.Candidate).AskedOf(inWork: true);
        var store = services.GetRequiredService<SignalStore>();
        var latencies = new List<double>();
        foreach (var (candidateId, token) in candidates)
        {
            for (var step = 1; step < definition.Groups.Count; step++)
                await client.PostAsync(new Uri(token, UriKind.Relative), Screen(definition, step, "next"));
            var clock = Stopwatch.StartNew();
            var response = await client.PostAsync(new Uri(token, UriKind.Relative), Screen(definition, definition.Groups.Count, "submit"));
            if ((int)response.StatusCode != 303)
                throw new InvalidOperationException($"Submit answered {(int)response.StatusCode}.");
            while (!(await store.LoadAsync(HoursGapCandidates.Programme, candidateId, CancellationToken.None)).Signals.Any(s => s.Type == SignalTypes.HoursGap))
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(30))
                    throw new TimeoutException($"No signal for {candidateId} after 30 s.");
                await Task.Delay(10);
            }
            latencies.Add(clock.Elapsed.TotalMilliseconds);
            // Idle gaps between people are normal; they let the listener back off as it would in production.
            await Task.Delay(Random.Shared.Next(200, 3000));
        }

        latencies.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"submit -> signal stored, {latencies.Count} submissions: median {Percentile(latencies, 0.5):F0} ms, p95 {Percentile(latencies, 0.95):F0} ms, min {latencies[0]:F0} ms, max {latencies[^1]:F0} ms"));
        return 0;
    }

    private static FormUrlEncodedContent Screen(QuestionnaireDefinition definition, int step, string action)
    {
        var fields = new List<KeyValuePair<string, string>> { new("step", step.ToString(CultureInfo.InvariantCulture)), new("action", action) };
        foreach (var item in definition.Groups[step - 1].Items)
        {
            var value = item.Id switch
            {
                ItemIds.HoursWorked or ItemIds.ContractHours => "16",
                ItemIds.DesiredHours => "32",
                _ => item switch
                {
                    ScaleItem s => s.Min.ToString(CultureInfo.InvariantCulture),
                    NumberItem n => n.Min.ToString(CultureInfo.InvariantCulture),
                    ChoiceItem c => c.Options[0].Id,
                    YesNoItem => "no",
                    _ => "",
                },
            };
            if (value.Length > 0)
                fields.Add(new(item.Id, value));
        }
        return new FormUrlEncodedContent(fields);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[(int)Math.Ceiling(p * sorted.Count) - 1];

}
