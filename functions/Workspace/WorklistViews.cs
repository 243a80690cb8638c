namespace IpsMonitor.Workspace;

/// <summary>
/// What "Vandaag" shows: the coach choice of a coordinator (empty for a coach), the count, one page of lines and the
/// pager. Rows that could not be read are counted by the staff layout, as on every page.
/// </summary>
public sealed record TodayModel(
    StaffChrome Chrome, WorklistText Words, WorklistCoaches Coaches, string Summary, IReadOnlyList<TodayLine> Lines, PagerView? Pager);

/// <summary>
/// One thing to do, already worded: the candidate (local reference, id beside it), their coach by name, why the line is
/// there and what to do, the deadline if it has one, and whether it is handled. Reason and Severity are stable keys
/// (data attributes, the badge's colour class).
/// </summary>
public sealed record TodayLine(
    string CandidateId, string? LocalReference, string Coach, string Reason, string Severity, string Badge, string Title,
    string Why, string Action, string? Deadline, bool Handled)
{
    /// <summary>Where on the candidate page the action is done, when it has a place of its own: the action links there.</summary>
    public string? Anchor { get; init; }
}

/// <summary>A coordinator's choice of coach ("Iedereen" or one coach); no choices for a coach, who sees their own.</summary>
public sealed record WorklistCoaches(IReadOnlyList<Choice> Choices, string Chosen)
{
    public bool ShowCoach => Choices.Count > 0;
}

/// <summary>
/// What the check-ins board shows: the filters, the count, one page of check-ins and the response per coach (none when
/// one candidate is looked up).
/// </summary>
public sealed record CheckInsModel(
    StaffChrome Chrome, WorklistText Words, WorklistCoaches Coaches, IReadOnlyList<Choice> States, string State,
    string Candidate, string Summary, IReadOnlyList<CheckInLine> Lines, IReadOnlyList<RateLine> Rates, PagerView? Pager);

/// <summary>One check-in, worded; State is the stable key of where it stands.</summary>
public sealed record CheckInLine(
    string CandidateId, string? LocalReference, string Coach, string Respondent, string State, string StateLabel,
    string Due, string ValidThrough, string Answered);

/// <summary>A coach's response over the window, with the counts it is made of.</summary>
public sealed record RateLine(string Coach, string Rate, int Answered, int Sent);

/// <summary>Who reads a worklist, in which words, and whose candidates are shown (null: the whole programme).</summary>
internal sealed record WorklistReader(
    Staff Staff, StaffText Text, WorklistText Words, IReadOnlyList<Coach> Coaches, string? Coach, DateTimeOffset Now)
{
    public StaffNames Names { get; } = StaffNames.Of(Coaches, []);

    /// <summary>A coordinator's choice of coach ("Iedereen" first, then by name); none for a coach.</summary>
    public WorklistCoaches Choices => new(!Staff.IsCoordinator ? [] : Names.CoachChoices(Coaches, Text, withInactive: false), Coach ?? "");
}

/// <summary>The door of both worklists: signed in, the reader's words, and a coach's own caseload or a coordinator's choice.</summary>
internal static class Worklists
{
    public static async Task<Gated<WorklistReader>> OpenAsync(
        StaffPages pages, AccessStore access, TimeProvider time, HttpRequest request, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return Gated<WorklistReader>.Refuse(refusal);
        var t = StaffText.For(StaffPages.Language(request));
        // A coach sees their own caseload: their own row names it, however many coaches the programme has.
        var coaches = staff.IsCoordinator ? await access.CoachesAsync(staff.ProgrammeId, ct)
            : await access.GetCoachAsync(staff.ProgrammeId, staff.CoachId ?? "", ct) is { } own ? [own] : [];
        var coach = !staff.IsCoordinator ? staff.CoachId ?? ""
            : request.Query["coach"].FirstOrDefault() is { } c && coaches.Any(x => x.Id == c) ? c : null;
        return Gated<WorklistReader>.Pass(new WorklistReader(staff, t, WorklistText.For(t.Lang), coaches, coach, time.GetUtcNow()));
    }
}
