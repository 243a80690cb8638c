namespace IpsMonitor.Caseload;

/// <summary>A new adjustment for a running job: a kind from the catalogue (other needs a description), start and review date.</summary>
public sealed record AdjustmentRequest(AdjustmentKind? Kind, string? Description, DateOnly? StartDate, DateOnly? ReviewDate);

/// <summary>
/// A review of one adjustment: keep, extend (with the new review date) or reverse, with its effect in a few words. The
/// day of the decision is today unless given (a review talk recorded afterwards).
/// </summary>
public sealed record AdjustmentDecisionRequest(
    AdjustmentDecisionKind? Decision, string? Effect, DateOnly? NewReviewDate, DateOnly? DecidedOn);

/// <summary>
/// Validation of adjustments added or reviewed during a job, with the rules of a job start's adjustments
/// (<see cref="JobValidation"/>). A decision is taken from the adjustment's start (or its last decision) up to today, so
/// the history reads in order; an extension's new review date comes after that day, at most two years later.
/// </summary>
internal static class AdjustmentValidation
{
    public const int MaxAdjustments = 20;
    public const int MaxEffect = 200;

    public static Dictionary<string, ErrorCode[]> Validate(AdjustmentRequest r, Job job)
    {
        var nested = new Dictionary<string, ErrorCode[]>();
        JobValidation.Adjustments(nested, [new AdjustmentInput(r.Kind, r.Description, r.StartDate, r.ReviewDate, null)], job.StartDate);
        // One adjustment, so its fields are named as in this body: "kind", not "adjustments[0].kind".
        var errors = nested.ToDictionary(e => e.Key[(e.Key.IndexOf('.', StringComparison.Ordinal) + 1)..], e => e.Value);
        if (job.Adjustments.Count >= MaxAdjustments)
            errors["kind"] = [$"At most {MaxAdjustments} adjustments per job."];
        return errors;
    }

    public static Dictionary<string, ErrorCode[]> Validate(AdjustmentDecisionRequest r, Adjustment adjustment, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (r.Decision is null)
            errors["decision"] = ["The decision is keep, extend or reverse."];
        if (string.IsNullOrWhiteSpace(r.Effect) || !Validation.IsShortText(r.Effect, MaxEffect))
            errors["effect"] = [$"Say in a few words what the adjustment did: at most {MaxEffect} characters, on one line."];
        var day = r.DecidedOn ?? today;
        var earliest = adjustment.Decisions.Count > 0 ? adjustment.Decisions[^1].Date : adjustment.StartDate;
        if (day > today || day < earliest)
            errors["decidedOn"] = [$"The day of the decision lies from {earliest:yyyy-MM-dd} (the adjustment's start or its last "
                + "decision) up to today."];
        if (r.Decision == AdjustmentDecisionKind.Extend)
        {
            if (r.NewReviewDate is not { } review)
                errors["newReviewDate"] = ["An extension needs a new review date."];
            else if (review <= day || review.DayNumber - day.DayNumber > JobValidation.MaxReviewDays)
                errors["newReviewDate"] = ["The new review date comes after the day of the decision, at most two years later."];
        }
        else if (r.Decision is not null && r.NewReviewDate is not null)
            errors["newReviewDate"] = ["Only an extension sets a new review date: leave it out to keep or reverse."];
        return errors;
    }

    /// <summary>
    /// Adjustments change while a job runs or before it starts; after its end, and after a discharge, they are history.
    /// </summary>
    public static Refused? NotRunning(Admission admission, Job job, DateOnly today) =>
        admission.File.Candidate.IsDischarged
            ? new Refused(RefusalKind.NotNow, "The candidate is discharged", "Adjustments are added and reviewed while the candidate is in IPS.",
                ErrorCodes.CandidateDischarged)
        : job.EndDate <= today
            ? new Refused(RefusalKind.NotNow, "The job has ended", "Adjustments are added and reviewed while the job runs.", ErrorCodes.JobEnded)
            : null;
}
