using System.Text;

namespace IpsMonitor.WorkbookBench;

/// <summary>
/// (a) The bare read: the same seven queries the build runs (coaches, candidates, jobs, signals and the candidates' goals
/// by partition, the check-ins of the quarter and the one before by their quarter index, the logged contacts of those
/// quarters by their day, each with the columns it selects; the reminders, which the bench does not seed, left out), side by side
/// as it runs them, rows counted and dropped. (b) The full build as the timer runs it: read, compute, write both workbooks to blob storage, commit, store
/// the quarter's figures. Rounds alternate a and b so drift in the emulator hits both alike; a breakdown round shows
/// where a build's time goes, and <see cref="DependentRows"/> counts the rows the figures depend on.
/// </summary>
internal sealed class BuildBenchmark(IServiceProvider services, string programmeId)
{
    private readonly Quarter quarter = Quarter.LastClosedAt(TimeProvider.System.GetUtcNow(), Quarter.Amsterdam);

    public async Task<string> RunAsync(int rounds)
    {
        var build = services.GetRequiredService<WorkbookBuilder>();
        // Warm-up: JIT, connection pool, ClosedXML's static caches.
        await BareReadAsync();
        await build.BuildAsync(programmeId, quarter, "bench", CancellationToken.None);
        Settle();
        var resident = PeakMemory.Resident();

        var reads = new List<double>();
        var builds = new List<double>();
        var allocated = new List<double>();
        var readAllocated = new List<double>();
        // Each step's peak on its own, from a settled heap, so the build's peak can be set against the bare read's.
        var readPeaks = new List<double>();
        var buildPeaks = new List<double>();
        long rows = 0;
        for (var round = 1; round <= rounds; round++)
        {
            Settle();
            PeakMemory.Reset();
            var before = GC.GetTotalAllocatedBytes(precise: true);
            var started = TimeProvider.System.GetTimestamp();
            rows = await BareReadAsync();
            reads.Add(TimeProvider.System.GetElapsedTime(started).TotalSeconds);
            readAllocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0);
            readPeaks.Add(PeakMemory.Read().HighWaterMb);

            Settle();
            PeakMemory.Reset();
            before = GC.GetTotalAllocatedBytes(precise: true);
            started = TimeProvider.System.GetTimestamp();
            await build.BuildAsync(programmeId, quarter, "bench", CancellationToken.None);
            builds.Add(TimeProvider.System.GetElapsedTime(started).TotalSeconds);
            allocated.Add((GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0);
            buildPeaks.Add(PeakMemory.Read().HighWaterMb);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"round {round}: bare read {reads[^1]:0.00} s, build {builds[^1]:0.00} s, allocated {allocated[^1]:0} MB"));
        }
        var whole = PeakMemory.Read().WasReset ? "" : ", whole process";
        var breakdown = await BreakdownAsync();
        var dependent = await new DependentRows(services, programmeId, quarter).CountAsync();

        var text = new StringBuilder();
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"Quarter {quarter}, {rows:N0} rows read per round, {rounds} rounds, {Environment.ProcessorCount} cores, .NET {Environment.Version}");
        text.AppendLine("| measure | median | min | max |");
        text.AppendLine("|---|---|---|---|");
        text.AppendLine(c, $"| rows read / rows the figures depend on | {rows:N0} / {dependent.Total:N0} = {rows / (double)dependent.Total:0.00} | | |");
        text.AppendLine(c, $"| (a) bare read, 7 queries | {Median(reads):0.00} s | {reads.Min():0.00} s | {reads.Max():0.00} s |");
        text.AppendLine(c, $"| (b) full build (read, compute, both workbooks to blob) | {Median(builds):0.00} s | {builds.Min():0.00} s | {builds.Max():0.00} s |");
        text.AppendLine(c, $"| build / bare read | {Median(builds) / Median(reads):0.00} | | |");
        text.AppendLine(c, $"| GC allocated per bare read | {Median(readAllocated):0} MB | {readAllocated.Min():0} MB | {readAllocated.Max():0} MB |");
        text.AppendLine(c, $"| GC allocated per build | {Median(allocated):0} MB | {allocated.Min():0} MB | {allocated.Max():0} MB |");
        text.AppendLine(c, $"| peak working set during a build (VmHWM{whole}) | {Median(buildPeaks):0} MB | {buildPeaks.Min():0} MB | {buildPeaks.Max():0} MB |");
        text.AppendLine(c, $"| peak working set during a bare read (VmHWM{whole}) | {Median(readPeaks):0} MB | {readPeaks.Min():0} MB | {readPeaks.Max():0} MB |");
        text.AppendLine(c, $"| working set before the rounds (VmRSS: the host, no build running) | {resident:0} MB | | |");
        text.AppendLine(c, $"| managed heap after the rounds, after a full collection | {GC.GetTotalMemory(forceFullCollection: true) / 1048576.0:0} MB | | |");
        text.AppendLine();
        text.AppendLine(dependent.ToString());
        text.AppendLine();
        text.Append(breakdown);
        return text.ToString();
    }

    /// <summary>One build after a warm-up build, with its allocation sampled by type.</summary>
    public async Task<string> SampleAsync(AllocationSampler sampler)
    {
        var build = services.GetRequiredService<WorkbookBuilder>();
        await build.BuildAsync(programmeId, quarter, "bench", CancellationToken.None);
        Settle();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        sampler.Start();
        await build.BuildAsync(programmeId, quarter, "bench", CancellationToken.None);
        var table = sampler.Stop(25);
        return string.Create(CultureInfo.InvariantCulture,
            $"One build of {quarter} allocated {(GC.GetTotalAllocatedBytes(precise: true) - before) / 1048576.0:0} MB; by type:\n{table}");
    }

    /// <summary>Streams every row the build reads the way the build reads them (<see cref="RowStream"/>), and maps none of them.</summary>
    private async Task<long> BareReadAsync()
    {
        var stream = services.GetRequiredService<RowStream>();
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}");
        var counts = await Task.WhenAll(
            CountAsync(stream, AccessStore.CoachesTable, partition),
            CountAsync(stream, CaseloadStore.CandidatesTable, partition, CandidateRows.FigureColumns),
            CountAsync(stream, CaseloadStore.JobsTable, partition, CandidateRows.JobFigureColumns),
            CountAsync(stream, CheckInStore.Table, CheckInQuarterIndex.Range(programmeId, quarter.Previous.ToString(), quarter.ToString()), CheckInQuarterIndex.Columns),
            CountAsync(stream, IpsMonitor.Signals.SignalStore.Table, partition, ProgrammeReader.SignalColumns),
            CountAsync(stream, ContactStore.Table, ProgrammeReader.ContactFilter(programmeId, quarter), ProgrammeReader.ContactColumns),
            CountAsync(stream, IpsMonitor.Development.CandidateVoiceStore.Table, partition, ProgrammeReader.GoalColumns));
        return counts.Sum();
    }

    private static async Task<long> CountAsync(RowStream stream, string table, string filter, IEnumerable<string>? select = null)
    {
        long count = 0;
        await stream.ForEachAsync(table, filter, select, _ => count++, CancellationToken.None);
        return count;
    }

    /// <summary>
    /// One build taken apart: where the time, the allocation and the peak working set of (b) go. Each step's peak is
    /// measured from a reset at its start, so it includes what the steps before it left uncollected, as in a build.
    /// </summary>
    private async Task<string> BreakdownAsync()
    {
        var time = TimeProvider.System;
        Settle();
        PeakMemory.Reset();
        var started = time.GetTimestamp();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var (report, read, compute, counts) = await ReadAndComputeAsync();
        var text = new StringBuilder("| build step | time | allocated | peak working set | output |\n|---|---|---|---|---|\n");
        var c = CultureInfo.InvariantCulture;
        text.AppendLine(c, $"| read and map ({counts}) | {read.Time.TotalSeconds:0.00} s | {read.Allocated:0} MB | {read.Peak:0} MB | |");
        text.AppendLine(c, $"| compute the report | {compute.Time.TotalSeconds:0.00} s | {compute.Allocated:0} MB | {compute.Peak:0} MB | {report.Candidates.Count:N0} candidate lines |");
        before = GC.GetTotalAllocatedBytes(precise: true);
        foreach (var variant in new[] { WorkbookVariant.Intern, WorkbookVariant.Extern })
        {
            using var buffer = new MemoryStream();
            PeakMemory.Reset();
            started = time.GetTimestamp();
            QuarterlyWorkbook.Write(report, variant, time.GetUtcNow(), buffer);
            text.AppendLine(c, $"| write {WorkbookBlobs.VariantName(variant)} workbook | {time.GetElapsedTime(started).TotalSeconds:0.00} s "
                + $"| {Allocated(ref before):0} MB | {PeakMemory.Read().HighWaterMb:0} MB | {buffer.Length / 1024.0:0} KB |");
        }
        return text.ToString();
    }

    /// <summary>The read and the report, in a method of their own so the raw data is garbage afterwards, as in a build.</summary>
    private async Task<(QuarterlyReport Report, Step Read, Step Compute, string Counts)> ReadAndComputeAsync()
    {
        var time = TimeProvider.System;
        var before = GC.GetTotalAllocatedBytes(precise: true);
        var started = time.GetTimestamp();
        var data = await services.GetRequiredService<ProgrammeReader>().ReadAsync(programmeId, quarter, CancellationToken.None);
        var read = new Step(time.GetElapsedTime(started), Allocated(ref before), PeakMemory.Read().HighWaterMb);
        PeakMemory.Reset();
        started = time.GetTimestamp();
        var report = QuarterlyMetrics.Compute(data, quarter, Quarter.Amsterdam);
        var compute = new Step(time.GetElapsedTime(started), Allocated(ref before), PeakMemory.Read().HighWaterMb);
        return (report, read, compute, string.Create(CultureInfo.InvariantCulture,
            $"{data.Candidates.Count:N0} candidates, {data.Jobs.Count:N0} jobs, {data.Invitations.Count:N0} check-ins, {data.Signals.Count:N0} signals"));
    }

    private sealed record Step(TimeSpan Time, double Allocated, double Peak);

    /// <summary>Megabytes allocated since <paramref name="before"/>, which moves on to now.</summary>
    private static double Allocated(ref long before)
    {
        var now = GC.GetTotalAllocatedBytes(precise: true);
        var megabytes = (now - before) / 1048576.0;
        before = now;
        return megabytes;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private static void Settle()
    {
        GC.Collect(2, GCCollectionMode.Aggressive, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
    }
}
