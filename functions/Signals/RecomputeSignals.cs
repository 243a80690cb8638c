using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;

namespace IpsMonitor.Signals;

/// <summary>The queue functions: whatever changed about a candidate, their signals are recomputed from stored data.</summary>
internal sealed class RecomputeSignals(SignalRecompute recompute)
{
    public Task OnCheckIn(CheckInMessage message, CancellationToken ct) => recompute.RunAsync(message.ProgrammeId, message.CandidateId, ct);

    public Task OnCandidateChanged(CandidateChanged message, CancellationToken ct) => recompute.RunAsync(message.ProgrammeId, message.CandidateId, ct);
}
