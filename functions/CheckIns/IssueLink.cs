namespace IpsMonitor.CheckIns;

/// <summary>
/// A coach asks for a link to hand over: the respondent's open check-in gets a fresh link (the old one stops working), or,
/// when none is open, an extra check-in is created on the spot. Supervisor links only with consent, a disclosure that allows
/// contact and a supervisor on a current job, and always bound to that job: with two jobs at once the coach names the job
/// (jobId), and the link and its mail go to that job's supervisor only.
/// </summary>
internal sealed class IssueLink(StaffGate gate, CaseloadStore caseload, Invitations invitations, AuditLog audit, TimeProvider time)
{
    [Function("IssueLink")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/invitations")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<LinkRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, IssueAsync, ct);

    /// <summary>The link itself, for the API and the staff pages alike: the same checks, the same effects.</summary>
    public async Task<Outcome<LinkDto>> IssueAsync(Admission admission, LinkRequest r, CancellationToken ct)
    {
        var candidateId = admission.File.Candidate.Id;
        if (r.Respondent is not { } respondent)
            return Invalid("respondent", "The respondent is candidate or supervisor.");

        var file = admission.File;
        var programmeId = file.Candidate.ProgrammeId;
        var today = time.Today();
        if (file.Candidate.IsDischarged)
            return Invalid("candidate", "The candidate is discharged.");
        var current = (await caseload.JobsAsync(programmeId, candidateId, ct)).Where(j => j.IsOpenOn(today)).OrderByDescending(j => j.StartDate).ToList();
        var job = current.FirstOrDefault();
        if (r.JobId is { } jobId)
        {
            job = current.FirstOrDefault(j => j.Id == jobId);
            if (job is null)
                return Invalid("jobId", "The candidate has no current job with this id.");
        }
        else if (respondent == Respondent.Supervisor && current.Count(j => j.SupervisorMayBeAskedOn(today)) > 1)
            return Invalid("jobId", "The candidate has more than one current job; name the job whose supervisor this link is for.");
        else if (respondent == Respondent.Supervisor)
            job = current.FirstOrDefault(j => j.SupervisorMayBeAskedOn(today)) ?? job;
        if (respondent == Respondent.Supervisor && job is { Supervisor.Consent: true } && !job.Disclosure.AllowsSupervisorContact())
            return Invalid("respondent", "The candidate's disclosure at this job is none, so the supervisor may "
                + "not be contacted. Record a disclosure of viaIpsOnly, supervisorOnly or full (PUT …/consent) "
                + "first.");
        // A job ended today is still the candidate's job today, but its supervisor is a former one: never asked again.
        if (respondent == Respondent.Supervisor && job?.SupervisorMayBeAskedOn(today) != true)
            return Invalid("respondent", "A supervisor check-in needs a running job (not ended), the candidate's consent and a supervisor on record.");

        var open = await invitations.OpenOrNewAsync(programmeId, candidateId, respondent, job?.Id, Invitations.OnDemand, ct);

        // Gone between creating and reading, or being answered while the link is issued: changed meanwhile.
        if (open is null)
            return Conflict.Meanwhile;
        string link;
        try
        {
            link = await invitations.IssueLinkAsync(open, AuditLog.Actor(admission.Staff), ct);
        }
        catch (Azure.RequestFailedException e) when (e.Status == StatusCodes.Status412PreconditionFailed)
        {
            return Conflict.Meanwhile;
        }
        var emailed = r.SendByEmail == true && await invitations.MailLinkAsync(link, open, file, job, ct);
        await audit.RecordAsync(admission.Staff, $"issue {respondent.ToString().ToLowerInvariant()} link {open.Invitation.Id}", candidateId, ct);
        return Outcome.Saved(new LinkDto(open.Invitation.AsDto(), link, emailed));
    }

    private static Invalid Invalid(string field, string message) => new(field, message);
}
