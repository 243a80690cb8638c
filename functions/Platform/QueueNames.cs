namespace IpsMonitor.Platform;

/// <summary>The queues between functions: the [QueueTrigger] attributes and the code that sends to them share these names.</summary>
internal static class QueueNames
{
    public const string Heartbeats = "heartbeats";
    public const string CheckInSubmitted = "checkin-submitted";
    public const string CheckInMissed = "checkin-missed";
    public const string CandidateChanged = "candidate-changed";
    public const string WorkbookRequests = "workbook-requests";

    public static readonly IReadOnlyList<string> All = [Heartbeats, CheckInSubmitted, CheckInMissed, CandidateChanged, WorkbookRequests];
}
