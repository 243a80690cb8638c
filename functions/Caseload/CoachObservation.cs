namespace IpsMonitor.Caseload;

/// <summary>
/// The coach's view of the next step, on the same options as the supervisor's "ready for more" (s_ready_more), so the
/// agenda can set the two side by side.
/// </summary>
public enum ObservedNextStep
{
    MoreHours,
    MoreTasks,
    Both,
    NotNow,
    FewerTasks,
}

/// <summary>
/// The coach's own observation of how the candidate is doing: the third perspective of the driegesprek, rated on the
/// scales the candidate and supervisor check-ins use (work ability 0–10, fit 1–5, task growth yes/no, independence 1–5)
/// and the next step, with an optional note. Each rating is optional: the coach rates what they saw. It is the coach's
/// own record, never a check-in: response rates, reminders and signal windows never count it, and only the coach and the
/// coordinator see it.
/// </summary>
public sealed record CoachObservation(
    string Id, string CandidateId, DateOnly ObservedOn, int? WorkAbility, int? Fit, bool? TaskGrowth, int? Independence,
    ObservedNextStep? NextStep, string? Note, string? CoachId, DateTimeOffset RecordedAt);

/// <summary>An observation as the coach's form sends it.</summary>
public sealed record ObservationRequest(
    DateOnly? ObservedOn, int? WorkAbility, int? Fit, bool? TaskGrowth, int? Independence, ObservedNextStep? NextStep,
    [property: MultiLine] string? Note);

internal static class ObservationRules
{
    public const int NoteLength = 500;

    /// <summary>From the referral to today, on the check-ins' scales, and at least one rating.</summary>
    public static Dictionary<string, ErrorCode[]> Validate(ObservationRequest r, Candidate candidate, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (candidate.IsDischarged)
            errors["candidate"] = ["The candidate is discharged; refer them again first."];
        if (r.ObservedOn is not { } day)
            errors["observedOn"] = ["The day of the observation is required."];
        else if (day > today || day < candidate.CurrentReferral.ReferralDate)
            errors["observedOn"] = [$"The day lies from the referral ({candidate.CurrentReferral.ReferralDate:yyyy-MM-dd}) to today."];
        if (r.WorkAbility is < 0 or > 10)
            errors["workAbility"] = ["Work ability is 0 to 10."];
        if (r.Fit is < 1 or > 5)
            errors["fit"] = ["Fit is 1 to 5."];
        if (r.Independence is < 1 or > 5)
            errors["independence"] = ["Independence is 1 to 5."];
        if (r.Note is { Length: > NoteLength })
            errors["note"] = [$"The note is at most {NoteLength} characters."];
        // A note alone is no observation on the shared scales (the contact log holds notes), so a rating is asked for.
        if (r is { WorkAbility: null, Fit: null, TaskGrowth: null, Independence: null, NextStep: null })
            errors.TryAdd("workAbility", ["Rate at least one dimension."]);
        return errors;
    }
}
