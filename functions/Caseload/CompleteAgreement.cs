namespace IpsMonitor.Caseload;

/// <summary>
/// Marks an agreement of a recorded driegesprek done ("afgerond") on a day. Done once: marking it again changes nothing.
/// The signals recompute, so an overdue agreement's signal resolves.
/// </summary>
internal sealed class CompleteAgreement(CaseloadChanges changes, TimeProvider time)
{
    public async Task<Outcome<JobDto>> CompleteAsync(JobAdmission admission, string agreementId, AgreementDoneRequest r, CancellationToken ct)
    {
        var (job, today) = (admission.Job, time.Today());
        if (admission.File.Candidate.IsDischarged)
            return new Refused(RefusalKind.NotNow, "The candidate is discharged", "Agreements are followed up while the candidate is in IPS.",
                ErrorCodes.CandidateDischarged);
        if (Find(job, agreementId) is not { } found)
            return new Refused(RefusalKind.NotFound, "Agreement not found");
        var (t, a) = found;
        var talk = job.Driegesprekken[t];
        var agreement = talk.Agreements[a];
        if (agreement.DoneOn is not null)
            return Outcome.Saved(job.AsDto());
        var errors = DriegesprekValidation.Validate(r, talk.Date, today);
        if (errors.Count > 0)
            return Invalid.Of(errors);

        var agreements = talk.Agreements.ToList();
        agreements[a] = agreement with { DoneOn = r.DoneOn ?? today };
        var talks = job.Driegesprekken.ToList();
        talks[t] = talk with { Agreements = agreements };
        var updated = job with { Driegesprekken = talks };
        if (await changes.SaveJobAsync(admission, updated, "agreement done", ct) is Write.Conflict)
            return Conflict.Meanwhile;
        return Outcome.Saved(updated.AsDto());
    }

    public Dictionary<string, ErrorCode[]> Rules(JobAdmission admission, string agreementId, AgreementDoneRequest r) =>
        Find(admission.Job, agreementId) is { } found
            ? DriegesprekValidation.Validate(r, admission.Job.Driegesprekken[found.Talk].Date, time.Today()) : [];

    private static (int Talk, int Agreement)? Find(Job job, string agreementId)
    {
        for (var t = 0; t < job.Driegesprekken.Count; t++)
            for (var a = 0; a < job.Driegesprekken[t].Agreements.Count; a++)
                if (job.Driegesprekken[t].Agreements[a].Id == agreementId)
                    return (t, a);
        return null;
    }
}
