using System.Text.Json.Serialization;

namespace IpsMonitor.Caseload;

/// <summary>
/// A change or correction of a candidate's record, as JSON merge patch (RFC 7396): an absent property keeps what is recorded.
/// Only the e-mail address can be removed, with null; for the other fields null means the same as absent.
/// </summary>
public sealed class CandidatePatch
{
    private string? email;

    /// <summary>The address questionnaire links are mailed to; null removes it.</summary>
    public string? Email { get => email; set => (email, HasEmail) = (value, true); }

    /// <summary>Whether the body named email at all (null included).</summary>
    [JsonIgnore]
    public bool HasEmail { get; private set; }

    /// <summary>nl, en or fr.</summary>
    public string? Language { get; set; }

    /// <summary>Corrects the date of the current referral; checked as when it was first recorded.</summary>
    public DateOnly? ReferralDate { get; set; }

    /// <summary>Corrects whether the candidate had paid work at the current referral.</summary>
    public bool? EmployedAtReferral { get; set; }
}

/// <summary>
/// Changes the candidate's contact detail and language, and corrects the facts of the current referral, with the same rules
/// as enrolment (first referral) or a new referral (later ones). Audited with the names of the corrected fields, never the values.
/// </summary>
internal sealed class CorrectCandidate(StaffGate gate, CaseloadStore caseload, CaseloadChanges changes, TimeProvider time)
{
    [Function("CorrectCandidate")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "patch", Route = "candidates/{candidateId}")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        JsonRoute<CandidatePatch>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request, ApplyAsync, ct);

    /// <summary>The correction itself: the same rules as enrolment, stored only when something changed.</summary>
    public async Task<Outcome<CandidateDto>> ApplyAsync(Admission admission, CandidatePatch r, CancellationToken ct)
    {
        var file = admission.File;
        var errors = Validate(r, file.Candidate, time.Today());
        if (errors.Count > 0)
            return Invalid.Of(errors);

        var current = file.Candidate.CurrentReferral;
        var referral = current with { ReferralDate = r.ReferralDate ?? current.ReferralDate,
            EmployedAtReferral = r.EmployedAtReferral ?? current.EmployedAtReferral };
        if (referral != current && await StartBeforeAsync(file.Candidate, current, referral, ct) is { } refused)
            return Invalid.Of(new Dictionary<string, ErrorCode[]>
            {
                [refused.Code == ErrorCodes.EducationStartBeforeReferral || referral.ReferralDate != current.ReferralDate
                    ? "referralDate" : "employedAtReferral"] = [new(ErrorCodes.ReferralAfterStart,
                    refused.Code == ErrorCodes.EducationStartBeforeReferral
                        ? "A recorded education starts before this referral date; education is recorded from the referral on."
                        : "A recorded job starts before this referral date: choose a date on or before its start, or say the "
                            + "candidate had paid work at referral (employedAtReferral true).")],
            });
        var updated = file with
        {
            Email = r.HasEmail ? r.Email?.Trim() : file.Email,
            Candidate = file.Candidate with
            {
                Language = r.Language ?? file.Candidate.Language,
                Referrals = file.Candidate.Referrals.Take(file.Candidate.Referrals.Count - 1).Append(referral).ToList(),
            },
        };
        var corrected = new[]
        {
            (r.HasEmail && !string.Equals(updated.Email, file.Email, StringComparison.Ordinal), "email"),
            (updated.Candidate.Language != file.Candidate.Language, "language"),
            (referral.ReferralDate != current.ReferralDate, "referralDate"),
            (referral.EmployedAtReferral != current.EmployedAtReferral, "employedAtReferral"),
        }.Where(c => c.Item1).Select(c => c.Item2).ToList();
        var change = corrected.Count > 0 ? $"correct candidate: {string.Join(", ", corrected)}" : null;
        return await changes.SaveAsync(admission.Staff, updated, change, withJobs: false, ct);
    }

    /// <summary>
    /// The start the corrected referral would leave before it, refused as that start itself would be now: a job of this
    /// referral without paid work at referral, or an education that the correction moves the referral past. A job of an
    /// earlier referral that ran on is that referral's; education recorded before the referral under the rules of then
    /// stays. Null when none.
    /// </summary>
    private async Task<ErrorCode?> StartBeforeAsync(Candidate candidate, Referral current, Referral corrected, CancellationToken ct)
    {
        if (candidate.Education.Any(e => e.StartDate >= current.ReferralDate && e.StartDate < corrected.ReferralDate))
            return EducationRules.StartBeforeReferral(corrected.ReferralDate);
        if (corrected.EmployedAtReferral)
            return null;
        var since = candidate.Referrals.Count > 1 ? candidate.Referrals[^2].DischargeDate ?? DateOnly.MinValue : DateOnly.MinValue;
        var jobs = await caseload.JobsAsync(candidate.ProgrammeId, candidate.Id, ct);
        return jobs.Any(j => j.StartDate >= since && j.StartDate < corrected.ReferralDate)
            ? JobValidation.StartBeforeReferral(corrected.ReferralDate) : null;
    }

    /// <summary>The rules of a correction, reading nothing and writing nothing: a form with an unreadable field lists these too.</summary>
    public IReadOnlyDictionary<string, ErrorCode[]> Rules(Admission admission, CandidatePatch r) =>
        Invalid.Of(Validate(r, admission.File.Candidate, time.Today())).Errors;

    private static Dictionary<string, string[]> Validate(CandidatePatch r, Candidate candidate, DateOnly today)
    {
        var current = candidate.CurrentReferral;
        // The enrolment's own rules, so a correction can never store what enrolment would refuse.
        var asEnrolled = new EnrolCandidateRequest(r.ReferralDate ?? current.ReferralDate, r.EmployedAtReferral ?? current.EmployedAtReferral,
            null, null, r.Language, r.Email is { Length: > 0 } email ? email : null).Validate(today);
        var errors = asEnrolled.Where(e => e.Key is "language" or "email" || (e.Key == "referralDate" && r.ReferralDate is not null))
            .ToDictionary(e => e.Key, e => e.Value);
        if (r.Email is { } given && string.IsNullOrWhiteSpace(given))
            errors["email"] = ["Send null to remove the e-mail address; an empty address is not accepted."];
        if (r.ReferralDate is { } date && !errors.ContainsKey("referralDate"))
        {
            // A later referral follows the discharge before it, as POST …/referrals demands; a discharge never precedes its referral.
            if (candidate.Referrals.Count > 1 && date < candidate.Referrals[^2].DischargeDate)
                errors["referralDate"] = ["The referral date lies on or after the previous discharge."];
            else if (current.DischargeDate is { } discharged && date > discharged)
                errors["referralDate"] = ["The referral date lies on or before the discharge date."];
        }
        return errors;
    }
}
