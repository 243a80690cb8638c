using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Signals;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.AzureEntry;

internal sealed class SignalEntries(RecomputeSignals recompute, ReevaluateSignals reevaluate, ListSignals list, CandidateSignals candidate)
{
    [Function(FunctionMetadata.RecomputeOnCheckInSubmitted.Name)]
    public Task RecomputeOnCheckInSubmitted([QueueTrigger(FunctionMetadata.RecomputeOnCheckInSubmitted.Queue)] CheckInMessage message, CancellationToken ct) => recompute.OnCheckIn(message, ct);

    [Function(FunctionMetadata.RecomputeOnCheckInMissed.Name)]
    public Task RecomputeOnCheckInMissed([QueueTrigger(FunctionMetadata.RecomputeOnCheckInMissed.Queue)] CheckInMessage message, CancellationToken ct) => recompute.OnCheckIn(message, ct);

    [Function(FunctionMetadata.RecomputeOnCandidateChanged.Name)]
    public Task RecomputeOnCandidateChanged([QueueTrigger(FunctionMetadata.RecomputeOnCandidateChanged.Queue)] CandidateChanged message, CancellationToken ct) => recompute.OnCandidateChanged(message, ct);

    [Function(FunctionMetadata.ReevaluateSignals.Name)]
    public Task ReevaluateSignals([TimerTrigger(FunctionMetadata.ReevaluateSignals.Schedule)] TimerInfo timer, CancellationToken ct) => reevaluate.Run(timer.AsStatus(), ct);

    [Function(FunctionMetadata.ListSignals.Name)]
    public Task<IResult> ListSignals([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ListSignals.Method, Route = FunctionMetadata.ListSignals.Route)] HttpRequest request, string programmeId, CancellationToken ct) => list.Run(request, programmeId, ct);

    [Function(FunctionMetadata.ListCandidateSignals.Name)]
    public Task<IResult> ListCandidateSignals([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ListCandidateSignals.Method, Route = FunctionMetadata.ListCandidateSignals.Route)] HttpRequest request, string candidateId, CancellationToken ct) => candidate.List(request, candidateId, ct);

    [Function(FunctionMetadata.AcknowledgeSignal.Name)]
    public Task<IResult> AcknowledgeSignal([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.AcknowledgeSignal.Method, Route = FunctionMetadata.AcknowledgeSignal.Route)] HttpRequest request, string candidateId, string signalId, CancellationToken ct) => candidate.Acknowledge(request, candidateId, signalId, ct);
}
