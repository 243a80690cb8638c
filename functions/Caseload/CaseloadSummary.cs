using System.Globalization;
using IpsMonitor.Signals;

namespace IpsMonitor.Caseload;

/// <summary>
/// What the caseload lists show of one candidate, kept as a row so a list reads what it shows and nothing else: the
/// candidate as the API lists it, the current job, the open signals and their acknowledgement. It holds no names and no
/// answers. Computed only by <see cref="Of"/>, from the candidate's own rows, so a recompute always gives the same row.
/// </summary>
/// <remarks>
/// Status, next check-in and the response over the last 90 days also move with the date alone (a job starts, a
/// check-in falls due or leaves the window): the nightly signal run recomputes every candidate, and with it their summary.
/// </remarks>
internal sealed record CaseloadSummary(
    CandidateDto Candidate, SummaryJob? CurrentJob, IReadOnlyList<SummarySignal> OpenSignals, DateOnly? NearestDeadline)
{
    public string Id => Candidate.Id;
    public bool IsDischarged => Candidate.Status == CandidateDtos.Discharged;

    /// <summary>
    /// The candidate's signals, open and resolved, counted by state, type and severity (<c>o|decline|Attention</c>), so
    /// the signal list can say how many there are for any filter without reading them (see <see cref="SummaryCounts"/>).
    /// </summary>
    public IReadOnlyDictionary<string, int> SignalCounts { get; init; } = new Dictionary<string, int>();

    /// <summary>The candidate's check-ins that closed in the last 90 days and how many were answered, counted per coach.</summary>
    public ResponseWindow Response { get; init; } = ResponseWindow.None;

    /// <summary>
    /// The check-ins "Vandaag" and the check-ins board show: every one not cancelled whose link expires at most
    /// <see cref="ResponseWindow.WindowDays"/> days before the summary was computed, without answers. So the worklists
    /// read no check-in rows. Null in a summary written before it was kept: that candidate's check-ins are read instead.
    /// </summary>
    public IReadOnlyList<InvitationDto>? RecentCheckIns { get; init; }

    /// <summary>Whether every open signal has been acknowledged by a coach (true without open signals).</summary>
    public bool AllAcknowledged => OpenSignals.All(s => s.Acknowledged);

    /// <summary>
    /// What needs attention first: unacknowledged signals by severity, then acknowledged ones (issue 18: acknowledged
    /// signals drop down, below any that nobody has looked at). Counts are capped so one digit group never spills into the next.
    /// </summary>
    public int AttentionScore =>
        IsDischarged ? 0
        : Count(SignalSeverity.Urgent, false) * 1_000_000 + Count(SignalSeverity.Attention, false) * 10_000
            + Count(SignalSeverity.Info, false) * 100 + Math.Min(99, OpenSignals.Count(s => s.Acknowledged));

    private int Count(SignalSeverity severity, bool acknowledged) =>
        Math.Min(99, OpenSignals.Count(s => s.Severity == severity && s.Acknowledged == acknowledged));

    /// <summary>The caseload page's order: candidates in IPS before discharged ones, what needs attention, the next check-in, the id.</summary>
    public string AttentionKey => string.Join('|', CaseloadOrder.Attention, Group, (99_999_999 - AttentionScore).ToString("D8",
        CultureInfo.InvariantCulture), Day(Candidate.NextCheckInDue), Id);

    /// <summary>The API list's order: candidates in IPS before discharged ones, then the next check-in, then the id.</summary>
    public string DueKey => string.Join('|', CaseloadOrder.Due, Group, Day(Candidate.NextCheckInDue), Id);

    private string Group => IsDischarged ? CaseloadOrder.DischargedGroup : CaseloadOrder.InIpsGroup;

    private static string Day(DateOnly? day) => day?.ToString("yyyyMMdd", CultureInfo.InvariantCulture) ?? "99999999";

    /// <summary>The summary of a candidate from their own rows, as the lists show it on the given day.</summary>
    public static CaseloadSummary Of(VersionedCandidate file, IReadOnlyList<Job> jobs, IReadOnlyCollection<Invitation> invitations,
        IEnumerable<StoredSignal> signals, DateTimeOffset now, CheckInOptions options)
    {
        var today = ProgrammeTime.DateOf(now);
        var dto = file.AsDto(jobs, invitations, today, options, withJobs: false);
        var current = jobs.Where(j => j.IsOpenOn(today)).OrderByDescending(j => j.StartDate).FirstOrDefault();
        var open = signals.Where(s => s.IsOpen).OrderByDescending(s => s.Severity)
            .Select(s => new SummarySignal(s.Type, s.Severity, s.AcknowledgedAt is not null, Deadline(s))).ToList();
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        foreach (var group in signals.GroupBy(SignalCountKey, StringComparer.Ordinal))
            counts[group.Key] = group.Count();
        return new CaseloadSummary(dto,
            current is null ? null : new SummaryJob(current.JobTitle, current.Employer, current.ContractHoursPerWeek)
            {
                JobId = current.Id, StartDate = current.StartDate,
            },
            open, open.Min(s => s.Deadline))
        {
            SignalCounts = counts,
            Response = ResponseWindow.Of(invitations, now),
            RecentCheckIns = Recent(invitations, now),
        };
    }

    /// <summary>Ordered by id, so a recompute writes the same row.</summary>
    private static List<InvitationDto> Recent(IEnumerable<Invitation> invitations, DateTimeOffset now)
    {
        var from = now.AddDays(-ResponseWindow.WindowDays);
        return [.. invitations.Where(i => i.State != InvitationState.Cancelled && i.ExpiresAt >= from)
            .OrderBy(i => i.Id, StringComparer.Ordinal).Select(i => i.AsDto())];
    }

    /// <summary>A recent check-in as the worklists read it: the candidate's, without answers.</summary>
    public static Invitation CheckIn(string candidateId, InvitationDto d) => new(d.Id, candidateId, d.Respondent, d.JobId, d.DueDate,
        d.CreatedAt, d.ExpiresAt, d.State, d.AnsweredAt, d.Questionnaire, d.QuestionnaireVersion, new Dictionary<string, Answer>());

    public static string SignalCountKey(StoredSignal s) =>
        string.Join('|', SignalIndexRows.State(s.IsOpen), s.Type, s.Severity);

    private static DateOnly? Deadline(StoredSignal signal) => signal.Facts is JobEndedFacts ended ? ended.ContactBy : null;
}

/// <summary>The job a list shows beside the candidate: title, employer and contract hours per week.</summary>
internal sealed record SummaryJob(string JobTitle, string Employer, decimal ContractHoursPerWeek)
{
    /// <summary>The job and its start, for the end of its onboarding on "Vandaag"; none in a summary stored before they were kept.</summary>
    public string? JobId { get; init; }

    public DateOnly? StartDate { get; init; }
}

/// <summary>An open signal as a list shows it: type, severity, whether a coach acknowledged it, and its deadline if any.</summary>
internal sealed record SummarySignal(string Type, SignalSeverity Severity, bool Acknowledged, DateOnly? Deadline);

/// <summary>The orders a caseload list can be read in, and the groups that lead each order key.</summary>
internal static class CaseloadOrder
{
    public const string Attention = "a";
    public const string Due = "d";
    public const string InIpsGroup = "0";
    public const string DischargedGroup = "1";
}
