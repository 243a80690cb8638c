using Azure.Data.Tables;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using Microsoft.Extensions.DependencyInjection;
namespace IpsMonitor.Bench;

/// <summary>
/// Writes a large programme through the same row mappings the stores use, in table transactions of 100 rows of one
/// partition, several at a time. Candidates are generated in chunks so the seed data is never all in memory at once.
/// With <paramref name="QuarterIndex"/> each closed check-in gets the quarter index row the product writes beside it;
/// without, the check-ins are as older versions stored them, for the upgrade's own command to index.
/// </summary>
internal sealed class ProgrammeSeeder(IServiceProvider services, int Seed, bool QuarterIndex = false)
{
    public const string ProgrammeId = "bench";
    private const int BatchSize = 100;
    private const int ChunkSize = 250;

    private TableClient Table(string name) =>
        services.GetRequiredService<TableServiceClient>().GetTableClient(services.GetRequiredService<StorageNames>().Table(name));

    public async Task<SeedSummary> SeedAsync(string programmeId, int candidateCount)
    {
        var started = TimeProvider.System.GetTimestamp();
        await services.GetRequiredService<AccessStore>().EnsureProgrammeAsync(programmeId, "Benchmark", CancellationToken.None);
        var history = new HistoryGenerator(programmeId, new Random(Seed), ProgrammeTime.Today(TimeProvider.System));
        var coachCount = Math.Max(1, candidateCount / 20);
        var access = services.GetRequiredService<AccessStore>();
        foreach (var coach in Coaches(programmeId, coachCount))
            await access.SaveCoachAsync(coach, CancellationToken.None);

        var summary = new SeedSummary(coachCount, 0, 0, 0, 0, 0, TimeSpan.Zero);
        for (var first = 0; first < candidateCount; first += ChunkSize)
        {
            var chunk = history.Generate(first, Math.Min(ChunkSize, candidateCount - first), coachCount);
            await Task.WhenAll(
                WriteAsync(chunk.Candidates, CaseloadStore.CandidatesTable),
                WriteAsync(chunk.Index, CaseloadStore.IndexTable),
                WriteAsync(chunk.Jobs, CaseloadStore.JobsTable),
                WriteAsync(chunk.Invitations, CheckInStore.Table),
                WriteAsync(QuarterIndex ? QuarterIndexRows(programmeId, chunk.Invitations) : [], CheckInStore.Table),
                WriteAsync(chunk.Signals, IpsMonitor.Signals.SignalStore.Table),
                WriteAsync(chunk.Contacts, ContactStore.Table),
                WriteAsync(chunk.Goals, IpsMonitor.Development.CandidateVoiceStore.Table));
            summary = summary with
            {
                Candidates = summary.Candidates + chunk.Candidates.Count,
                Jobs = summary.Jobs + chunk.Jobs.Count,
                CheckIns = summary.CheckIns + chunk.Invitations.Count,
                Answered = summary.Answered + chunk.Answered,
                Signals = summary.Signals + chunk.Signals.Count,
                Contacts = summary.Contacts + chunk.Contacts.Count,
                Goals = summary.Goals + chunk.Goals.Count,
            };
        }
        return summary with { Took = TimeProvider.System.GetElapsedTime(started) };
    }

    private static IEnumerable<Coach> Coaches(string programmeId, int count) => Enumerable.Range(0, count).Select(i =>
        new Coach(HistoryGenerator.CoachId(i), programmeId, i % 5 == 0 ? 0.8m : 1.0m) { Name = $"Begeleider {i + 1}" });

    private static List<TableEntity> QuarterIndexRows(string programmeId, IEnumerable<TableEntity> checkIns) =>
        [.. checkIns.Select(r => CheckInQuarterIndex.Row(programmeId, InvitationRows.ToFile(r).Invitation)).OfType<TableEntity>()];

    private async Task WriteAsync(IReadOnlyList<TableEntity> rows, string table)
    {
        var client = Table(table);
        // A transaction holds rows of one partition: the index has a partition per candidate.
        var batches = rows.GroupBy(r => r.PartitionKey).SelectMany(g => g.Chunk(BatchSize)).ToList();
        await Parallel.ForEachAsync(batches, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (batch, ct) =>
            await client.SubmitTransactionAsync(batch.Select(r => new TableTransactionAction(TableTransactionActionType.UpsertReplace, r)), ct));
    }
}

internal sealed record SeedSummary(int Coaches, int Candidates, int Jobs, int CheckIns, int Answered, int Signals, TimeSpan Took)
{
    public int Contacts { get; init; }

    public int Goals { get; init; }

    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture,
        $"Seeded {Candidates:N0} candidates, {Coaches:N0} coaches, {Jobs:N0} jobs, {CheckIns:N0} check-ins ({Answered:N0} answered), "
            + $"{Signals:N0} signals, {Contacts:N0} contacts, {Goals:N0} goals in {Took.TotalSeconds:0.0} s");
}
