using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>One answer on a chart: its date, its value, and whether it is a reliable change from the previous one.</summary>
internal sealed record ChartPoint(DateOnly Date, double Value, bool ReliableChange);

/// <summary>One dimension both questionnaires look at, from the candidate's side and the supervisor's, over time.</summary>
internal sealed record Dimension(string Key, double Min, double Max, IReadOnlyList<ChartPoint> Candidate, IReadOnlyList<ChartPoint> Supervisor)
{
    /// <summary>The coach's own observations on the same scale: the third perspective.</summary>
    public IReadOnlyList<ChartPoint> Coach { get; init; } = [];
}

/// <summary>Candidate and supervisor far apart on a dimension in their latest answers close in time.</summary>
internal sealed record Divergence(string DimensionKey, double Candidate, double Supervisor, DateOnly CandidateDate, DateOnly SupervisorDate);

/// <summary>
/// What a coach brings to a driegesprek (candidate, coach and supervisor): both perspectives on the shared dimensions
/// over time, where they diverge, the supervisor's latest check-in, adjustments due for review, a trial placement
/// ending without a decision, the open signals and the candidate's own "what would help you now?" answers of the
/// period. For the coach only: never shown to the candidate or the supervisor. Pure: the same records and day give the
/// same agenda.
/// </summary>
internal sealed record DriegesprekPreparation(
    IReadOnlyList<Dimension> Dimensions,
    IReadOnlyList<Divergence> Divergences,
    IReadOnlyList<(Job Job, Adjustment Adjustment)> AdjustmentsDue,
    IReadOnlyList<Job> TrialsEnding,
    IReadOnlyList<StoredSignal> OpenSignals,
    IReadOnlyList<(DateOnly Date, string Text)> HelpNow)
{
    /// <summary>The supervisor's latest check-in about the job the talk is about, or null when there is none.</summary>
    public SupervisorVoice? Supervisor { get; init; }

    /// <summary>The candidate's own goals and points for the talk, as written in "Mijn ontwikkeling".</summary>
    public Development.CandidateVoice Voice { get; init; } = Development.CandidateVoice.None;

    /// <summary>How far ahead a review date or a trial end counts as near: 14 days, about two working weeks to plan the talk.</summary>
    public const int NearDays = 14;

    /// <summary>The period whose "what would help you now?" answers are listed: the last 91 days (a quarter).</summary>
    public const int HelpNowDays = 91;

    /// <summary>
    /// The shared dimensions with the candidate's item, the supervisor's item and the scale. Yes/no items count as 0 and 1.
    /// Independence is asked of the supervisor only; hours are the candidate's own (worked last week against desired).
    /// </summary>
    public static readonly IReadOnlyList<(string Key, string? CandidateItem, string? SupervisorItem, double Min, double Max)> Shared =
    [
        ("work_ability", ItemIds.WorkAbility, ItemIds.SupervisorWorkAbility, 0, 10),
        ("fit", ItemIds.Fit, ItemIds.SupervisorFit, 1, 5),
        ("task_growth", ItemIds.NewTasks, ItemIds.SupervisorTaskGrowth, 0, 1),
        ("independence", null, ItemIds.SupervisorIndependent, 1, 5),
        ("hours", ItemIds.HoursWorked, null, 0, 60),
    ];

    public static DriegesprekPreparation For(
        IReadOnlyList<Invitation> invitations, IReadOnlyList<Job> jobs, IReadOnlyList<StoredSignal> signals, DateOnly today,
        IReadOnlyDictionary<string, ScaleStatistics> scales, SignalRules rules, IReadOnlyList<CoachObservation>? observations = null)
    {
        var answered = invitations.Where(i => i.State == InvitationState.Answered && i.AnsweredAt is not null)
            .OrderBy(i => i.AnsweredAt).ToList();
        var mine = answered.Where(i => i.Respondent == Respondent.Candidate).ToList();
        var theirs = answered.Where(i => i.Respondent == Respondent.Supervisor).ToList();

        var observed = (observations ?? []).OrderBy(o => o.ObservedOn).ThenBy(o => o.RecordedAt).ToList();
        var dimensions = Shared.Select(d => new Dimension(d.Key, d.Min, d.Max, Series(mine, d.CandidateItem, scales),
            Series(theirs, d.SupervisorItem, scales)) { Coach = CoachSeries(observed, d.Key) }).ToList();
        var divergences = new List<Divergence>();
        AddDivergence(divergences, dimensions[0], rules.DivergenceWorkAbilityPoints, rules.DivergenceMaxDaysApart);
        AddDivergence(divergences, dimensions[1], rules.DivergenceFitPoints, rules.DivergenceMaxDaysApart);

        var open = jobs.Where(j => j.IsOpenOn(today)).ToList();
        var adjustmentsDue = open.SelectMany(j => j.Adjustments.Where(a => a.UnderReview
            && a.ReviewDate <= today.AddDays(NearDays)).Select(a => (j, a)))
            .OrderBy(x => x.a.ReviewDate).ToList();
        var trials = open.Where(j => j.Kind == PlacementKind.Proefplaatsing && j.TrialEndDate is { } end
            && end <= today.AddDays(NearDays) && string.IsNullOrWhiteSpace(j.TrialDecision)).ToList();
        var helpNow = mine.Where(i => Platform.ProgrammeTime.DateOf(i.AnsweredAt!.Value) >= today.AddDays(-HelpNowDays))
            .Select(i => (Date: Platform.ProgrammeTime.DateOf(i.AnsweredAt!.Value), Text: i.Answers.GetValueOrDefault(ItemIds.HelpNow)?.Text))
            .Where(x => !string.IsNullOrWhiteSpace(x.Text)).Select(x => (x.Date, x.Text!)).Reverse().ToList();
        var openSignals = signals.Where(s => s.ResolvedAt is null).OrderByDescending(s => s.Severity).ThenBy(s => s.OpenedAt).ToList();
        var current = open.OrderBy(j => j.StartDate).LastOrDefault();
        return new DriegesprekPreparation(dimensions, divergences, adjustmentsDue, trials, openSignals, helpNow)
        {
            Supervisor = SupervisorVoice.Latest(invitations, jobs, current),
        };
    }

    private static List<ChartPoint> Series(List<Invitation> answered, string? item, IReadOnlyDictionary<string, ScaleStatistics> scales)
    {
        var points = new List<ChartPoint>();
        if (item is null)
            return points;
        var scale = scales.GetValueOrDefault(item);
        foreach (var invitation in answered)
        {
            if (invitation.Answers.GetValueOrDefault(item)?.Number is not { } number)
                continue;
            var value = (double)number;
            var reliable = scale is not null && points.Count > 0 && Math.Abs(ReliableChange.Index(points[^1].Value, value, scale)) >= 1.96;
            points.Add(new ChartPoint(Platform.ProgrammeTime.DateOf(invitation.AnsweredAt!.Value), value, reliable));
        }
        return points;
    }

    /// <summary>
    /// The coach's ratings of one dimension, oldest first; hours are the candidate's own, so the coach has none. No reliable
    /// change is marked: the index is defined for the questionnaires' items, not for the coach's ratings.
    /// </summary>
    private static List<ChartPoint> CoachSeries(List<CoachObservation> observed, string key)
    {
        var points = new List<ChartPoint>();
        foreach (var o in observed)
        {
            double? value = key switch
            {
                "work_ability" => o.WorkAbility,
                "fit" => o.Fit,
                "task_growth" => o.TaskGrowth is { } grown ? (grown ? 1 : 0) : null,
                "independence" => o.Independence,
                _ => null,
            };
            if (value is { } v)
                points.Add(new ChartPoint(o.ObservedOn, v, false));
        }
        return points;
    }

    /// <summary>The latest candidate answer with a supervisor answer within the allowed days, as the divergence signal pairs them.</summary>
    private static void AddDivergence(List<Divergence> found, Dimension d, double threshold, int maxDaysApart)
    {
        foreach (var c in d.Candidate.AsEnumerable().Reverse())
        {
            var s = d.Supervisor.Where(x => Math.Abs(x.Date.DayNumber - c.Date.DayNumber) <= maxDaysApart)
                .OrderBy(x => Math.Abs(x.Date.DayNumber - c.Date.DayNumber)).ThenByDescending(x => x.Date).FirstOrDefault();
            if (s is null)
                continue;
            if (Math.Abs(c.Value - s.Value) >= threshold)
                found.Add(new Divergence(d.Key, c.Value, s.Value, c.Date, s.Date));
            return;
        }
    }
}
