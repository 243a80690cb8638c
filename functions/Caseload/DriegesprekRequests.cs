namespace IpsMonitor.Caseload;

/// <summary>
/// A driegesprek to record about a running job: the day, who took part, agreements, a decision per adjustment discussed,
/// task changes, a planned hours build-up (from, to, by when), development goals and the day of the next talk.
/// An agreement row left wholly empty, and an adjustment without a decision, are not part of the record.
/// </summary>
public sealed record DriegesprekRequest(
    DateOnly? TalkDate, IReadOnlyList<TalkParticipant>? Participants, IReadOnlyList<AgreementInput>? Agreements,
    IReadOnlyList<TalkDecisionInput>? Decisions, [property: MultiLine] string? NewTasks, [property: MultiLine] string? TasksTakenAway,
    decimal? HoursFrom, decimal? HoursTo, DateOnly? HoursBy, [property: MultiLine] string? DevelopmentGoals, DateOnly? NextDate);

/// <summary>One agreement as sent: what, who carries it out, by when.</summary>
public sealed record AgreementInput(string? Text, AgreementOwner? Owner, DateOnly? DueDate)
{
    [System.Text.Json.Serialization.JsonIgnore]
    public bool IsEmpty => string.IsNullOrWhiteSpace(Text) && Owner is null && DueDate is null;
}

/// <summary>The decision on one adjustment as sent: keep, extend with a new review date, or reverse, with its effect.</summary>
public sealed record TalkDecisionInput(string? AdjustmentId, AdjustmentDecisionKind? Decision, string? Effect, DateOnly? NewReviewDate);

/// <summary>The coach records that the candidate agreed to share a talk's summary with the supervisor.</summary>
public sealed record SummarySharingRequest(bool? CandidateAgreed);

/// <summary>An agreement marked done ("afgerond"), on a day (today when left out).</summary>
public sealed record AgreementDoneRequest(DateOnly? DoneOn);

/// <summary>
/// The rules of a driegesprek record, reading nothing and writing nothing, so a form with an unreadable field lists them
/// too. The decisions follow the rules of a decision taken on its own (<see cref="AdjustmentValidation"/>), taken on the
/// day of the talk; their errors are named by row ("decisions[1].effect").
/// </summary>
internal static class DriegesprekValidation
{
    public const int MaxAgreements = 10;
    public const int MaxAgreementText = 200;
    public const int MaxNote = 500;

    /// <summary>The most hours a week a plan can reach: the contract hours' own limit.</summary>
    public const decimal MaxHours = 60;

    public static Dictionary<string, ErrorCode[]> Validate(DriegesprekRequest r, Job job, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        var earliest = job.LastDriegesprek is { } last && last.Date > job.StartDate ? last.Date : job.StartDate;
        if (r.TalkDate is not { } date)
        {
            errors["talkDate"] = ["The day of the talk is required."];
            date = today;
        }
        else if (date > today || date < earliest)
            errors["talkDate"] = [$"The day of the talk lies from {earliest:yyyy-MM-dd} (the job's start or the last talk) up to today."];
        if (r.Participants is not { Count: > 0 })
            errors["participants"] = ["Say who took part."];
        var agreements = r.Agreements ?? [];
        if (agreements.Count(a => !a.IsEmpty) > MaxAgreements)
            errors["agreements"] = [$"At most {MaxAgreements} agreements per talk."];
        for (var i = 0; i < agreements.Count; i++)
        {
            var a = agreements[i];
            if (a.IsEmpty)
                continue;
            if (string.IsNullOrWhiteSpace(a.Text) || !Validation.IsShortText(a.Text, MaxAgreementText))
                errors[$"agreements[{i}].text"] = [$"Say what was agreed: at most {MaxAgreementText} characters, on one line."];
            if (a.Owner is null)
                errors[$"agreements[{i}].owner"] = ["Say who carries it out: the candidate, the supervisor or the coach."];
            if (a.DueDate is not { } due)
                errors[$"agreements[{i}].dueDate"] = ["An agreement needs a date by when it is done."];
            else if (due < date)
                errors[$"agreements[{i}].dueDate"] = ["The due date comes on or after the day of the talk."];
        }
        var decisions = r.Decisions ?? [];
        for (var i = 0; i < decisions.Count; i++)
        {
            var d = decisions[i];
            if (d.Decision is null && string.IsNullOrWhiteSpace(d.Effect) && d.NewReviewDate is null)
                continue;
            if (job.Adjustments.FirstOrDefault(x => x.Id == d.AdjustmentId) is not { } adjustment)
            {
                errors[$"decisions[{i}].decision"] = ["No such adjustment on this job."];
                continue;
            }
            var rules = AdjustmentValidation.Validate(new AdjustmentDecisionRequest(d.Decision, d.Effect, d.NewReviewDate, date), adjustment, today);
            foreach (var (field, problems) in rules)
                if (field != "decidedOn")
                    errors[$"decisions[{i}].{field}"] = problems;
        }
        Note(errors, "newTasks", r.NewTasks);
        Note(errors, "tasksTakenAway", r.TasksTakenAway);
        Note(errors, "developmentGoals", r.DevelopmentGoals);
        HoursPlan(errors, r, date);
        if (r.NextDate is not { } next)
            errors["nextDate"] = ["The day of the next talk is required."];
        else if (next <= date)
            errors["nextDate"] = ["The next talk comes after this one."];
        return errors;
    }

    /// <summary>A plan is whole or absent: from and to hours within the contract limit, reached after the talk.</summary>
    private static void HoursPlan(Dictionary<string, ErrorCode[]> errors, DriegesprekRequest r, DateOnly date)
    {
        if (r is { HoursFrom: null, HoursTo: null, HoursBy: null })
            return;
        if (r.HoursFrom is not { } from || from < 0 || from > MaxHours)
            errors["hoursFrom"] = [$"A plan starts from the hours a week now: 0 to {MaxHours}."];
        if (r.HoursTo is not { } to || to < 0 || to > MaxHours)
            errors["hoursTo"] = [$"A plan goes to the hours a week agreed: 0 to {MaxHours}."];
        else if (r.HoursFrom is { } start && to <= start)
            errors["hoursTo"] = ["A build-up goes to more hours than it starts from."];
        if (r.HoursBy is not { } by)
            errors["hoursBy"] = ["Say by when the hours are reached."];
        else if (by <= date)
            errors["hoursBy"] = ["The hours are reached after the day of the talk."];
    }

    private static void Note(Dictionary<string, ErrorCode[]> errors, string field, string? text)
    {
        if (text is not null && !Validation.Fits(text, MaxNote))
            errors[field] = [$"At most {MaxNote} characters."];
    }

    public static Dictionary<string, ErrorCode[]> Validate(AgreementDoneRequest r, DateOnly talkDate, DateOnly today)
    {
        var errors = new Dictionary<string, ErrorCode[]>();
        var day = r.DoneOn ?? today;
        if (day > today || day < talkDate)
            errors["doneOn"] = [$"The day it was done lies from the day of the talk ({talkDate:yyyy-MM-dd}) up to today."];
        return errors;
    }
}
