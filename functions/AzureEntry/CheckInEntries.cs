using IpsMonitor.CheckIns;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.AzureEntry;

internal sealed class CheckInEntries(
    ListInvitations list, IssueLink issue, ShowQuestionnaire show, SubmitQuestionnaire submit, ScheduleCheckIns schedule, RetryCheckInMessages retry)
{
    [Function(FunctionMetadata.ListInvitations.Name)]
    public Task<IResult> ListInvitations([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ListInvitations.Method, Route = FunctionMetadata.ListInvitations.Route)] HttpRequest request, string candidateId, CancellationToken ct) => list.Run(request, candidateId, ct);

    [Function(FunctionMetadata.IssueLink.Name)]
    public Task<IResult> IssueLink([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.IssueLink.Method, Route = FunctionMetadata.IssueLink.Route)] HttpRequest request, string candidateId, CancellationToken ct) => issue.Run(request, candidateId, ct);

    [Function(FunctionMetadata.ShowQuestionnaire.Name)]
    public Task<IResult> ShowQuestionnaire([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ShowQuestionnaire.Method, Route = FunctionMetadata.ShowQuestionnaire.Route)] HttpRequest request, string token, CancellationToken ct) => show.Run(request, token, ct);

    [Function(FunctionMetadata.SubmitQuestionnaire.Name)]
    public Task<IResult> SubmitQuestionnaire([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.SubmitQuestionnaire.Method, Route = FunctionMetadata.SubmitQuestionnaire.Route)] HttpRequest request, string token, CancellationToken ct) => submit.Run(request, token, ct);

    [Function(FunctionMetadata.ScheduleCheckIns.Name)]
    public Task ScheduleCheckIns([TimerTrigger(FunctionMetadata.ScheduleCheckIns.Schedule)] TimerInfo timer, CancellationToken ct) => schedule.Run(timer.AsStatus(), ct);

    [Function(FunctionMetadata.RetryCheckInMessages.Name)]
    public Task RetryCheckInMessages([TimerTrigger(FunctionMetadata.RetryCheckInMessages.Schedule)] TimerInfo timer, CancellationToken ct) => retry.Run(timer.AsStatus(), ct);
}
