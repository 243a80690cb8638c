namespace IpsMonitor.Signals;

/// <summary>The queue functions: whatever changed about a candidate, their signals are recomputed from stored data.</summary>
internal sealed class RecomputeSignals(SignalRecompute recompute)
{
    [Function("RecomputeOnCheckInSubmitted")]
    public Task OnCheckIn([QueueTrigger(QueueNames.CheckInSubmitted)] CheckInMessage message, CancellationToken ct) =>
        recompute.RunAsync(message.ProgrammeId, message.CandidateId, ct);

    [Function("RecomputeOnCheckInMissed")]
    public Task OnCheckInMissed([QueueTrigger(QueueNames.CheckInMissed)] CheckInMessage message, CancellationToken ct) =>
        recompute.RunAsync(message.ProgrammeId, message.CandidateId, ct);

    [Function("RecomputeOnCandidateChanged")]
    public Task OnCandidateChanged([QueueTrigger(QueueNames.CandidateChanged)] CandidateChanged message, CancellationToken ct) =>
        recompute.RunAsync(message.ProgrammeId, message.CandidateId, ct);
}
