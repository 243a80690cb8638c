using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>Why a line is on "Vandaag".</summary>
public enum TodayReason
{
    Signal,
    CheckInExpiring,
    CheckInMissed,
    NoContact,
    OnboardingEnds,
}

/// <summary>
/// One thing to do for one candidate: why (a signal, a check-in, a silence), how pressing, by when, since when, and whether
/// it is handled (an acknowledged signal). Exactly one of Signal and CheckIn is set for those reasons.
/// </summary>
internal sealed record TodayItem(
    TodayReason Reason, Candidate Candidate, SignalSeverity Severity, DateOnly? Deadline, DateOnly Since, bool Handled)
{
    public StoredSignal? Signal { get; init; }
    public Invitation? CheckIn { get; init; }

    /// <summary>The job whose onboarding ends, for <see cref="TodayReason.OnboardingEnds"/>.</summary>
    public string? JobId { get; init; }

    /// <summary>Tells lines of the same candidate, reason and dates apart, so the order never depends on the store.</summary>
    public string Key => Signal?.Id ?? CheckIn?.Id ?? JobId ?? "";
}

/// <summary>
/// "Vandaag", as a pure function of what the stores hold: what goes on the list and in which order. No clock, no storage.
/// <para>The order, from the top:</para>
/// <list type="number">
/// <item>Everything not yet handled before everything handled: an acknowledged signal drops to the bottom, still shown.</item>
/// <item>Lines with a deadline within <see cref="HorizonDays"/> days (or past it) before the rest, earliest deadline
/// first: a job that ended ("contact within 3 days"), a review date or trial end passed, a check-in about to expire.
/// What is lost tomorrow comes before what has waited for months.</item>
/// <item>Then by severity (urgent, attention, info), then by deadline, then oldest first.</item>
/// </list>
/// </summary>
internal static class TodayList
{
    /// <summary>Days ahead that make a deadline pressing; also how soon a check-in's expiry puts it on the list.</summary>
    public const int HorizonDays = 3;

    /// <summary>The lines for these candidates, in order.</summary>
    /// <param name="onboardingEnds">Running jobs whose onboarding ends near today, and whether their fit was reviewed.</param>
    /// <param name="lastAnswered">Each candidate's latest answer to a check-in, where it may be older than the check-ins given.</param>
    public static List<TodayItem> Build(IReadOnlyCollection<Candidate> candidates, IEnumerable<StoredSignal> openSignals,
        IEnumerable<Invitation> checkIns, DateTimeOffset now, WorklistOptions options, IEnumerable<OnboardingEndJob>? onboardingEnds = null,
        IReadOnlyDictionary<string, DateTimeOffset?>? lastAnswered = null)
    {
        var today = ProgrammeTime.DateOf(now);
        var byId = candidates.ToDictionary(c => c.Id, StringComparer.Ordinal);
        var items = new List<TodayItem>();
        foreach (var signal in openSignals)
            if (signal.IsOpen && byId.TryGetValue(signal.CandidateId, out var candidate))
                items.Add(new TodayItem(TodayReason.Signal, candidate, signal.Severity, Deadline(signal),
                    ProgrammeTime.DateOf(signal.OpenedAt), signal.AcknowledgedAt is not null) { Signal = signal });

        var byCandidate = checkIns.GroupBy(i => i.CandidateId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList());
        foreach (var candidate in candidates.Where(c => !c.IsDischarged))
        {
            var own = byCandidate.GetValueOrDefault(candidate.Id) ?? [];
            items.AddRange(CheckInItems(candidate, own, now, today, options));
        }
        foreach (var job in onboardingEnds ?? [])
            if (byId.TryGetValue(job.CandidateId, out var candidate) && !candidate.IsDischarged)
                items.Add(new TodayItem(TodayReason.OnboardingEnds, candidate, SignalSeverity.Attention, job.End, job.End, job.Reviewed)
                {
                    JobId = job.JobId,
                });
        var busy = items.Where(i => !i.Handled).Select(i => i.Candidate.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var candidate in candidates.Where(c => !c.IsDischarged && !busy.Contains(c.Id)))
            if (NoContact(candidate, byCandidate.GetValueOrDefault(candidate.Id) ?? [], lastAnswered?.GetValueOrDefault(candidate.Id),
                today, options) is { } silence)
                items.Add(silence);
        return Order(items, today);
    }

