namespace IpsMonitor.Caseload;

public sealed record EnrolCandidateRequest(
    DateOnly? ReferralDate, bool? EmployedAtReferral, string? CoachId, string? LocalReference, string? Language, string? Email)
{
    public Dictionary<string, string[]> Validate(DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        if (ReferralDate is null)
            errors["referralDate"] = ["The referral date is required (yyyy-mm-dd)."];
        else if (ReferralDate > today)
            errors["referralDate"] = ["The referral date cannot be in the future."];
        if (EmployedAtReferral is null)
            errors["employedAtReferral"] = ["Say whether the candidate had paid work at referral (true or false)."];
        if (Language is not null && Languages.Supported(Language, Languages.Respondent) is null)
            errors["language"] = ["The language is 'nl', 'en' or 'fr'."];
        if (LocalReference is { Length: > 40 } || LocalReference?.Any(char.IsControl) == true)
            errors["localReference"] = ["The local reference is at most 40 characters."];
        if (Email is not null && !Validation.IsEmail(Email))
            errors["email"] = ["This is not a valid e-mail address."];
        return errors;
    }
}

/// <summary>
/// Enrols a candidate under a pseudonymous id the system makes up. A coach enrols into their own caseload; a coordinator
/// names the coach. Enrolling twice with the same local reference returns the first candidate (409), so a double submit
/// makes no twin.
/// </summary>
internal sealed class EnrolCandidate(StaffGate gate, AccessStore access, CaseloadStore caseload, AuditLog audit, MessageQueue queue,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    /// <summary>The one code that tells a staff member it is already enrolled, for the API's extension and the form's words.</summary>
    public const string AlreadyEnrolled = "alreadyEnrolled";

    [Function("EnrolCandidate")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/candidates")] HttpRequest request,
        string programmeId, CancellationToken ct)
    {
        if (!(await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct)).Passed(out var staff, out var refusal))
            return refusal;
        if (!(await RequestBody.ReadJsonAsync<EnrolCandidateRequest>(request, ct)).Passed(out var body, out var problem))
            return problem;
        var outcome = await ApplyAsync(staff, body, ct);
        if (outcome.Succeeded(out _, out var failure) || failure is not Refused { Code: AlreadyEnrolled } twin
            || await caseload.FindByLocalReferenceAsync(programmeId, body.LocalReference?.Trim() ?? "", ct) is not { } existing)
            return outcome.ToResult();
        // The API has always named the twin the caller may see, so a client can go on with the candidate that exists.
        return TypedResults.Problem(title: twin.Title, detail: twin.Detail, statusCode: StatusCodes.Status409Conflict,
            extensions: new Dictionary<string, object?> { ["candidateId"] = existing.Id });
    }

    /// <summary>
    /// The enrolment itself, for the API and the staff form alike, into the caller's own programme: the same validation,
    /// the same twin check and the same effects.
    /// </summary>
    public async Task<Outcome<CandidateDto>> ApplyAsync(Staff staff, EnrolCandidateRequest input, CancellationToken ct, string? formId = null)
    {
        var programmeId = staff.ProgrammeId;
        // The staff form proposes the new candidate's id when it is shown: the same form sent twice (a double tap, a
        // resend after a lost answer) finds its candidate enrolled and answers with it, so it never enrols a twin.
        var proposed = formId is not null && CaseloadStore.IsCandidateId(formId) ? formId : null;
        // Sent again with other values (Back, an edit, send) it is not the same enrolment: nothing is saved and the form
        // says so, keeping what was typed, so the earlier candidate is never shown as what was just saved.
        if (await SentAlreadyAsync(staff, input, proposed, ct) is { } earlier)
            return earlier;
        var errors = Rules(staff, input, time.Today());
        var coachId = staff.IsCoordinator ? input.CoachId : staff.CoachId;
        if (coachId is not null && !errors.ContainsKey("coachId")
            && (!Keys.IsSafe(coachId) || await access.GetCoachAsync(programmeId, coachId, ct) is not { Active: true }))
            errors["coachId"] = ["There is no coach with this id in the programme."];
        if (errors.Count > 0 || coachId is null || input is not { ReferralDate: { } referred, EmployedAtReferral: { } employed })
            return Invalid.Of(errors);

        var reference = input.LocalReference?.Trim();
        if (reference is { Length: > 0 } && await caseload.FindByLocalReferenceAsync(programmeId, reference, ct) is { } existing)
        {
            if (staff.MaySee(programmeId, existing.CoachId))
                return new Refused(RefusalKind.NotNow, "Already enrolled", $"Candidate {existing.Id} has this local reference.",
                    AlreadyEnrolled);
            // A coach must not learn that a reference lives in another caseload: the answer names no candidate, no caseload
            // and does not say the reference exists. The attempt is audited, so the coordinator can see repeated tries.
            await audit.RecordAsync(staff, "enrolment referred to coordinator", null, ct);
            return new Refused(RefusalKind.NotNow, "Ask the coordinator",
                "This enrolment needs the coordinator. Ask your coordinator to enrol this candidate or to check the local reference.",
                AskCoordinator);
        }

        var candidate = new Candidate(proposed ?? CaseloadStore.NewCandidateId(), programmeId, coachId, reference is { Length: > 0 } ? reference : null,
            input.Language ?? "nl", [new Referral(referred, employed, null, null)]);
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        // A taken id (128 random bits: never in practice) gets a fresh one rather than an error.
        while (!await caseload.EnrolAsync(candidate, email, ct))
        {
            // The form's id taken in the same moment is the same form sent twice at once (two taps, two tabs): answered
            // as a send after the first, never as a second candidate.
            if (await SentAlreadyAsync(staff, input, proposed, ct) is { } twin)
                return twin;
            candidate = candidate with { Id = CaseloadStore.NewCandidateId() };
        }
        await audit.RecordAsync(staff, "enrol candidate", candidate.Id, ct);
        await queue.SendAsync(QueueNames.CandidateChanged, new CandidateChanged(programmeId, candidate.Id, "enrolled"), ct);

        var file = new VersionedCandidate(candidate, email, default);
        return Outcome.Created($"candidates/{candidate.Id}", file.AsDto([], [], time.Today(), options.Value, withJobs: true));
    }

    /// <summary>
    /// The rules of an enrolment, reading nothing and writing nothing (a form with an unreadable field lists these too);
    /// whether the named coach exists and is active is read when enrolling.
    /// </summary>
    public static Dictionary<string, string[]> Rules(Staff staff, EnrolCandidateRequest input, DateOnly today)
    {
        var errors = input.Validate(today);
        if ((staff.IsCoordinator ? input.CoachId : staff.CoachId) is null)
            errors["coachId"] = ["Name the coach whose caseload this candidate joins."];
        else if (!staff.IsCoordinator && input.CoachId is not null && input.CoachId != staff.CoachId)
            errors["coachId"] = ["A coach enrols candidates into their own caseload."];
        return errors;
    }

    /// <summary>What a form whose proposed id enrolled a candidate already answers: that candidate, or a refusal if it sent other values.</summary>
    private async Task<Outcome<CandidateDto>?> SentAlreadyAsync(Staff staff, EnrolCandidateRequest input, string? proposed, CancellationToken ct)
    {
        if (proposed is null || await caseload.FindAsync(proposed, ct) is not { } sent
            || sent.Candidate.ProgrammeId != staff.ProgrammeId || !staff.MaySee(staff.ProgrammeId, sent.Candidate.CoachId))
            return null;
        return IsSameEnrolment(sent, input, staff.IsCoordinator ? input.CoachId : staff.CoachId)
            ? Outcome.Saved(sent.AsDto([], [], time.Today(), options.Value, withJobs: true))
            : new Refused(RefusalKind.NotNow, "Form sent already", "This form enrolled a candidate already, with other values; "
                + "nothing was saved.", FormSentAlready);
    }

    /// <summary>The form's proposed id enrolled a candidate already, with other values than were sent now.</summary>
    public const string FormSentAlready = "formSentAlready";

    /// <summary>Whether a candidate enrolled under a form's id is what the form now sends: a double submit, not an edit.</summary>
    private static bool IsSameEnrolment(VersionedCandidate sent, EnrolCandidateRequest input, string? coachId)
    {
        var (c, first) = (sent.Candidate, sent.Candidate.Referrals[0]);
        var reference = input.LocalReference?.Trim() is { Length: > 0 } r ? r : null;
        var email = string.IsNullOrWhiteSpace(input.Email) ? null : input.Email.Trim();
        return c.CoachId == coachId && c.LocalReference == reference && c.Language == (input.Language ?? "nl")
            && first.ReferralDate == input.ReferralDate && first.EmployedAtReferral == input.EmployedAtReferral
            && string.Equals(sent.Email, email, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>A local reference that may live in another caseload: only the coordinator can enrol it.</summary>
    public const string AskCoordinator = "askCoordinator";
}
