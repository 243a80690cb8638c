namespace IpsMonitor.Caseload;

public sealed record AdjustmentInput(AdjustmentKind? Kind, string? Description, DateOnly? StartDate, DateOnly? ReviewDate, AdjustmentStatus? Status);

public sealed record SupervisorInput(bool? Consent, string? Name, string? Email, Disclosure? Disclosure, string? CandidateFirstName = null);

public sealed record JobStartRequest(
    string? Employer, string? JobTitle, string? Sector, DateOnly? StartDate, decimal? ContractHoursPerWeek, bool? Competitive,
    PlacementKind? Kind, bool? FourPaidHoursConfirmed, DateOnly? TrialEndDate, string? TrialGoals,
    IReadOnlyList<AdjustmentInput>? Adjustments, SupervisorInput? Supervisor);

/// <summary>What changes during a job, and corrections of what was recorded at its start (kind, competitive).</summary>
public sealed record JobUpdateRequest(
    decimal? ContractHoursPerWeek, bool? FourPaidHoursConfirmed, DateOnly? TrialEndDate, string? TrialGoals, TrialOutcome? TrialDecision,
    IReadOnlyList<AdjustmentInput>? Adjustments, PlacementKind? Kind = null, bool? Competitive = null, DateOnly? TrialDecisionDate = null);

public sealed record JobEndRequest(DateOnly? EndDate, JobEndReason? Reason, string? ReasonNote = null);

/// <summary>
/// Validation of job input, next to the DTOs; messages name the field so a client can show them. Every date also lies
/// within the range of <see cref="BodyRules"/> (2000-01-01 up to two years ahead). On top of that: a job start at most
/// 90 days ahead and at most a year before the referral, and before it only when the candidate had paid work at
/// referral (the job held then); a trial ends after the job starts and at most
/// <see cref="MaxTrialDays"/> days later; an adjustment starts on or after the job's start (it adjusts the job, which
/// is not there before) and is reviewed on or after its own start, at most <see cref="MaxReviewDays"/> days later.
/// </summary>
internal static class JobValidation
{
    /// <summary>A proefplaatsing is a trial of weeks or months, never more than a year.</summary>
    public const int MaxTrialDays = 366;

    /// <summary>An adjustment is reviewed at least every two years.</summary>
    public const int MaxReviewDays = 2 * 366;

    public static Dictionary<string, ErrorCode[]> Validate(JobStartRequest r, Referral referral, DateOnly today)
    {
        var referralDate = referral.ReferralDate;
        var errors = new Dictionary<string, ErrorCode[]>();
        Text(errors, "employer", r.Employer, 100, required: true);
        Text(errors, "jobTitle", r.JobTitle, 100, required: true);
        if (SectorCatalogue.Find(r.Sector) is null)
            errors["sector"] = [SectorCatalogue.Allowed];
        StartDate(errors, r.StartDate, referralDate, today);
        // A job before the referral is one the candidate held then: only with paid work at referral.
        if (!errors.ContainsKey("startDate") && r.StartDate < referralDate && !referral.EmployedAtReferral)
            errors["startDate"] = [StartBeforeReferral(referralDate)];
        Hours(errors, r.ContractHoursPerWeek, required: true);
        if (Competitive(r) is null)
            errors["competitive"] = ["Say whether this is a competitive job (regular work, at least minimum wage, open to anyone)."];
        if (r.Kind is null)
            errors["kind"] = ["The kind is regular, doelgroepbaan, proefplaatsing, werkervaringsplek or other."];
        if (r.Kind == PlacementKind.Proefplaatsing && (r.TrialEndDate is null || string.IsNullOrWhiteSpace(r.TrialGoals)))
            errors["trialEndDate"] = ["A proefplaatsing needs an agreed end date and goals."];
        TrialEnd(errors, r.TrialEndDate, r.StartDate);
        if (CompetitiveContradiction(r.Kind, r.Competitive) is { } contradiction)
            errors["competitive"] = [contradiction];
        Text(errors, "trialGoals", r.TrialGoals, 500, required: false);
        Adjustments(errors, r.Adjustments, r.StartDate);
        if (r.Supervisor is { } s)
        {
            Text(errors, "supervisor.name", s.Name, 100, required: false);
            if (s.Email is not null && !Validation.IsEmail(s.Email))
                errors["supervisor.email"] = ["This is not a valid e-mail address."];
            // An omitted disclosure is stored as none, so consent without one is the same contradiction.
            if (s.Consent == true && !(s.Disclosure ?? Disclosure.None).AllowsSupervisorContact())
                errors["supervisor.consent"] = errors["supervisor.disclosure"] = [DisclosureRule.Contradiction("supervisor.consent", "supervisor.disclosure")];
            if (!Validation.IsFirstName(s.CandidateFirstName))
                errors["supervisor.candidateFirstName"] = [Validation.FirstNameRule];
            else if (!string.IsNullOrWhiteSpace(s.CandidateFirstName) && s.Consent != true)
                errors["supervisor.candidateFirstName"] = ["A first name for the supervisor needs the candidate's consent to supervisor contact."];
        }
        return errors;
    }

    /// <summary>A start (of a job, of education) at most 90 days ahead and at most a year before the referral.</summary>
    public static ErrorCode StartBeforeReferral(DateOnly referralDate) => new(ErrorCodes.JobStartBeforeReferral,
        $"The start date lies before the referral ({referralDate:yyyy-MM-dd}); only a job the candidate had at referral "
        + "(employedAtReferral true) starts earlier.");

