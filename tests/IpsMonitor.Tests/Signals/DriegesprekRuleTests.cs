using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>
/// The follow-up of a recorded driegesprek: an agreement past its due date and a passed next talk open signals that
/// resolve when the condition clears; an hours plan holds the hours gap back until its date; new tasks recorded at a talk
/// are growth for the stagnation rule. The job starts 3 February 2025.
/// </summary>
public sealed class DriegesprekRuleTests
{
    private static Driegesprek Talk(DateOnly date, DateOnly next, string id = "t1", IReadOnlyList<Agreement>? agreements = null,
        HoursPlan? hours = null, string? newTasks = null, string? tasksTakenAway = null) =>
        new(id, date, [TalkParticipant.Candidate, TalkParticipant.Supervisor, TalkParticipant.Coach], agreements ?? [], [], newTasks,
            tasksTakenAway, hours, null, next, "coach-1");

    private static HistoryBuilder Job(DateOnly? end = null) => new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), end);

    [Fact]
    public void AnAgreementPastItsDueDateOpensASignalUntilItIsMarkedDone()
    {
        var agreement = new Agreement("g1", "Rooster maken", AgreementOwner.Supervisor, D("2025-06-16"));
        var open = Job().Talk("job-1", Talk(D("2025-06-02"), D("2025-09-01"), agreements: [agreement])).Build();
        var done = Job().Talk("job-1", Talk(D("2025-06-02"), D("2025-09-01"), agreements: [agreement with { DoneOn = D("2025-06-20") }])).Build();

        Assert.Null(TestScales.Evaluate(open, D("2025-06-16")).Find("agreement_overdue:job-1"));
        var finding = TestScales.Evaluate(open, D("2025-06-17")).Find("agreement_overdue:job-1");
        Assert.NotNull(finding);
        Assert.Equal(SignalSeverity.Attention, finding.Severity);
        Assert.Equal(new Evidence(null, D("2025-06-16"), EvidenceItems.Agreement, "job-1/g1"), Assert.Single(finding.Evidence));
        Assert.Contains("16 juni 2025", finding.Explanation("nl"), StringComparison.Ordinal);
        Assert.Contains("16 June 2025", finding.Explanation("en"), StringComparison.Ordinal);
        // Done on the 20th: overdue up to the day before, cleared from that day on.
        Assert.NotNull(TestScales.Evaluate(done, D("2025-06-19")).Find("agreement_overdue:job-1"));
        Assert.Null(TestScales.Evaluate(done, D("2025-06-20")).Find("agreement_overdue:job-1"));
        // A talk recorded after the evaluated day is not known on it.
        Assert.Null(TestScales.Evaluate(open, D("2025-06-01")).Find("agreement_overdue:job-1"));
    }

    [Fact]
    public void APassedNextTalkOpensASignalThatANewerTalkOrTheJobsEndResolves()
    {
        var first = Talk(D("2025-06-02"), D("2025-09-01"));
        var history = Job().Talk("job-1", first).Talk("job-1", Talk(D("2025-09-05"), D("2025-12-01"), id: "t2")).Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-09-01")).Find("driegesprek_overdue:job-1"));
        var finding = TestScales.Evaluate(history, D("2025-09-02")).Find("driegesprek_overdue:job-1");
        Assert.NotNull(finding);
        Assert.Equal(new DriegesprekOverdueFacts(D("2025-09-01"), D("2025-06-02")), finding.Facts);
        Assert.Null(TestScales.Evaluate(history, D("2025-09-05")).Find("driegesprek_overdue:job-1"));
        var ended = Job(end: D("2025-09-03")).Talk("job-1", first).Build();
        Assert.NotNull(TestScales.Evaluate(ended, D("2025-09-02")).Find("driegesprek_overdue:job-1"));
        Assert.Null(TestScales.Evaluate(ended, D("2025-09-03")).Find("driegesprek_overdue:job-1"));
    }

    private static HistoryBuilder WantsMoreHours() => Job()
        .Candidate(D("2025-05-12"), "job-1", (DesiredHours, 32), (HoursWorked, 24))
        .Candidate(D("2025-07-07"), "job-1", (DesiredHours, 32), (HoursWorked, 24))
        .Candidate(D("2025-09-01"), "job-1", (DesiredHours, 32), (HoursWorked, 24));

    [Fact]
    public void AnHoursPlanHoldsTheHoursGapBackUpToItsDate()
    {
        Assert.NotNull(TestScales.Evaluate(WantsMoreHours().Build(), D("2025-09-30")).Find("hours_gap:job-1"));
        var planned = WantsMoreHours().Talk("job-1", Talk(D("2025-09-10"), D("2025-12-01"), hours: new HoursPlan(24, 32, D("2025-10-15")))).Build();

        Assert.NotNull(TestScales.Evaluate(planned, D("2025-09-09")).Find("hours_gap:job-1"));
        Assert.Null(TestScales.Evaluate(planned, D("2025-09-10")).Find("hours_gap:job-1"));
        Assert.Null(TestScales.Evaluate(planned, D("2025-10-15")).Find("hours_gap:job-1"));
        Assert.NotNull(TestScales.Evaluate(planned, D("2025-10-16")).Find("hours_gap:job-1"));
    }

    private static (string, decimal)[] Flat =>
        [(WorkAbility, 6), (NewTasks, 0), (LearnedNew, 0), (WantsChallenge, 1), (DesiredHours, 24), (HoursWorked, 24), (Fit, 4), (HasGoals, 1)];

    private static HistoryBuilder Stagnating() => Job()
        .Candidate(D("2025-05-12"), "job-1", Flat).Candidate(D("2025-07-07"), "job-1", Flat).Candidate(D("2025-09-01"), "job-1", Flat);

    [Fact]
    public void NewTasksRecordedAtATalkAreGrowthForStagnationAndTasksTakenAwayAreNot()
    {
        Assert.NotNull(TestScales.Evaluate(Stagnating().Build(), D("2025-09-30")).Find("development_stagnation:job-1"));
        var grown = Stagnating().Talk("job-1", Talk(D("2025-08-04"), D("2025-11-03"), newTasks: "Kassa")).Build();
        var shrunk = Stagnating().Talk("job-1", Talk(D("2025-08-04"), D("2025-11-03"), tasksTakenAway: "Magazijn")).Build();

        Assert.Null(TestScales.Evaluate(grown, D("2025-09-30")).Find("development_stagnation:job-1"));
        Assert.NotNull(TestScales.Evaluate(shrunk, D("2025-09-30")).Find("development_stagnation:job-1"));
    }
}
