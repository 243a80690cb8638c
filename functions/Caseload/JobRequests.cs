using IpsMonitor.Platform;

namespace IpsMonitor.Caseload;

public sealed record AdjustmentInput(AdjustmentKind? Kind, string? Description, DateOnly? StartDate, DateOnly? ReviewDate, AdjustmentStatus? Status);

public sealed record SupervisorInput(bool? Consent, string? Name, string? Email, Disclosure? Disclosure);

public sealed record JobStartRequest(
    string? Employer, string? JobTitle, string? Sector, DateOnly? StartDate, decimal? ContractHoursPerWeek, bool? Competitive,
    PlacementKind? Kind, bool? FourPaidHoursConfirmed, DateOnly? TrialEndDate, string? TrialGoals,
    IReadOnlyList<AdjustmentInput>? Adjustments, SupervisorInput? Supervisor);

public sealed record JobUpdateRequest(
    decimal? ContractHoursPerWeek, bool? FourPaidHoursConfirmed, DateOnly? TrialEndDate, string? TrialGoals, string? TrialDecision,
    IReadOnlyList<AdjustmentInput>? Adjustments);

public sealed record JobEndRequest(DateOnly? EndDate, string? Reason);

/// <summary>Validation of job input, next to the DTOs; messages name the field so a client can show them.</summary>
internal static class JobValidation
{
    public static Dictionary<string, string[]> Validate(JobStartRequest r, DateOnly referralDate, DateOnly today)
    {
        var errors = new Dictionary<string, string[]>();
        Text(errors, "employer", r.Employer, 100, required: true);
        Text(errors, "jobTitle", r.JobTitle, 100, required: true);
        if (SectorCatalogue.Find(r.Sector) is null)
            errors["sector"] = [SectorCatalogue.Allowed];
        if (r.StartDate is null)
            errors["startDate"] = ["The start date is required."];
        else if (r.StartDate > today.AddDays(90))
            errors["startDate"] = ["The start date is more than 90 days ahead."];
        else if (r.StartDate < referralDate.AddYears(-1))
            errors["startDate"] = ["The start date lies long before the referral."];
        Hours(errors, r.ContractHoursPerWeek, required: true);
        if (r.Competitive is null)
            errors["competitive"] = ["Say whether this is a competitive job (regular work, at least minimum wage, open to anyone)."];
        if (r.Kind is null)
            errors["kind"] = ["The kind is regular, doelgroepbaan, proefplaatsing, werkervaringsplek or other."];
        if (r.Kind == PlacementKind.Proefplaatsing && (r.TrialEndDate is null || string.IsNullOrWhiteSpace(r.TrialGoals)))
            errors["trialEndDate"] = ["A proefplaatsing needs an agreed end date and goals."];
        if (r.TrialEndDate is { } trialEnd && r.StartDate is { } start && trialEnd <= start)
            errors["trialEndDate"] = ["The agreed end of the trial comes after its start."];
        if (r.Kind == PlacementKind.Proefplaatsing && r.Competitive == true)
            errors["competitive"] = ["A proefplaatsing is not a competitive job."];
        Text(errors, "trialGoals", r.TrialGoals, 500, required: false);
        Adjustments(errors, r.Adjustments);
        if (r.Supervisor is { } s)
        {
            Text(errors, "supervisor.name", s.Name, 100, required: false);
            if (s.Email is not null && !Validation.IsEmail(s.Email))
                errors["supervisor.email"] = ["This is not a valid e-mail address."];
        }
        return errors;
    }

    public static Dictionary<string, string[]> Validate(JobUpdateRequest r)
    {
        var errors = new Dictionary<string, string[]>();
        Hours(errors, r.ContractHoursPerWeek, required: false);
        Text(errors, "trialGoals", r.TrialGoals, 500, required: false);
        Text(errors, "trialDecision", r.TrialDecision, 200, required: false);
        Adjustments(errors, r.Adjustments);
        return errors;
    }

    public static IReadOnlyList<Adjustment> ToAdjustments(IReadOnlyList<AdjustmentInput>? input) =>
        input?.Select(a => new Adjustment(a.Kind!.Value, a.Description?.Trim(), a.StartDate!.Value, a.ReviewDate!.Value, a.Status ?? AdjustmentStatus.Active)).ToList()
        ?? [];

    private static void Adjustments(Dictionary<string, string[]> errors, IReadOnlyList<AdjustmentInput>? adjustments)
    {
        if (adjustments is null)
            return;
        if (adjustments.Count > 20)
            errors["adjustments"] = ["At most 20 adjustments per job."];
        for (var i = 0; i < Math.Min(adjustments.Count, 20); i++)
        {
            var a = adjustments[i];
            if (a.Kind is null)
                errors[$"adjustments[{i}].kind"] = ["The kind is one of the catalogue: fewerHours, laterHours, extraBreaks, clearSingleTasks, moreTimePerTask, fixedContactPerson, quietWorkplace, jobCarving, stepwiseBuildUp, other."];
            if (a.StartDate is null || a.ReviewDate is null)
                errors[$"adjustments[{i}].reviewDate"] = ["Each adjustment needs a start date and a review date."];
            else if (a.ReviewDate < a.StartDate)
                errors[$"adjustments[{i}].reviewDate"] = ["The review date comes after the start date."];
            if (a.Kind == AdjustmentKind.Other && string.IsNullOrWhiteSpace(a.Description))
                errors[$"adjustments[{i}].description"] = ["Describe an adjustment of kind 'other'."];
            Text(errors, $"adjustments[{i}].description", a.Description, 200, required: false);
        }
    }

    private static void Hours(Dictionary<string, string[]> errors, decimal? hours, bool required)
    {
        if (hours is null && required)
            errors["contractHoursPerWeek"] = ["The contract hours per week are required (0 to 60)."];
        else if (hours is < 0 or > 60)
            errors["contractHoursPerWeek"] = ["The contract hours per week lie between 0 and 60."];
    }

    private static void Text(Dictionary<string, string[]> errors, string field, string? value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            errors[field] = ["This field is required."];
        else if (!Validation.IsShortText(value, max))
            errors[field] = [$"At most {max} characters, on one line."];
    }
}
