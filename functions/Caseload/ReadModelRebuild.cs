namespace IpsMonitor.Caseload;

/// <summary>
/// Recomputes read models from the source rows: all of them (the <c>rebuild-read-models</c> command, after a restore or
/// a change to what a summary holds), or a random sample (the nightly check, which repairs what drifted and says how much).
/// </summary>
internal sealed partial class ReadModelRebuild(
    AccessStore access, CaseloadStore caseload, CaseloadSummaries summaries, CaseloadSummaryStore store,
    Signals.SignalIndexStore index, ILogger<ReadModelRebuild> logger)
{
    /// <summary>
    /// Every candidate's summary and signal list rows recomputed, and every row no candidate accounts for removed; answers
    /// the rows repaired.
    /// </summary>
    public async Task<RebuildResult> RebuildAsync(CancellationToken ct)
    {
        var (candidates, repaired) = (0, 0);
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            var ids = await caseload.IdsAsync(programmeId, ct);
            foreach (var id in ids)
                repaired += await summaries.RefreshAsync(programmeId, id, ct) ? 1 : 0;
            candidates += ids.Count;
            var live = ids.ToHashSet(StringComparer.Ordinal);
            repaired += await SweepAsync(programmeId, live, ct) + await index.SweepAsync(programmeId, live, ct);
        }
        return new RebuildResult(candidates, repaired);
    }

    /// <summary>
    /// Summary rows of candidates who are gone or belong to another coach's partition, and index rows no summary row
    /// owns, are removed; then each partition's counts are set from the summaries it holds.
    /// </summary>
    private async Task<int> SweepAsync(string programmeId, HashSet<string> candidates, CancellationToken ct)
    {
        var rows = new List<Azure.Data.Tables.TableEntity>();
        await foreach (var row in store.ProgrammeRowsAsync(programmeId, ct))
            rows.Add(row);
        var removed = 0;
        foreach (var partition in rows.GroupBy(r => r.PartitionKey))
        {
            var coach = partition.Key.Length > programmeId.Length ? partition.Key[(programmeId.Length + 1)..] : null;
            var kept = new List<CaseloadSummary>();
            var owned = new HashSet<string>(StringComparer.Ordinal);
            foreach (var row in partition.Where(r => r.RowKey.StartsWith(CaseloadSummaryStore.SummaryPrefix, StringComparison.Ordinal)))
            {
                if (CaseloadSummaryRows.TryRead(row) is { } summary && row.RowKey == CaseloadSummaryStore.SummaryPrefix + summary.Id
                    && candidates.Contains(summary.Id) && (coach is null || coach == summary.Candidate.CoachId))
                {
                    kept.Add(summary);
                    owned.UnionWith([summary.AttentionKey, summary.DueKey]);
                    continue;
                }
                await store.DeleteAsync(partition.Key, row.RowKey, ct);
                removed++;
            }
            foreach (var index in partition.Where(r => r.RowKey != CaseloadSummaryStore.CountsKey
                && !r.RowKey.StartsWith(CaseloadSummaryStore.SummaryPrefix, StringComparison.Ordinal) && !owned.Contains(r.RowKey)))
            {
                await store.DeleteAsync(partition.Key, index.RowKey, ct);
                removed++;
            }
            await store.SetCountsAsync(partition.Key, SummaryCounts.Of(kept), ct);
        }
        return removed;
    }

    /// <summary>Recomputes a random sample of candidates of every programme; logs and answers how many summaries were wrong.</summary>
    public async Task<int> CheckSampleAsync(int sample, CancellationToken ct)
    {
        var all = new List<(string Programme, string Candidate)>();
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
            all.AddRange((await caseload.IdsAsync(programmeId, ct)).Select(id => (programmeId, id)));
        var chosen = all.Count <= sample ? all : [.. all.OrderBy(_ => Random.Shared.Next()).Take(sample)];
        var repaired = 0;
        foreach (var (programmeId, candidateId) in chosen)
            repaired += await summaries.RefreshAsync(programmeId, candidateId, ct) ? 1 : 0;
        LogChecked(chosen.Count, repaired);
        return repaired;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Caseload summaries and signal list rows checked: {Checked} candidates, {Repaired} repaired")]
    private partial void LogChecked(int @checked, int repaired);
}

/// <summary>What a rebuild did: candidates recomputed, and rows that were wrong, missing or left over.</summary>
internal sealed record RebuildResult(int Candidates, int Repaired);

/// <summary>Nightly: a sample of summaries is recomputed from source rows, so drift is found, repaired and counted in the log.</summary>
internal sealed class CheckCaseloadSummaries(ReadModelRebuild rebuild)
{
    /// <summary>Enough to notice drift in any programme within days, small enough to cost seconds.</summary>
    public const int Sample = 200;

    [Function("CheckCaseloadSummaries")]
    public Task Run([TimerTrigger("%CaseloadSummaryCheckSchedule%")] TimerInfo timer, CancellationToken ct) =>
        rebuild.CheckSampleAsync(Sample, ct);
}
