namespace IpsMonitor.Caseload;

/// <summary>The kind of education: regular education (mbo, hbo, a school) or a course that ends with a diploma.</summary>
public enum EducationKind
{
    Regular,
    DiplomaCourse,
}

/// <summary>
/// Education (onderwijs) a candidate follows during IPS: "leren naast werken" is an intended IPS outcome, and IPS-O is a
/// model of its own. IsGoal says whether education is the candidate's goal in IPS, not a step towards work.
/// </summary>
public sealed record Education(string Id, EducationKind Kind, DateOnly StartDate, bool IsGoal, DateOnly? EndDate)
{
    public bool IsOpenOn(DateOnly day) => StartDate <= day && (EndDate is null || EndDate >= day);

    public bool IsOpenBetween(DateOnly from, DateOnly to) => StartDate <= to && (EndDate is null || EndDate >= from);
}

public sealed record EducationStartRequest(EducationKind? Kind, DateOnly? StartDate, bool? IsGoal);

public sealed record EducationEndRequest(DateOnly? EndDate);

/// <summary>What the staff API shows of an education.</summary>
public sealed record EducationDto(string Id, EducationKind Kind, DateOnly StartDate, bool IsGoal, DateOnly? EndDate);

internal static class EducationRules
{
    /// <summary>A bound on the JSON column: a candidate follows a handful of courses, never dozens.</summary>
    public const int MaxPerCandidate = 20;

    /// <summary>
    /// Education is recorded from the referral to 90 days ahead: it counts as an outcome of IPS, so a start before the
    /// referral is none.
    /// </summary>
    public static Dictionary<string, ErrorCode[]> Validate(EducationStartRequest r, DateOnly referralDate, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (r.Kind is null)
            errors["kind"] = [new("educationKind", "The kind is regular (regular education) or diplomaCourse (a course with a diploma).")];
        JobValidation.StartDate(errors, r.StartDate, referralDate, today);
        if (!errors.ContainsKey("startDate") && r.StartDate < referralDate)
            errors["startDate"] = [StartBeforeReferral(referralDate)];
        if (r.IsGoal is null)
            errors["isGoal"] = ["Say whether education is the candidate's goal (true or false)."];
        return errors;
    }

    public static ErrorCode StartBeforeReferral(DateOnly referralDate) => new(ErrorCodes.EducationStartBeforeReferral,
        $"The start date lies before the referral ({referralDate:yyyy-MM-dd}); education is recorded from the referral on.");

    public static Dictionary<string, ErrorCode[]> Validate(EducationEndRequest r, Education education, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        if (education.EndDate is not null)
            errors["education"] = ["This education has ended already."];
        else if (r.EndDate is null)
            errors["endDate"] = ["The end date is required."];
        else if (r.EndDate < education.StartDate)
            errors["endDate"] = ["The end date cannot lie before the start date."];
        else if (r.EndDate > today.AddDays(90))
            errors["endDate"] = ["The end date is more than 90 days ahead."];
        return errors;
    }

    public static EducationDto AsDto(this Education e) => new(e.Id, e.Kind, e.StartDate, e.IsGoal, e.EndDate);
}
