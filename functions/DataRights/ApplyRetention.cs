namespace IpsMonitor.DataRights;

/// <summary>
/// Nightly: erases every candidate whose retention period after discharge has passed (see RetentionOptions), audited as
/// the system, and finishes erasures that stopped halfway. One candidate's failure does not stop the rest; the next
/// night tries again, and an erasure, once begun, is finished whatever happens.
/// </summary>
internal sealed partial class ApplyRetention(
    AccessStore access, CaseloadStore caseload, ErasureTombstones tombstones, CandidateErasure erasure, IOptions<RetentionOptions> options,
    TimeProvider time, ILogger<ApplyRetention> logger)
{
    /// <summary>An erasure younger than this may still be running in the request that began it.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromHours(1);

    [Function("ApplyRetention")]
    public Task Run([TimerTrigger("%RetentionSchedule%")] TimerInfo timer, CancellationToken ct) => RunAsync(ct);

    /// <summary>Returns how many candidates were erased because their retention period had passed.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow();
        await foreach (var begun in tombstones.UnfinishedAsync(ct))
            if (begun.ErasedAt < now - Grace)
                await TryAsync(begun.CandidateId, () => erasure.FinishAsync(begun, ct));

        var today = ProgrammeTime.DateOf(now);
        var erased = 0;
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            var due = new List<string>();
            await foreach (var file in caseload.ListAsync(programmeId, ct))
                if (options.Value.ErasureDate(file.Candidate) <= today)
                    due.Add(file.Candidate.Id);
            foreach (var candidateId in due)
                erased += await TryAsync(candidateId, () => erasure.EraseAsync(programmeId, candidateId, null, ct)) ? 1 : 0;
            LogDone(programmeId, due.Count);
        }
        return erased;
    }

    private async Task<bool> TryAsync(string candidateId, Func<Task> erase)
    {
        try
        {
            await erase();
            return true;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogFailed(e, candidateId);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Retention for {ProgrammeId}: {Due} candidates past their retention period erased")]
    private partial void LogDone(string programmeId, int due);

    [LoggerMessage(Level = LogLevel.Error, Message = "Erasing candidate {CandidateId} failed; the next run tries again")]
    private partial void LogFailed(Exception e, string candidateId);
}
