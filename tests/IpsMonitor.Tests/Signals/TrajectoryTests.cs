using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>
/// Eighteen months of one candidate, replayed month by month through the evaluator and the lifecycle, as the queue
/// function would see it if it ran at each month's end.
/// </summary>
public sealed class TrajectoryTests
{
    private const string Job = "job-1";
    private const string Stagnation = "development_stagnation:job-1";
    private const string ReviewDue = "timeline_adjustment_review_due:job-1";
    private const string NoResponse = "no_response:candidate";
    private const string JobEnded = "timeline_job_ended_contact:job-1";

    /// <summary>
    /// - 6 Jan 2025: referred, out of work; two check-ins while looking.
    /// - 1 Apr 2025: starts a regular job, 20 hours, with extra breaks to review on 1 Oct 2025 (never reviewed).
    /// - Onboarding to 1 Jul 2025, 4-weekly check-ins: work ability 5 → 6 → 7 from both sides, new tasks in May.
    /// - Aug 2025: still growing (new tasks, learned something new, task package grown).
    /// - Oct 2025 – Feb 2026: flat at 7, nothing new, and from October the candidate wants more challenge.
    /// - 24 Mar and 19 May 2026: two candidate check-ins missed (each known a week later); the supervisor keeps answering.
    /// - 27 May 2026: the job ends. 10 Jun 2026: the candidate answers a check-in while looking again.
    /// - The coach logs a contact with the candidate every 4 weeks in the job's first year, as IPS fidelity asks.
    /// </summary>
    private static CandidateHistory Trajectory()
    {
        var b = new HistoryBuilder(D("2025-01-06"), "k-traj")
            .Job(Job, D("2025-04-01"), end: D("2026-05-27"), contractHours: 20, adjustments:
                [new Adjustment(AdjustmentKind.ExtraBreaks, null, D("2025-04-01"), D("2025-10-01"), AdjustmentStatus.Active)])
            .Candidate(D("2025-01-20"), null, (WantsChallenge, 0), (HasGoals, 1))
            .Candidate(D("2025-03-17"), null, (WantsChallenge, 0), (HasGoals, 1));

        BothSides(b, "2025-04-29", ability: 5, newTasks: 0, wantsChallenge: 0);
        BothSides(b, "2025-05-27", ability: 6, newTasks: 1, wantsChallenge: 0);
        BothSides(b, "2025-06-24", ability: 7, newTasks: 0, wantsChallenge: 0);

        BothSides(b, "2025-08-19", ability: 7, newTasks: 1, wantsChallenge: 0, learned: 1);
        BothSides(b, "2025-10-14", ability: 7, newTasks: 0, wantsChallenge: 1);
        BothSides(b, "2025-12-09", ability: 7, newTasks: 0, wantsChallenge: 1);
        BothSides(b, "2026-02-03", ability: 7, newTasks: 0, wantsChallenge: 1);

        b.Missed(Respondent.Candidate, D("2026-03-24"), Job);
        Supervisor(b, D("2026-04-01"), ability: 7, growth: 0);
        b.Missed(Respondent.Candidate, D("2026-05-19"), Job);
        Supervisor(b, D("2026-05-20"), ability: 7, growth: 0);

        b.Candidate(D("2026-06-10"), null, (WantsChallenge, 1), (HasGoals, 1));
        for (var day = D("2025-04-01"); day < D("2026-04-01"); day = day.AddDays(28))
            b.Contact(day);
        return b.Build();
    }

    /// <summary>
    /// A candidate check-in and the supervisor's the next day: until the missed check-ins, both see the same work ability,
    /// and the supervisor counts new tasks as a grown task package.
    /// </summary>
    private static void BothSides(HistoryBuilder b, string day, decimal ability, decimal newTasks, decimal wantsChallenge, decimal learned = 0)
    {
        Candidate(b, day, ability, newTasks, wantsChallenge, learned);
        Supervisor(b, D(day).AddDays(1), ability, growth: newTasks);
    }

    private static void Candidate(HistoryBuilder b, string day, decimal ability, decimal newTasks, decimal wantsChallenge, decimal learned = 0) =>
        b.Candidate(D(day), Job, (HoursWorked, 20), (ContractHours, 20), (DesiredHours, 20), (WorkAbility, ability), (Energy, 4),
            (Workload, 3), (Satisfaction, 4), (Fit, 4), (LearnedNew, learned), (NewTasks, newTasks), (WantsChallenge, wantsChallenge), (HasGoals, 1));