    /// <summary>
    /// How far back the check-ins must be read for <see cref="Build"/>: an answer in the no-contact window or a miss in
    /// the missed window closed before its link expired, so every such check-in expires after this moment.
    /// </summary>
    public static DateTimeOffset ReadFrom(DateTimeOffset now, WorklistOptions options) =>
        now.AddDays(-Math.Max(7 * options.NoContactWeeks, options.MissedDays + 1) - 1);

    /// <summary>The order described on the class.</summary>
    public static List<TodayItem> Order(IEnumerable<TodayItem> items, DateOnly today)
    {
        var horizon = today.AddDays(HorizonDays);
        bool Pressing(TodayItem i) => i.Deadline is { } d && d <= horizon;
        return items
            .OrderBy(i => i.Handled)
            .ThenBy(i => Pressing(i) ? 0 : 1)
            .ThenBy(i => Pressing(i) ? i.Deadline : null)
            .ThenByDescending(i => i.Severity)
            .ThenBy(i => i.Deadline ?? DateOnly.MaxValue)
            .ThenBy(i => i.Since)
            .ThenBy(i => i.Candidate.Id, StringComparer.Ordinal)
            .ThenBy(i => i.Reason)
            .ThenBy(i => i.Key, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The date a signal's facts set for the coach: contact after a job ended, the review date of the adjustments, the
    /// trial's end. Other signals describe a state, not an appointment, and have none.
    /// </summary>
    public static DateOnly? Deadline(StoredSignal signal) => signal.Facts switch
    {
        JobEndedFacts f => f.ContactBy,
        AdjustmentReviewFacts f => f.Since,
        TrialPastEndFacts f => f.TrialEnd,
        _ => null,
    };

    /// <summary>
    /// Open check-ins whose link works for at most <see cref="HorizonDays"/> more days, and check-ins missed in the last
    /// MissedDays that the same respondent has not made up for with a later answer. Missed is what the product records
    /// (a link that expired unanswered); an open link past its expiry is missed too, before the daily run records it.
    /// </summary>
    private static IEnumerable<TodayItem> CheckInItems(
        Candidate candidate, List<Invitation> own, DateTimeOffset now, DateOnly today, WorklistOptions options)
    {
        foreach (var i in own)
        {
            var missed = i.State == InvitationState.Missed || (i.State == InvitationState.Open && i.ExpiresAt <= now);
            if (!missed && i.State == InvitationState.Open && i.ValidThrough <= today.AddDays(HorizonDays))
                yield return new TodayItem(TodayReason.CheckInExpiring, candidate, SignalSeverity.Attention, i.ValidThrough,
                    i.DueDate, false) { CheckIn = i };
            else if (missed && i.ValidThrough >= today.AddDays(-options.MissedDays)
                && !own.Any(a => a.Respondent == i.Respondent && a.State == InvitationState.Answered && a.DueDate > i.DueDate))
                yield return new TodayItem(TodayReason.CheckInMissed, candidate, SignalSeverity.Attention, null,
                    i.ValidThrough, false) { CheckIn = i };
        }
    }

    /// <summary>
    /// No answered candidate check-in and no referral in the last NoContactWeeks. Only for a candidate with nothing else
    /// open on the list: any other line already asks the coach to be in touch.
    /// </summary>
    private static TodayItem? NoContact(Candidate candidate, List<Invitation> own, DateTimeOffset? lastAnswered, DateOnly today,
        WorklistOptions options)
    {
        var from = today.AddDays(-7 * options.NoContactWeeks);
        if (candidate.CurrentReferral.ReferralDate > from || (lastAnswered is { } last && ProgrammeTime.DateOf(last) > from))
            return null;
        if (own.Any(i => i is { Respondent: Respondent.Candidate, State: InvitationState.Answered, AnsweredAt: { } at }
                && ProgrammeTime.DateOf(at) > from))
            return null;
        return new TodayItem(TodayReason.NoContact, candidate, SignalSeverity.Info, null, from, false);
    }
}

/// <summary>A running job whose onboarding ends on <paramref name="End"/>, and whether the coach reviewed its fit.</summary>
internal sealed record OnboardingEndJob(string CandidateId, string JobId, DateOnly End, bool Reviewed);
