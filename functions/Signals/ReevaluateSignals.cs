namespace IpsMonitor.Signals;

/// <summary>
/// Nightly: time passes even when nobody submits anything, so the time-based rules (no response, IPS timeline) are
/// evaluated again for every candidate. A failure for one candidate or programme does not stop the rest.
/// </summary>
internal sealed partial class ReevaluateSignals(AccessStore access, CaseloadStore caseload, SignalRecompute recompute, ILogger<ReevaluateSignals> logger)
{
    [Function("ReevaluateSignals")]
    public async Task Run([TimerTrigger("%ReevaluateSignalsSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            var (evaluated, changed, failed) = (0, 0, 0);
            await foreach (var file in caseload.ListAsync(programmeId, ct))
            {
                try
                {
                    var plan = await recompute.RunAsync(programmeId, file.Candidate.Id, ct);
                    evaluated++;
                    changed += plan.IsEmpty ? 0 : 1;
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    failed++;
                    LogFailed(e, file.Candidate.Id);
                }
            }
            LogDone(programmeId, evaluated, changed, failed, timer.IsPastDue);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Signals of {ProgrammeId} re-evaluated: {Evaluated} candidates, "
        + "{Changed} changed, {Failed} failed (past due: {IsPastDue})")]
    private partial void LogDone(string programmeId, int evaluated, int changed, int failed, bool isPastDue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Re-evaluating signals of {CandidateId} failed")]
    private partial void LogFailed(Exception e, string candidateId);
}
