namespace IpsMonitor.Caseload;

/// <summary>What was decided at the end of a proefplaatsing: a contract, an extension, or a stop.</summary>
public enum TrialOutcome
{
    Contract,
    Extended,
    Stopped,
}

/// <summary>
/// A trial decision as read: structured (outcome and date), or the free text of a row from before the structure, which
/// stays readable but is never counted.
/// </summary>
public sealed record TrialDecisionRecord(TrialOutcome? Outcome, DateOnly? Date, string? FreeText);

internal static class TrialDecisions
{
    public static TrialDecisionRecord? Read(string? stored, DateOnly? date) =>
        string.IsNullOrWhiteSpace(stored) ? null
        : date is { } day && Enum.GetNames<TrialOutcome>().Contains(stored, StringComparer.Ordinal)
            ? new TrialDecisionRecord(Enum.Parse<TrialOutcome>(stored), day, null)
            : new TrialDecisionRecord(null, null, stored);

    /// <summary>A decision needs its date and belongs to a proefplaatsing; it is taken on or after the job's start.</summary>
    public static void Validate(Dictionary<string, ErrorCode[]> errors, TrialOutcome? outcome, DateOnly? date, Job job, DateOnly today)
    {
        if (outcome is null && date is null)
            return;
        if (job.Kind != PlacementKind.Proefplaatsing)
            errors["trialDecision"] = ["A trial decision belongs to a proefplaatsing."];
        else if (outcome is null)
            errors["trialDecision"] = ["Choose the decision: contract, extended or stopped."];
        if (date is null)
            errors["trialDecisionDate"] = ["The decision needs the day it was taken."];
        else if (date < job.StartDate || date > today)
            errors["trialDecisionDate"] = [$"The decision is taken between the job's start ({job.StartDate:yyyy-MM-dd}) and today."];
    }
}
