using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Health;
using IpsMonitor.Signals;
using IpsMonitor.Workbooks;
using M = IpsMonitor.FunctionMetadata;

namespace IpsMonitor.Hosting;

/// <summary>Every function the local host runs, bound from FunctionMetadata; each binding is one call into the function class.</summary>
internal static class FunctionCatalog
{
    public static readonly IReadOnlyList<FunctionBinding> All =
    [
        FunctionBinding.Http<GetHealth>(M.Health.Name, M.Health.Method, M.Health.Route, (f, c) => f.Run(c.Request, c.RequestAborted)),
        FunctionBinding.Queue<RecordHeartbeat, Heartbeat>(M.RecordHeartbeat.Name, M.RecordHeartbeat.Queue, (f, m, ct) => f.Run(m, ct)),
        FunctionBinding.Timer<SendHeartbeat>(M.SendHeartbeat.Name, M.SendHeartbeat.Schedule, M.SendHeartbeat.DefaultSchedule, (f, s, ct) => f.Run(s, ct)),

        FunctionBinding.Http<ManageProgramme>(M.SaveCoach.Name, M.SaveCoach.Method, M.SaveCoach.Route,
            (f, c) => f.SaveCoach(c.Request, c.Route("programmeId"), c.Route("coachId"), c.RequestAborted)),
        FunctionBinding.Http<ManageProgramme>(M.CreateStaffKey.Name, M.CreateStaffKey.Method, M.CreateStaffKey.Route,
            (f, c) => f.CreateKey(c.Request, c.Route("programmeId"), c.RequestAborted)),

        FunctionBinding.Http<EnrolCandidate>(M.EnrolCandidate.Name, M.EnrolCandidate.Method, M.EnrolCandidate.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.RequestAborted)),
        FunctionBinding.Http<ListCaseload>(M.ListCaseload.Name, M.ListCaseload.Method, M.ListCaseload.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.RequestAborted)),
        FunctionBinding.Http<GetCandidate>(M.GetCandidate.Name, M.GetCandidate.Method, M.GetCandidate.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<RecordJobStart>(M.RecordJobStart.Name, M.RecordJobStart.Method, M.RecordJobStart.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<UpdateJob>(M.UpdateJob.Name, M.UpdateJob.Method, M.UpdateJob.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.Route("jobId"), c.RequestAborted)),
        FunctionBinding.Http<RecordJobEnd>(M.RecordJobEnd.Name, M.RecordJobEnd.Method, M.RecordJobEnd.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.Route("jobId"), c.RequestAborted)),
        FunctionBinding.Http<RecordConsent>(M.RecordConsent.Name, M.RecordConsent.Method, M.RecordConsent.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.Route("jobId"), c.RequestAborted)),
        FunctionBinding.Http<RecordDischarge>(M.RecordDischarge.Name, M.RecordDischarge.Method, M.RecordDischarge.Route,
            (f, c) => f.Discharge(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<CandidateRecords>(M.ExportCandidate.Name, M.ExportCandidate.Method, M.ExportCandidate.Route,
            (f, c) => f.Export(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<CandidateRecords>(M.EraseCandidate.Name, M.EraseCandidate.Method, M.EraseCandidate.Route,
            (f, c) => f.Erase(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<SetCadence>(M.SetCadence.Name, M.SetCadence.Method, M.SetCadence.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<RecordDischarge>(M.ReferAgain.Name, M.ReferAgain.Method, M.ReferAgain.Route,
            (f, c) => f.ReferAgain(c.Request, c.Route("candidateId"), c.RequestAborted)),

        FunctionBinding.Http<ListInvitations>(M.ListInvitations.Name, M.ListInvitations.Method, M.ListInvitations.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<IssueLink>(M.IssueLink.Name, M.IssueLink.Method, M.IssueLink.Route,
            (f, c) => f.Run(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<ShowQuestionnaire>(M.ShowQuestionnaire.Name, M.ShowQuestionnaire.Method, M.ShowQuestionnaire.Route,
            (f, c) => f.Run(c.Request, c.Route("token"), c.RequestAborted)),
        FunctionBinding.Http<SubmitQuestionnaire>(M.SubmitQuestionnaire.Name, M.SubmitQuestionnaire.Method, M.SubmitQuestionnaire.Route,
            (f, c) => f.Run(c.Request, c.Route("token"), c.RequestAborted)),
        FunctionBinding.Timer<ScheduleCheckIns>(M.ScheduleCheckIns.Name, M.ScheduleCheckIns.Schedule, M.ScheduleCheckIns.DefaultSchedule, (f, s, ct) => f.Run(s, ct)),
        FunctionBinding.Timer<RetryCheckInMessages>(M.RetryCheckInMessages.Name, M.RetryCheckInMessages.Schedule, M.RetryCheckInMessages.DefaultSchedule, (f, s, ct) => f.Run(s, ct)),

        FunctionBinding.Queue<RecomputeSignals, CheckInMessage>(M.RecomputeOnCheckInSubmitted.Name, M.RecomputeOnCheckInSubmitted.Queue, (f, m, ct) => f.OnCheckIn(m, ct)),
        FunctionBinding.Queue<RecomputeSignals, CheckInMessage>(M.RecomputeOnCheckInMissed.Name, M.RecomputeOnCheckInMissed.Queue, (f, m, ct) => f.OnCheckIn(m, ct)),
        FunctionBinding.Queue<RecomputeSignals, CandidateChanged>(M.RecomputeOnCandidateChanged.Name, M.RecomputeOnCandidateChanged.Queue, (f, m, ct) => f.OnCandidateChanged(m, ct)),
        FunctionBinding.Timer<ReevaluateSignals>(M.ReevaluateSignals.Name, M.ReevaluateSignals.Schedule, M.ReevaluateSignals.DefaultSchedule, (f, s, ct) => f.Run(s, ct)),
        FunctionBinding.Http<ListSignals>(M.ListSignals.Name, M.ListSignals.Method, M.ListSignals.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.RequestAborted)),
        FunctionBinding.Http<CandidateSignals>(M.ListCandidateSignals.Name, M.ListCandidateSignals.Method, M.ListCandidateSignals.Route,
            (f, c) => f.List(c.Request, c.Route("candidateId"), c.RequestAborted)),
        FunctionBinding.Http<CandidateSignals>(M.AcknowledgeSignal.Name, M.AcknowledgeSignal.Method, M.AcknowledgeSignal.Route,
            (f, c) => f.Acknowledge(c.Request, c.Route("candidateId"), c.Route("signalId"), c.RequestAborted)),
        FunctionBinding.Timer<BuildQuarterlyWorkbooks>(M.BuildQuarterlyWorkbooks.Name, M.BuildQuarterlyWorkbooks.Schedule, M.BuildQuarterlyWorkbooks.DefaultSchedule, (f, s, ct) => f.Run(s, ct)),
        FunctionBinding.Queue<BuildRequestedWorkbook, WorkbookRequest>(M.BuildRequestedWorkbook.Name, M.BuildRequestedWorkbook.Queue, (f, m, ct) => f.Run(m, ct)),
        FunctionBinding.Http<ListWorkbooks>(M.ListWorkbooks.Name, M.ListWorkbooks.Method, M.ListWorkbooks.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.RequestAborted)),
        FunctionBinding.Http<DownloadWorkbook>(M.DownloadWorkbook.Name, M.DownloadWorkbook.Method, M.DownloadWorkbook.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.Route("quarter"), c.Route("variant"), c.RequestAborted)),
        FunctionBinding.Http<RequestWorkbookBuild>(M.RequestWorkbookBuild.Name, M.RequestWorkbookBuild.Method, M.RequestWorkbookBuild.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.Route("quarter"), c.RequestAborted)),
        FunctionBinding.Http<GetWorkbookBuild>(M.GetWorkbookBuild.Name, M.GetWorkbookBuild.Method, M.GetWorkbookBuild.Route,
            (f, c) => f.Run(c.Request, c.Route("programmeId"), c.Route("quarter"), c.Route("requestId"), c.RequestAborted)),
    ];

    private static string Route(this HttpContext context, string name) => (string)context.GetRouteValue(name)!;
}
