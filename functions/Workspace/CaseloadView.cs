namespace IpsMonitor.Workspace;

/// <summary>What the caseload page shows: the filters as chosen, the summary line, one page of candidates and the pager.</summary>
public sealed record CaseloadView(
    StaffChrome Chrome, string Title, CaseloadFilter Filter, string Summary, IReadOnlyList<CaseloadLine> Lines,
    bool ShowCoach, PagerView? Pager);

/// <summary>The filter form: each list with its chosen value; no coach list for a coach, who sees their own caseload.</summary>
public sealed record CaseloadFilter(
    IReadOnlyList<Choice> Statuses, string Status, IReadOnlyList<Choice> Signals, string Signal,
    IReadOnlyList<Choice> Coaches, string Coach);

/// <summary>
/// One candidate's row, its values already worded in the reader's language: the coach's own local reference first, the
/// pseudonymous id beside it, and the coach by name.
/// </summary>
public sealed record CaseloadLine(
    string CandidateId, string? LocalReference, string Coach, string Status, string Job, string LastCheckIn,
    string NextCheckIn, IReadOnlyList<SignalBadge> Signals);

/// <summary>An open signal as a badge: its severity (the badge's colour class) and "Dringend: Achteruitgang".</summary>
public sealed record SignalBadge(string Severity, string Text);
