namespace IpsMonitor.Workspace;

/// <summary>
/// What "Vandaag" shows: the coach choice of a coordinator (empty for a coach), the count, a note when rows could not be
/// read, one page of lines and the pager.
/// </summary>
public sealed record TodayModel(
    StaffChrome Chrome, WorklistText Words, WorklistCoaches Coaches, string Summary, string? Unreadable,
    IReadOnlyList<TodayLine> Lines, PagerView? Pager);

/// <summary>
/// One thing to do, already worded: the candidate (local reference, id beside it), their coach by name, why the line is
/// there and what to do, the deadline if it has one, and whether it is handled. Reason and Severity are stable keys
/// (data attributes, the badge's colour class).
/// </summary>
public sealed record TodayLine(
    string CandidateId, string? LocalReference, string Coach, string Reason, string Severity, string Badge, string Title,
    string Why, string Action, string? Deadline, bool Handled);

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
    string Candidate, string Summary, string? Unreadable, IReadOnlyList<CheckInLine> Lines, IReadOnlyList<RateLine> Rates, PagerView? Pager);

/// <summary>One check-in, worded; State is the stable key of where it stands.</summary>
public sealed record CheckInLine(
    string CandidateId, string? LocalReference, string Coach, string Respondent, string State, string StateLabel,
    string Due, string ValidThrough, string Answered);

/// <summary>A coach's response over the window, with the counts it is made of.</summary>
public sealed record RateLine(string Coach, string Rate, int Answered, int Sent);

/// <summary>What both worklists share: who is shown (a coach's own caseload, or a coordinator's choice) and the notes.</summary>
internal static class Worklists
{
    /// <summary>The coach whose candidates are shown: the coach themself; for a coordinator the chosen one, or null for all.</summary>
    public static string? Coach(HttpRequest request, Staff staff, IReadOnlyList<Coach> coaches) =>
        !staff.IsCoordinator ? staff.CoachId ?? ""
        : request.Query["coach"].FirstOrDefault() is { } c && coaches.Any(x => x.Id == c) ? c : null;

    public static WorklistCoaches Choices(StaffText t, Staff staff, IReadOnlyList<Coach> coaches, StaffNames names, string? chosen) =>
        new(!staff.IsCoordinator ? []
            : [.. coaches.Select(c => new Choice(c.Id, names.Coach(c.Id)))
                .OrderBy(c => c.Label, StringComparer.OrdinalIgnoreCase).Prepend(new Choice("", t.AllCoaches))],
            chosen ?? "");

    /// <summary>"1 regel kon niet gelezen worden": the rows a page skipped; null when it read them all.</summary>
    public static string? Unreadable(WorklistText w, int count) =>
        count == 0 ? null : w.Count(count, w.OneUnreadable, w.Unreadable);
}
