using System.Text.Json.Serialization;

namespace IpsMonitor.Caseload;

/// <summary>
/// The consent for one job. disclosure and supervisorConsent are required. supervisorName and supervisorEmail follow JSON
/// merge patch (RFC 7396): an absent property keeps what is recorded, null removes it, a value replaces it. An empty string
/// is refused, so "remove" is always said the same way.
/// </summary>
public sealed class ConsentRequest
{
    private string? supervisorName;
    private string? supervisorEmail;

    public Disclosure? Disclosure { get; set; }

    public bool? SupervisorConsent { get; set; }

    public string? SupervisorName { get => supervisorName; set => (supervisorName, HasSupervisorName) = (value, true); }

    public string? SupervisorEmail { get => supervisorEmail; set => (supervisorEmail, HasSupervisorEmail) = (value, true); }

    /// <summary>
    /// The first name the supervisor may see on the check-in page, recorded only with the candidate's consent for it;
    /// omitted keeps what was recorded, "" removes it, and withdrawing supervisor consent removes it too.
    /// </summary>
    public string? CandidateFirstName { get; set; }

    /// <summary>Whether the body named supervisorName at all (null included).</summary>
    [JsonIgnore]
    public bool HasSupervisorName { get; private set; }

    /// <summary>Whether the body named supervisorEmail at all (null included).</summary>
    [JsonIgnore]
    public bool HasSupervisorEmail { get; private set; }
}

/// <summary>
/// Records the candidate's disclosure and their consent to supervisor contact for one job. Withdrawing consent, or changing
/// or removing the supervisor, cancels the job's open supervisor check-ins at once: a link that went to one supervisor never
/// reaches the answers of the next. The questionnaire page checks consent again, so a link already sent stops working.
/// </summary>
internal sealed class RecordConsent(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns,
    CaseloadSummaries summaries, CaseloadChanges changes, TimeProvider time)
{
    [Function("RecordConsent")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "put", Route = "candidates/{candidateId}/jobs/{jobId}/consent")] HttpRequest request,
        string candidateId, string jobId, CancellationToken ct) =>
        JsonRoute<ConsentRequest>.AnswerAsync(gate.JobAsync(request, candidateId, jobId, ct), request, ApplyAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<ConsentResult>> ApplyAsync(JobAdmission admission, ConsentRequest r, CancellationToken ct)
    {
        var (candidate, job) = (admission.File.Candidate, admission.Job);
        var errors = Rules(r);
        if (errors.Count > 0 || r is not { SupervisorConsent: { } consent, Disclosure: { } disclosed })
            return Invalid.Of(errors);

        var changedAt = consent == job.Supervisor.Consent ? job.Supervisor.ConsentChangedAt : time.GetUtcNow();
        var supervisorName = r.HasSupervisorName ? r.SupervisorName?.Trim() : job.Supervisor.Name;
        var supervisorEmail = r.HasSupervisorEmail ? r.SupervisorEmail?.Trim() : job.Supervisor.Email;
        var updated = job with
        {
            Disclosure = disclosed,
            Supervisor = new SupervisorContact(consent, changedAt, supervisorName, supervisorEmail)
            {
                CandidateFirstName = !consent ? null : r.CandidateFirstName is null ? job.Supervisor.CandidateFirstName
                    : string.IsNullOrWhiteSpace(r.CandidateFirstName) ? null : r.CandidateFirstName.Trim(),
            },
        };
        // The same consent sent twice (a withdrawal posted again) changes nothing and writes no second audit row.
        if (updated == job)
            return Outcome.Saved(new ConsentResult(job.AsDto(),
                consent ? 0 : await SupervisorInvitations.CancelOpenAsync(checkIns, summaries, candidate, job.Id, ct)));
        var otherSupervisor = !string.Equals(supervisorName, job.Supervisor.Name, StringComparison.Ordinal)
            || !string.Equals(supervisorEmail, job.Supervisor.Email, StringComparison.OrdinalIgnoreCase);
        if (await caseload.ReplaceJobAsync(candidate.ProgrammeId, updated, admission.JobVersion, ct) is Write.Conflict)
            return Conflict.Meanwhile;
        var cancelled = consent && !otherSupervisor ? 0 : await SupervisorInvitations.CancelOpenAsync(checkIns, summaries, candidate, job.Id, ct);
        await changes.RecordAsync(admission.Staff, candidate, (consent ? "consent given"
            : "consent withdrawn") + (otherSupervisor ? ", supervisor changed" : ""), ct);
        return Outcome.Saved(new ConsentResult(updated.AsDto(), cancelled));
    }

    /// <summary>The rules of consent, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public static Dictionary<string, ErrorCode[]> Rules(ConsentRequest r)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (r.Disclosure is null)
            errors["disclosure"] = ["The disclosure is none, viaIpsOnly, supervisorOnly or full."];
        if (r.SupervisorConsent is null)
            errors["supervisorConsent"] = ["Say whether the candidate agrees to contact with the supervisor (true or false)."];
        if (r.SupervisorName is { } name && string.IsNullOrWhiteSpace(name))
            errors["supervisorName"] = ["Send null to remove the supervisor's name; an empty name is not accepted."];
        else if (!Validation.IsShortText(r.SupervisorName, 100))
            errors["supervisorName"] = ["At most 100 characters."];
        if (r.SupervisorEmail is { } email && string.IsNullOrWhiteSpace(email))
            errors["supervisorEmail"] = ["Send null to remove the supervisor's e-mail address; an empty address is not accepted."];
        else if (r.SupervisorEmail is not null && !Validation.IsEmail(r.SupervisorEmail))
            errors["supervisorEmail"] = ["This is not a valid e-mail address."];
        if (r.SupervisorConsent == true && r.Disclosure is { } disclosure && !disclosure.AllowsSupervisorContact())
            errors["supervisorConsent"] = errors["disclosure"] = [DisclosureRule.Contradiction("supervisorConsent", "disclosure")];
        if (!Validation.IsFirstName(r.CandidateFirstName))
            errors["candidateFirstName"] = [Validation.FirstNameRule];
        else if (!string.IsNullOrWhiteSpace(r.CandidateFirstName) && r.SupervisorConsent == false)
            errors["candidateFirstName"] = ["A first name for the supervisor needs the candidate's consent to supervisor contact."];
        return errors;
    }
}

public sealed record ConsentResult(JobDto Job, int CancelledSupervisorInvitations);
