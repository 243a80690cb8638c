namespace IpsMonitor;

/// <summary>
/// The one place where function names, HTTP routes and methods, queue names and timer schedules live.
/// The local host (Hosting/FunctionCatalog.cs) and the Azure entry layer (AzureEntry/) both read these;
/// a test holds the two in step.
/// </summary>
public static class FunctionMetadata
{
    /// <summary>Queues between functions.</summary>
    public static class Queues
    {
        public const string CheckInSubmitted = "checkin-submitted";
        public const string CheckInMissed = "checkin-missed";
        public const string CandidateChanged = "candidate-changed";
        public const string WorkbookRequests = "workbook-requests";
    }

    public static class Health
    {
        public const string Name = "Health";
        public const string Method = "get";
        public const string Route = "health";
    }

    public static class RecordHeartbeat
    {
        public const string Name = "RecordHeartbeat";
        public const string Queue = "heartbeats";
    }

    public static class SendHeartbeat
    {
        public const string Name = "SendHeartbeat";
        public const string Schedule = "%HeartbeatSchedule%";
        public const string DefaultSchedule = "0 */5 * * * *";
    }

    public static class SaveCoach { public const string Name = "SaveCoach"; public const string Method = "put"; public const string Route = "programmes/{programmeId}/coaches/{coachId}"; }

    public static class CreateStaffKey { public const string Name = "CreateStaffKey"; public const string Method = "post"; public const string Route = "programmes/{programmeId}/keys"; }

    public static class EnrolCandidate { public const string Name = "EnrolCandidate"; public const string Method = "post"; public const string Route = "programmes/{programmeId}/candidates"; }

    public static class ListCaseload { public const string Name = "ListCaseload"; public const string Method = "get"; public const string Route = "programmes/{programmeId}/candidates"; }

    public static class GetCandidate { public const string Name = "GetCandidate"; public const string Method = "get"; public const string Route = "candidates/{candidateId}"; }

    public static class RecordJobStart { public const string Name = "RecordJobStart"; public const string Method = "post"; public const string Route = "candidates/{candidateId}/jobs"; }

    public static class UpdateJob { public const string Name = "UpdateJob"; public const string Method = "patch"; public const string Route = "candidates/{candidateId}/jobs/{jobId}"; }

    public static class RecordJobEnd { public const string Name = "RecordJobEnd"; public const string Method = "post"; public const string Route = "candidates/{candidateId}/jobs/{jobId}/end"; }

    public static class RecordConsent { public const string Name = "RecordConsent"; public const string Method = "put"; public const string Route = "candidates/{candidateId}/jobs/{jobId}/consent"; }

    public static class RecordDischarge { public const string Name = "RecordDischarge"; public const string Method = "post"; public const string Route = "candidates/{candidateId}/discharge"; }

    public static class SetCadence { public const string Name = "SetCadence"; public const string Method = "put"; public const string Route = "candidates/{candidateId}/cadence"; }

    public static class ReferAgain { public const string Name = "ReferAgain"; public const string Method = "post"; public const string Route = "candidates/{candidateId}/referrals"; }

    public static class ListInvitations { public const string Name = "ListInvitations"; public const string Method = "get"; public const string Route = "candidates/{candidateId}/invitations"; }

    public static class IssueLink { public const string Name = "IssueLink"; public const string Method = "post"; public const string Route = "candidates/{candidateId}/invitations"; }

    public static class ShowQuestionnaire { public const string Name = "ShowQuestionnaire"; public const string Method = "get"; public const string Route = "q/{token}"; }

    public static class SubmitQuestionnaire { public const string Name = "SubmitQuestionnaire"; public const string Method = "post"; public const string Route = "q/{token}"; }

    public static class ScheduleCheckIns
    {
        public const string Name = "ScheduleCheckIns";
        public const string Schedule = "%ScheduleCheckInsSchedule%";
        public const string DefaultSchedule = "0 0 6 * * *";
    }

    public static class RetryCheckInMessages
    {
        public const string Name = "RetryCheckInMessages";
        public const string Schedule = "%RetryCheckInMessagesSchedule%";
        public const string DefaultSchedule = "0 */5 * * * *";
    }

    public static class RecomputeOnCheckInSubmitted { public const string Name = "RecomputeOnCheckInSubmitted"; public const string Queue = Queues.CheckInSubmitted; }

    public static class RecomputeOnCheckInMissed { public const string Name = "RecomputeOnCheckInMissed"; public const string Queue = Queues.CheckInMissed; }

    public static class RecomputeOnCandidateChanged { public const string Name = "RecomputeOnCandidateChanged"; public const string Queue = Queues.CandidateChanged; }

    public static class ReevaluateSignals
    {
        public const string Name = "ReevaluateSignals";
        public const string Schedule = "%ReevaluateSignalsSchedule%";
        public const string DefaultSchedule = "0 30 2 * * *";
    }

    public static class ListSignals { public const string Name = "ListSignals"; public const string Method = "get"; public const string Route = "programmes/{programmeId}/signals"; }

    public static class ListCandidateSignals { public const string Name = "ListCandidateSignals"; public const string Method = "get"; public const string Route = "candidates/{candidateId}/signals"; }

    public static class AcknowledgeSignal { public const string Name = "AcknowledgeSignal"; public const string Method = "post"; public const string Route = "candidates/{candidateId}/signals/{signalId}/acknowledge"; }

    public static class ExportCandidate { public const string Name = "ExportCandidate"; public const string Method = "get"; public const string Route = "candidates/{candidateId}/export"; }

    public static class EraseCandidate { public const string Name = "EraseCandidate"; public const string Method = "delete"; public const string Route = "candidates/{candidateId}"; }

    public static class BuildQuarterlyWorkbooks
    {
        public const string Name = "BuildQuarterlyWorkbooks";
        public const string Schedule = "%QuarterlyWorkbookSchedule%";
        public const string DefaultSchedule = "0 0 2 1 1,4,7,10 *";
    }

    public static class BuildRequestedWorkbook { public const string Name = "BuildRequestedWorkbook"; public const string Queue = Queues.WorkbookRequests; }

    public static class ListWorkbooks { public const string Name = "ListWorkbooks"; public const string Method = "get"; public const string Route = "programmes/{programmeId}/workbooks"; }

    public static class DownloadWorkbook { public const string Name = "DownloadWorkbook"; public const string Method = "get"; public const string Route = "programmes/{programmeId}/workbooks/{quarter}/{variant}"; }

    public static class RequestWorkbookBuild { public const string Name = "RequestWorkbookBuild"; public const string Method = "post"; public const string Route = "programmes/{programmeId}/workbooks/{quarter}/builds"; }

    public static class GetWorkbookBuild { public const string Name = "GetWorkbookBuild"; public const string Method = "get"; public const string Route = "programmes/{programmeId}/workbooks/{quarter}/builds/{requestId}"; }
}
