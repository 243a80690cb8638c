namespace IpsMonitor.Caseload;

/// <summary>
/// Records that the candidate agreed to share a driegesprek's summary with the supervisor: the day and the coach who
/// recorded it. Until then the summary is neither shown for printing nor mailed. Recorded once; recording it again
/// changes nothing.
/// </summary>
internal sealed class ShareDriegesprekSummary(CaseloadChanges changes, TimeProvider time)
{
    public async Task<Outcome<JobDto>> ShareAsync(JobAdmission admission, string talkId, SummarySharingRequest r, CancellationToken ct)
    {
        var job = admission.Job;
        var index = job.Driegesprekken.ToList().FindIndex(t => t.Id == talkId);
        if (index < 0)
            return new Refused(RefusalKind.NotFound, "Driegesprek not found");
        var talk = job.Driegesprekken[index];
        if (talk.Sharing is not null)
            return Outcome.Saved(job.AsDto());
        if (Rules(r) is { Count: > 0 } errors)
            return Invalid.Of(errors);

        var talks = job.Driegesprekken.ToList();
        talks[index] = talk with { Sharing = new SummarySharing(time.Today(), admission.Staff.CoachId) };
        var updated = job with { Driegesprekken = talks };
        if (await changes.SaveJobAsync(admission, updated, "driegesprek summary shared", ct) is Write.Conflict)
            return Conflict.Meanwhile;
        return Outcome.Saved(updated.AsDto());
    }

    /// <summary>Only the candidate's own yes shares the summary: the box must be ticked.</summary>
    public static Dictionary<string, ErrorCode[]> Rules(SummarySharingRequest r) =>
        r.CandidateAgreed == true ? []
            : new() { ["candidateAgreed"] = ["Tick that the candidate agreed to share this summary with the supervisor."] };
}
