using IpsMonitor.Development;

namespace IpsMonitor.Caseload;

public sealed record DischargeRequest(DateOnly? DischargeDate, DischargeReason? Reason, string? ReasonNote = null);

public sealed record ReferralRequest(DateOnly? ReferralDate, bool? EmployedAtReferral);

/// <summary>
/// Discharge (uitstroom) closes the current referral; referring again opens a new one on the same pseudonymous id. Discharge
/// stops the open check-ins and the "Mijn ontwikkeling" links for good: the stop is stored, so referring again never brings
/// an old link back.
/// </summary>
internal sealed class RecordDischarge(StaffGate gate, CaseloadChanges changes, CheckInStore checkIns,
    CaseloadSummaries summaries, DevelopmentLinkStore development, TimeProvider time)
{
    [Function("RecordDischarge")]
    public Task<IResult> Discharge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/discharge")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<DischargeRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, DischargeAsync, ct);

    /// <summary>The change itself, for the API and the staff pages alike: the same validation, the same effects.</summary>
    public async Task<Outcome<CandidateDto>> DischargeAsync(Admission admission, DischargeRequest r, CancellationToken ct)
    {
        var file = admission.File;
        var current = file.Candidate.CurrentReferral;
        var errors = DischargeRules(admission, r);
        if (errors.Count > 0 || r.Reason is not { } reason)
            return Invalid.Of(errors);

        var closed = current with
        {
            DischargeDate = r.DischargeDate, DischargeReason = Reasons.Store(reason), DischargeNote = Reasons.Note(r.ReasonNote),
        };
        var referrals = file.Candidate.Referrals.Take(file.Candidate.Referrals.Count - 1).Append(closed).ToList();
        var discharged = file with { Candidate = file.Candidate with { Referrals = referrals } };
        var outcome = await changes.SaveAsync(admission.Staff, discharged, "discharge", withJobs: true, ct);
        if (outcome is Saved<CandidateDto>)
            await StopLinksAsync(discharged.Candidate, ct);
        return outcome;
    }

    /// <summary>The discharge page promises that open links stop working, "Mijn ontwikkeling" included.</summary>
    private async Task StopLinksAsync(Candidate candidate, CancellationToken ct)
    {
        await OpenCheckIns.CancelAsync(checkIns, summaries, candidate, _ => true, ct);
        await development.RevokeAsync(candidate.ProgrammeId, candidate.Id, time.GetUtcNow(), ct);
        await AnsweredCheckInLinks.StopAsync(checkIns, candidate, ct);
    }

    /// <summary>The rules of a discharge, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> DischargeRules(Admission admission, DischargeRequest r)
    {
        var candidate = admission.File.Candidate;
        var errors = new Dictionary<string, ErrorCode[]>();
        if (candidate.IsDischarged)
            errors["candidate"] = ["The candidate is discharged already."];
        if (r.DischargeDate is null || r.DischargeDate < candidate.CurrentReferral.ReferralDate || r.DischargeDate > time.Today())
            errors["dischargeDate"] = ["The discharge date lies between the referral date and today."];
        Reasons.Validate(errors, r.Reason, r.ReasonNote);
        return errors;
    }

    [Function("ReferAgain")]
    public Task<IResult> ReferAgain(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/referrals")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<ReferralRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, ReferAgainAsync, ct);

    /// <summary>The rules of a new referral, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public Dictionary<string, ErrorCode[]> ReferralRules(Admission admission, ReferralRequest r)
    {
        var candidate = admission.File.Candidate;
        var errors = new Dictionary<string, ErrorCode[]>();
        // Said as what is true: a referral form sent again after it succeeded finds the candidate in IPS, not discharged.
        if (!candidate.IsDischarged)
            errors["candidate"] = [new ErrorCode(ErrorCodes.ReferralOpen, "The candidate's current referral is still open.")];
        else if (r.ReferralDate is null || r.ReferralDate < candidate.CurrentReferral.DischargeDate || r.ReferralDate > time.Today())
            // On the discharge day itself too: a discharge recorded by mistake is put right the same day.
            errors["referralDate"] = ["The new referral date lies on or after the discharge and not in the future."];
        if (r.EmployedAtReferral is null)
            errors["employedAtReferral"] = ["Say whether the candidate had paid work at referral (true or false)."];
        return errors;
    }

    /// <summary>A new referral on the same pseudonymous id, once the current one is closed.</summary>
    public async Task<Outcome<CandidateDto>> ReferAgainAsync(Admission admission, ReferralRequest r, CancellationToken ct)
    {
        var file = admission.File;
        var errors = ReferralRules(admission, r);
        if (errors.Count > 0 || r is not { ReferralDate: { } date, EmployedAtReferral: { } employed })
            return Invalid.Of(errors);

        var referrals = file.Candidate.Referrals.Append(new Referral(date, employed, null, null)).ToList();
        var referred = file with { Candidate = file.Candidate with { Referrals = referrals } };
        // Links of the closed referral stay stopped, also those of a discharge recorded before discharge stopped them itself.
        await StopLinksAsync(file.Candidate, ct);
        return await changes.SaveAsync(admission.Staff, referred, "referral", withJobs: true, ct);
    }
}