    private static void Supervisor(HistoryBuilder b, DateOnly day, decimal ability, decimal growth) =>
        b.Supervisor(day, Job, (SupervisorWorkAbility, ability), (SupervisorFit, 4), (SupervisorTaskGrowth, growth), (SupervisorProgress, 4));

    /// <summary>The open signals at the end of each month, and why.</summary>
    public static TheoryData<string, string[]> Months => new()
    {
        { "2025-01-31", [] },             // referred; looking for work
        { "2025-02-28", [] },
        { "2025-03-31", [] },
        { "2025-04-30", [] },             // job started 1 April; first check-ins in its 5th week
        { "2025-05-31", [] },             // onboarding
        { "2025-06-30", [] },             // onboarding; work ability 5 → 7
        { "2025-07-31", [] },             // onboarding over, but no check-in since
        { "2025-08-31", [] },             // 2 post-onboarding check-ins: too little data (and they report growth)
        { "2025-09-30", [] },
        { "2025-10-31", [ReviewDue] },    // extra breaks were due for review on 1 October; growth of August still in the window
        { "2025-11-30", [ReviewDue] },
        { "2025-12-31", [ReviewDue] },
        { "2026-01-31", [ReviewDue] },    // window from 31 July still holds the August growth
        { "2026-02-28", [Stagnation, ReviewDue] }, // window from 28 August: flat at 7 from both sides, wants more challenge
        { "2026-03-31", [Stagnation, ReviewDue] }, // the 24 March miss becomes known today; one miss is no pattern
        { "2026-04-30", [Stagnation, ReviewDue] }, // one miss; the supervisor answered on 1 April (no growth)
        { "2026-05-31", [JobEnded, NoResponse] },  // job ended 27 May, no contact yet; second miss known 26 May
        { "2026-06-30", [] },             // the 10 June check-in ends the missed run and shows contact after the job
    };

    [Theory]
    [MemberData(nameof(Months))]
    public void EachMonthEndShowsTheExpectedFindings(string monthEnd, string[] expected)
    {
        var findings = TestScales.Evaluate(Trajectory(), D(monthEnd));
        Assert.Equal(expected.Order(StringComparer.Ordinal), findings.Select(f => f.Key));
    }

    [Fact]
    public void StagnationFirstOpensSixMonthsAfterTheLastReportedGrowth()
    {
        var finding = TestScales.Evaluate(Trajectory(), D("2026-02-28")).Find(Stagnation);
        Assert.Equal("Sinds 6 maanden geen groei in taken of werkvermogen, terwijl de kandidaat meer uitdaging wil; bespreek samen een volgende stap.", finding?.Explanation("nl"));
    }

    [Fact]
    public void ReplayedThroughTheLifecycleSignalsOpenStayOpenAndResolveAsHistory()
    {
        var history = Trajectory();
        var stored = new Dictionary<string, StoredSignal>();
        var next = 0;
        foreach (var (monthEnd, expected) in Months.Select(row => ((string)row[0], (string[])row[1])))
        {
            var now = new DateTimeOffset(D(monthEnd).ToDateTime(new TimeOnly(23, 0)), TimeSpan.FromHours(1));
            var findings = TestScales.Evaluate(history, D(monthEnd));
            var plan = SignalLifecycle.Reconcile([.. stored.Values], findings, "k-traj", now, () => $"sig-{++next}");
            foreach (var signal in plan.ToOpen.Concat(plan.ToUpdate).Concat(plan.ToResolve))
                stored[signal.Id] = signal;

            var open = stored.Values.Where(s => s.IsOpen).Select(s => s.Key).Order(StringComparer.Ordinal);
            Assert.Equal(expected.Order(StringComparer.Ordinal), open);
        }

        // Review due opened first (October), stagnation in February, then the two of May: four signals, ids in that order.
        Assert.Equal(["sig-1", "sig-2", "sig-3", "sig-4"], stored.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ReviewDue, stored["sig-1"].Key);
        Assert.Equal(Stagnation, stored["sig-2"].Key);
        Assert.Equal(new DateOnly(2026, 2, 28), DateOnly.FromDateTime(stored["sig-2"].OpenedAt.DateTime));
        Assert.Equal(new DateOnly(2026, 5, 31), DateOnly.FromDateTime(stored["sig-2"].ResolvedAt!.Value.DateTime));
        Assert.All(stored.Values, s => Assert.NotNull(s.ResolvedAt));
        // The last refresh (30 April) counts 8 months from the last reported growth, the supervisor's on 20 August 2025.
        Assert.StartsWith("Sinds 8 maanden geen groei in taken of werkvermogen, terwijl de kandidaat meer uitdaging wil", stored["sig-2"].Explanation("nl"), StringComparison.Ordinal);
    }
}