    public static void StartDate(Dictionary<string, ErrorCode[]> errors, DateOnly? start, DateOnly referralDate, DateOnly today)
    {
        if (start is null)
            errors["startDate"] = ["The start date is required."];
        else if (start > today.AddDays(90))
            errors["startDate"] = ["The start date is more than 90 days ahead."];
        // Day numbers, not AddYears: a referral date stored before the range existed must not overflow here.
        else if (referralDate.DayNumber - start.Value.DayNumber > 366)
            errors["startDate"] = ["The start date lies long before the referral."];
    }

    public static Dictionary<string, ErrorCode[]> Validate(JobUpdateRequest r, DateOnly jobStart)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        TrialEnd(errors, r.TrialEndDate, jobStart);
        Hours(errors, r.ContractHoursPerWeek, required: false);
        Text(errors, "trialGoals", r.TrialGoals, 500, required: false);
        Adjustments(errors, r.Adjustments, jobStart);
        return errors;
    }

    /// <summary>
    /// Competitive as fidelity item 11 means it: a regular job is, a werkervaringsplek, proefplaatsing or other placement
    /// never is. A doelgroepbaan may say either: the programme setting decides how it counts.
    /// </summary>
    public const string RegularIsCompetitive =
        "A regular job is competitive (open to anyone, at least minimum wage): set competitive to true, or choose the kind "
        + "doelgroepbaan, proefplaatsing, werkervaringsplek or other.";

    public const string NeverCompetitive = " is never a competitive job: set competitive to false, or choose the kind regular.";

    /// <summary>Whether the job is competitive: as said, else a regular job is (its kind says so; nobody is asked twice).</summary>
    public static bool? Competitive(JobStartRequest r) => r.Competitive ?? (r.Kind == PlacementKind.Regular ? true : null);

    public static ErrorCode? CompetitiveContradiction(PlacementKind? kind, bool? competitive) => (kind, competitive) switch
    {
        (PlacementKind.Regular, false) => new(ErrorCodes.RegularIsCompetitive, RegularIsCompetitive),
        (PlacementKind.Proefplaatsing or PlacementKind.Werkervaringsplek or PlacementKind.Other, true) =>
            new(ErrorCodes.NeverCompetitive, $"A {Name(kind.Value)}{NeverCompetitive}"),
        _ => null,
    };

    private static string Name(PlacementKind kind) => kind switch
    {
        PlacementKind.Proefplaatsing => "proefplaatsing",
        PlacementKind.Werkervaringsplek => "werkervaringsplek",
        _ => "placement of kind 'other'",
    };

    public static IReadOnlyList<Adjustment> ToAdjustments(IReadOnlyList<AdjustmentInput>? input) =>
        // Validated before (kind and both dates required), so none is left out here.
        AdjustmentIds.Identified(input?.Select(a => a is { Kind: { } kind, StartDate: { } start, ReviewDate: { } review }
            ? new Adjustment(kind, a.Description?.Trim(), start, review, a.Status ?? AdjustmentStatus.Active) : null).OfType<Adjustment>().ToList()
        ?? []);

    private static void TrialEnd(Dictionary<string, ErrorCode[]> errors, DateOnly? trialEnd, DateOnly? jobStart)
    {
        if (trialEnd is { } end && jobStart is { } start && (end <= start || end.DayNumber - start.DayNumber > MaxTrialDays))
            errors["trialEndDate"] = [$"The agreed end of the trial comes after the job's start ({start:yyyy-MM-dd}), at most a year later."];
    }

    internal static void Adjustments(Dictionary<string, ErrorCode[]> errors, IReadOnlyList<AdjustmentInput>? adjustments, DateOnly? jobStart)
    {
        if (adjustments is null)
            return;
        if (adjustments.Count > 20)
            errors["adjustments"] = ["At most 20 adjustments per job."];
        for (var i = 0; i < Math.Min(adjustments.Count, 20); i++)
        {
            var a = adjustments[i];
            if (a.Kind is null)
                errors[$"adjustments[{i}].kind"] = ["The kind is one of the catalogue: fewerHours, laterHours, "
                    + "extraBreaks, clearSingleTasks, moreTimePerTask, fixedContactPerson, quietWorkplace, "
                    + "jobCarving, stepwiseBuildUp, other."];
            if (a.StartDate is null || a.ReviewDate is null)
                errors[$"adjustments[{i}].reviewDate"] = ["Each adjustment needs a start date and a review date."];
            else if (a.ReviewDate < a.StartDate || a.ReviewDate.Value.DayNumber - a.StartDate.Value.DayNumber > MaxReviewDays)
                errors[$"adjustments[{i}].reviewDate"] = ["The review date comes on or after the start date, at most two years later."];
            if (a.StartDate is { } adjustmentStart && jobStart is { } start && adjustmentStart < start)
                errors[$"adjustments[{i}].startDate"] = [$"An adjustment starts on or after the job's start ({start:yyyy-MM-dd})."];
            if (a.Kind == AdjustmentKind.Other && string.IsNullOrWhiteSpace(a.Description))
                errors[$"adjustments[{i}].description"] = ["Describe an adjustment of kind 'other'."];
            Text(errors, $"adjustments[{i}].description", a.Description, 200, required: false);
        }
    }

    private static void Hours(Dictionary<string, ErrorCode[]> errors, decimal? hours, bool required)
    {
        if (hours is null && required)
            errors["contractHoursPerWeek"] = ["The contract hours per week are required (0 to 60)."];
        else if (hours is < 0 or > 60)
            errors["contractHoursPerWeek"] = ["The contract hours per week lie between 0 and 60."];
    }

    private static void Text(Dictionary<string, ErrorCode[]> errors, string field, string? value, int max, bool required)
    {
        if (required && string.IsNullOrWhiteSpace(value))
            errors[field] = ["This field is required."];
        else if (!Validation.IsShortText(value, max))
            errors[field] = [$"At most {max} characters, on one line."];
    }
}
