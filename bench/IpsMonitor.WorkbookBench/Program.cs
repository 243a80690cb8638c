using IpsMonitor.Bench;
using IpsMonitor.WorkbookBench;

// Seeds one programme of 5,000 candidates with three years of history into an in-memory Azurite, then times, over
// several rounds, (a) a bare read of the rows a build reads and (b) a full quarterly workbook build, and reports medians,
// memory, and the rows read against the rows the figures depend on.
//   dotnet run -c Release --project bench/IpsMonitor.WorkbookBench [-- --candidates 5000 --rounds 5 --seed-index]
// --allocations samples one build's allocation by type instead of timing rounds.
// --seed-index writes each check-in's quarter index row with it, as the product does since the index exists, instead of
// timing the upgrade's serial command over the whole history (about 20 minutes at 5,000 candidates on 2 shared cores).
var candidates = Option(args, "--candidates", 5000);
var rounds = Option(args, "--rounds", 5);
var seedIndex = args.Contains("--seed-index");
await using var host = await BenchHost.StartAsync(new Dictionary<string, string?> { ["IpsMonitor:StoragePrefix"] = "bench" });

var seeded = await new ProgrammeSeeder(host.Services, Seed: 20261123, QuarterIndex: seedIndex).SeedAsync(ProgrammeSeeder.ProgrammeId, candidates);
Console.WriteLine(seeded);
if (!seedIndex)
{
    // The seed wrote check-ins as older versions stored them; the upgrade's own command indexes them by quarter.
    var started = TimeProvider.System.GetTimestamp();
    var indexed = await host.Services.GetRequiredService<CheckInQuarterBackfill>().IndexAsync(ProgrammeSeeder.ProgrammeId, CancellationToken.None);
    Console.WriteLine(string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"Indexed {indexed:N0} closed check-ins by quarter (index-check-ins) in {TimeProvider.System.GetElapsedTime(started).TotalSeconds:0.0} s"));
}
if (args.Contains("--allocations"))
{
    // One build after a warm-up, its allocation sampled by type (see AllocationSampler); no rounds.
    using var sampler = new AllocationSampler();
    Console.WriteLine(await new BuildBenchmark(host.Services, ProgrammeSeeder.ProgrammeId).SampleAsync(sampler));
    return 0;
}
var report = await new BuildBenchmark(host.Services, ProgrammeSeeder.ProgrammeId).RunAsync(rounds);
Console.WriteLine();
Console.WriteLine(report);
return 0;

static int Option(string[] args, string name, int fallback)
{
    var at = Array.IndexOf(args, name);
    return at >= 0 && at + 1 < args.Length ? int.Parse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture) : fallback;
}
