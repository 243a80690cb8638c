namespace IpsMonitor.CheckIns;

internal static class SupervisorInvitations
{
    /// <summary>
    /// Cancels a job's open supervisor check-ins; one answered meanwhile keeps its answers. After a change of supervisor
    /// or the job's end nothing else would stop the old link.
    /// </summary>
    public static Task<int> CancelOpenAsync(CheckInStore checkIns, CaseloadSummaries summaries, Candidate candidate, string jobId,
        CancellationToken ct) =>
        OpenCheckIns.CancelAsync(checkIns, summaries, candidate, i => i.Respondent == Respondent.Supervisor && i.JobId == jobId, ct);
}
