using IpsMonitor.Access;
using IpsMonitor.Caseload;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.AzureEntry;

internal sealed class CaseloadEntries(
    ManageProgramme programme, EnrolCandidate enrol, ListCaseload list, GetCandidate get, RecordJobStart jobStart, UpdateJob updateJob,
    RecordJobEnd jobEnd, RecordConsent consent, RecordDischarge discharge, CandidateRecords records, SetCadence cadence)
{
    [Function(FunctionMetadata.SetCadence.Name)]
    public Task<IResult> SetCadence([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.SetCadence.Method, Route = FunctionMetadata.SetCadence.Route)] HttpRequest request, string candidateId, CancellationToken ct) => cadence.Run(request, candidateId, ct);

    [Function(FunctionMetadata.ExportCandidate.Name)]
    public Task<IResult> ExportCandidate([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ExportCandidate.Method, Route = FunctionMetadata.ExportCandidate.Route)] HttpRequest request, string candidateId, CancellationToken ct) => records.Export(request, candidateId, ct);

    [Function(FunctionMetadata.EraseCandidate.Name)]
    public Task<IResult> EraseCandidate([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.EraseCandidate.Method, Route = FunctionMetadata.EraseCandidate.Route)] HttpRequest request, string candidateId, CancellationToken ct) => records.Erase(request, candidateId, ct);

    [Function(FunctionMetadata.SaveCoach.Name)]
    public Task<IResult> SaveCoach([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.SaveCoach.Method, Route = FunctionMetadata.SaveCoach.Route)] HttpRequest request, string programmeId, string coachId, CancellationToken ct) => programme.SaveCoach(request, programmeId, coachId, ct);

    [Function(FunctionMetadata.CreateStaffKey.Name)]
    public Task<IResult> CreateStaffKey([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.CreateStaffKey.Method, Route = FunctionMetadata.CreateStaffKey.Route)] HttpRequest request, string programmeId, CancellationToken ct) => programme.CreateKey(request, programmeId, ct);

    [Function(FunctionMetadata.EnrolCandidate.Name)]
    public Task<IResult> EnrolCandidate([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.EnrolCandidate.Method, Route = FunctionMetadata.EnrolCandidate.Route)] HttpRequest request, string programmeId, CancellationToken ct) => enrol.Run(request, programmeId, ct);

    [Function(FunctionMetadata.ListCaseload.Name)]
    public Task<IResult> ListCaseload([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ListCaseload.Method, Route = FunctionMetadata.ListCaseload.Route)] HttpRequest request, string programmeId, CancellationToken ct) => list.Run(request, programmeId, ct);

    [Function(FunctionMetadata.GetCandidate.Name)]
    public Task<IResult> GetCandidate([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.GetCandidate.Method, Route = FunctionMetadata.GetCandidate.Route)] HttpRequest request, string candidateId, CancellationToken ct) => get.Run(request, candidateId, ct);

    [Function(FunctionMetadata.RecordJobStart.Name)]
    public Task<IResult> RecordJobStart([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.RecordJobStart.Method, Route = FunctionMetadata.RecordJobStart.Route)] HttpRequest request, string candidateId, CancellationToken ct) => jobStart.Run(request, candidateId, ct);

    [Function(FunctionMetadata.UpdateJob.Name)]
    public Task<IResult> UpdateJob([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.UpdateJob.Method, Route = FunctionMetadata.UpdateJob.Route)] HttpRequest request, string candidateId, string jobId, CancellationToken ct) => updateJob.Run(request, candidateId, jobId, ct);

    [Function(FunctionMetadata.RecordJobEnd.Name)]
    public Task<IResult> RecordJobEnd([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.RecordJobEnd.Method, Route = FunctionMetadata.RecordJobEnd.Route)] HttpRequest request, string candidateId, string jobId, CancellationToken ct) => jobEnd.Run(request, candidateId, jobId, ct);

    [Function(FunctionMetadata.RecordConsent.Name)]
    public Task<IResult> RecordConsent([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.RecordConsent.Method, Route = FunctionMetadata.RecordConsent.Route)] HttpRequest request, string candidateId, string jobId, CancellationToken ct) => consent.Run(request, candidateId, jobId, ct);

    [Function(FunctionMetadata.RecordDischarge.Name)]
    public Task<IResult> RecordDischarge([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.RecordDischarge.Method, Route = FunctionMetadata.RecordDischarge.Route)] HttpRequest request, string candidateId, CancellationToken ct) => discharge.Discharge(request, candidateId, ct);

    [Function(FunctionMetadata.ReferAgain.Name)]
    public Task<IResult> ReferAgain([HttpTrigger(AuthorizationLevel.Anonymous, FunctionMetadata.ReferAgain.Method, Route = FunctionMetadata.ReferAgain.Route)] HttpRequest request, string candidateId, CancellationToken ct) => discharge.ReferAgain(request, candidateId, ct);
}
