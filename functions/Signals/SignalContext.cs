using IpsMonitor.Questionnaires;

namespace IpsMonitor.Signals;

/// <summary>
/// One candidate's history as it stood on the evaluation date, sorted once so every rule reads plain lists: only the
/// current referral, only what was known by that day. Trend rules read the primary job (the open job that started last),
/// because onboarding, hours and the supervisor all belong to one job; a new job starts a new story.
/// </summary>
internal sealed class SignalContext
{
    public required Candidate Candidate { get; init; }
    public required SignalRules Rules { get; init; }
    public required IReadOnlyDictionary<string, ScaleStatistics> Scales { get; init; }
    public required DateOnly Date { get; init; }
    public required Referral Referral { get; init; }

    /// <summary>The first day of the recent window that trend rules look at.</summary>
    public required DateOnly WindowStart { get; init; }

    /// <summary>Jobs started by the evaluation date that had not ended before the referral, by start date.</summary>
    public required List<Job> Jobs { get; init; }

    /// <summary>Answered check-ins since the referral, by date.</summary>
    public required List<CheckIn> CheckIns { get; init; }

    /// <summary>Answered or missed invitations whose outcome was known by the evaluation date, in schedule order.</summary>
    public required List<Invitation> Closed { get; init; }

    public Job? PrimaryJob { get; private init; }

    /// <summary>The day of the latest logged contact with the candidate in this referral, on or before the evaluation date.</summary>
    public DateOnly? LastCandidateContact { get; private init; }

    /// <summary>The primary job's candidate check-ins in the recent window, by date.</summary>
    public List<CheckIn> CandidateWindow { get; } = [];

    /// <summary>The primary job's supervisor check-ins in the recent window, by date.</summary>
    public List<CheckIn> SupervisorWindow { get; } = [];

    /// <summary>The active referral's view of the history, or null when there is none or the candidate was discharged.</summary>
    public static SignalContext? Create(CandidateHistory history, IReadOnlyDictionary<string, ScaleStatistics> scales, SignalRules rules, DateOnly date)
    {
        Referral? referral = null;
        DateOnly? closedThrough = null;
        foreach (var r in history.Candidate.Referrals)
            if (r.ReferralDate <= date)
            {
                closedThrough = referral?.DischargeDate ?? closedThrough;
                referral = r;
            }
        if (referral is null || referral.DischargeDate <= date)
            return null;

        var jobs = new List<Job>(history.Jobs.Count);
        foreach (var job in history.Jobs)
            // A job that ended by the discharge of an earlier referral is that referral's: its end was dealt with then,
            // also when the new referral starts on the day of that discharge.
            if (job.StartDate <= date && (job.EndDate is null || (job.EndDate >= referral.ReferralDate && !(job.EndDate <= closedThrough))))
                jobs.Add(job);
        jobs.Sort(static (a, b) => a.StartDate != b.StartDate ? a.StartDate.CompareTo(b.StartDate) : string.CompareOrdinal(a.Id, b.Id));

        var checkIns = new List<CheckIn>(history.Invitations.Count);
        var closed = new List<Invitation>(history.Invitations.Count);
        foreach (var invitation in history.Invitations)
        {
            // Of this referral only: an answer given before it (the check-in of a closed referral) is no reason to act now.
            if (invitation.ClosedAt is not { } closedAt || CheckIn.DateOf(closedAt) > date || invitation.DueDate < referral.ReferralDate
                || CheckIn.DateOf(closedAt) < referral.ReferralDate)
                continue;
            closed.Add(invitation);
            if (invitation.State == InvitationState.Answered)
                checkIns.Add(new CheckIn(invitation, CheckIn.DateOf(closedAt)));
        }
        checkIns.Sort(static (a, b) => a.Date != b.Date ? a.Date.CompareTo(b.Date) : string.CompareOrdinal(a.Id, b.Id));
        closed.Sort(static (a, b) => a.DueDate != b.DueDate ? a.DueDate.CompareTo(b.DueDate) : string.CompareOrdinal(a.Id, b.Id));

        Job? primary = null;
        foreach (var job in jobs)
            if (IsRunning(job, date))
                primary = job;

        DateOnly? contacted = null;
        foreach (var contact in history.Contacts)
            if (contact.WithCandidate && contact.ContactedOn <= date && contact.ContactedOn >= referral.ReferralDate
                && !(contact.ContactedOn <= contacted))
                contacted = contact.ContactedOn;

        var context = new SignalContext
        {
            Candidate = history.Candidate,
            Rules = rules,
            Scales = scales,
            Date = date,
            Referral = referral,
            WindowStart = date.AddMonths(-rules.RecentWindowMonths),
            Jobs = jobs,
            CheckIns = checkIns,
            Closed = closed,
            PrimaryJob = primary,
            LastCandidateContact = contacted,
        };
        if (primary is not null)
            foreach (var checkIn in checkIns)
                if (checkIn.Date >= context.WindowStart && BelongsTo(checkIn, primary))
                    (checkIn.Invitation.Respondent == Respondent.Candidate ? context.CandidateWindow : context.SupervisorWindow).Add(checkIn);
        return context;
    }

    /// <summary>
    /// Whether a job still runs on the evaluated day: started, and not ended on or before it. A job ended today has ended,
    /// so every signal about it (its supervisor, its check-ins, its adjustments, its trend) resolves with the end, as its
    /// supervisor's check-ins stop then (<see cref="Job.RunsForSupervisorOn"/>).
    /// </summary>
    public bool IsRunning(Job job) => IsRunning(job, Date);

    private static bool IsRunning(Job job, DateOnly date) => job.StartDate <= date && (job.EndDate is null || job.EndDate > date);

    /// <summary>A check-in is about a job when it names the job, or names none and was answered while the job was open.</summary>
    public static bool BelongsTo(CheckIn checkIn, Job job) =>
        checkIn.Invitation.JobId is { } jobId ? jobId == job.Id : checkIn.Date >= job.StartDate && job.IsOpenOn(checkIn.Date);

    /// <summary>
    /// Whole months from one day to a later one, the way AddMonths counts them (3 March to 2 May is 1; 31 August to
    /// 28 February is 6), so a count agrees with the windows the rules compute.
    /// </summary>
    public static int WholeMonths(DateOnly from, DateOnly to)
    {
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        return from.AddMonths(months) > to ? months - 1 : months;
    }

    public DateOnly OnboardingEnd(Job job) => job.StartDate.AddMonths(Rules.OnboardingMonths);

    /// <summary>The minimum data for a trend: enough check-ins, spread over enough weeks that one bad week is not a trend.</summary>
    public bool IsEnoughForTrend(int count, DateOnly first, DateOnly last) =>
        count >= Rules.MinimumCheckIns && last.DayNumber - first.DayNumber >= Rules.MinimumSpanWeeks * 7;
}
