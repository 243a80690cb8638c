using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

public sealed class DivergenceAndNoResponseTests
{
    private static HistoryBuilder Job() => new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"));

    private static CandidateHistory Pair(decimal mine, decimal theirs, int daysApart, string candidateItem = WorkAbility, string supervisorItem = SupervisorWorkAbility) =>
        Job().Candidate(D("2025-06-02"), "job-1", (candidateItem, mine))
            .Supervisor(D("2025-06-02").AddDays(daysApart), "job-1", (supervisorItem, theirs)).Build();

    [Fact]
    public void PerspectivesDivergeWhenWorkAbilityIsThreePointsApartAndAdvisesAThreeWayMeeting()
    {
        var finding = TestScales.Evaluate(Pair(8, 5, 14), D("2025-06-30")).Find("perspectives_diverge:job-1:work_ability");

        Assert.NotNull(finding);
        Assert.Equal("De kandidaat en de leidinggevende zien het werkvermogen verschillend: 8 en 5 van 10 (2 juni 2025 en 16 juni 2025); een driegesprek helpt om de beelden naast elkaar te leggen.", finding.Explanation("nl"));
        Assert.Equal([WorkAbility, SupervisorWorkAbility], finding.Evidence.Select(e => e.ItemId));
    }

    [Fact]
    public void PerspectivesDoNotDivergeBelowTheThresholdOrTooFarApartInTime()
    {
        Assert.Null(TestScales.Evaluate(Pair(8, 5.5m, 14), D("2025-06-30")).Find("perspectives_diverge:job-1:work_ability"));
        Assert.NotNull(TestScales.Evaluate(Pair(8, 5, 21), D("2025-06-30")).Find("perspectives_diverge:job-1:work_ability"));
        Assert.Null(TestScales.Evaluate(Pair(8, 5, 22), D("2025-06-30")).Find("perspectives_diverge:job-1:work_ability"));
        Assert.Null(TestScales.Evaluate(Pair(8, 5, -22), D("2025-06-30")).Find("perspectives_diverge:job-1:work_ability"));
    }

    [Fact]
    public void FitDivergesAtTwoPointsOnTheFivePointScale()
    {
        Assert.NotNull(TestScales.Evaluate(Pair(4, 2, 1, Fit, SupervisorFit), D("2025-06-30")).Find("perspectives_diverge:job-1:fit"));
        Assert.Null(TestScales.Evaluate(Pair(4, 3, 1, Fit, SupervisorFit), D("2025-06-30")).Find("perspectives_diverge:job-1:fit"));
    }

    [Fact]
    public void DivergenceResolvesWhenANewerPairAgrees()
    {
        var history = Job().Candidate(D("2025-06-02"), "job-1", (WorkAbility, 8)).Supervisor(D("2025-06-03"), "job-1", (SupervisorWorkAbility, 4))
            .Candidate(D("2025-07-28"), "job-1", (WorkAbility, 7)).Supervisor(D("2025-07-29"), "job-1", (SupervisorWorkAbility, 6)).Build();

        Assert.NotNull(TestScales.Evaluate(history, D("2025-07-28")).Find("perspectives_diverge:job-1:work_ability"));
        Assert.Null(TestScales.Evaluate(history, D("2025-07-29")).Find("perspectives_diverge:job-1:work_ability"));
    }

    [Fact]
    public void NoResponseFiresAtTwoMissedCheckInsAndTurnsUrgentAtThree()
    {
        // Each miss becomes known when its link expires, a week after the due date.
        var history = Job().Candidate(D("2025-03-03"), "job-1", (WorkAbility, 6))
            .Missed(Respondent.Candidate, D("2025-03-31"), "job-1").Missed(Respondent.Candidate, D("2025-04-28"), "job-1")
            .Missed(Respondent.Candidate, D("2025-05-26"), "job-1").Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-05-04")).Find("no_response:candidate"));
        var two = TestScales.Evaluate(history, D("2025-05-05")).Find("no_response:candidate");
        Assert.Equal(SignalSeverity.Attention, two?.Severity);
        Assert.Equal("De kandidaat heeft de laatste 2 check-ins niet ingevuld (sinds 31 maart 2025); neem contact op om te horen hoe het gaat.", two?.Explanation("nl"));
        var three = TestScales.Evaluate(history, D("2025-06-02")).Find("no_response:candidate");
        Assert.Equal(SignalSeverity.Urgent, three?.Severity);
        Assert.Equal(["c2", "c3", "c4"], three?.Evidence.Select(e => e.InvitationId));
    }

    [Fact]
    public void NoResponseIsCountedPerRespondentAndAnAnswerEndsTheRun()
    {
        var history = Job()
            .Missed(Respondent.Candidate, D("2025-03-03"), "job-1").Missed(Respondent.Supervisor, D("2025-03-04"), "job-1")
            .Candidate(D("2025-03-31"), "job-1", (WorkAbility, 6)).Missed(Respondent.Supervisor, D("2025-04-01"), "job-1")
            .Missed(Respondent.Candidate, D("2025-04-28"), "job-1").Build();

        var findings = TestScales.Evaluate(history, D("2025-05-31"));
        Assert.Null(findings.Find("no_response:candidate"));
        Assert.NotNull(findings.Find("no_response:supervisor:job-1"));
    }

    [Fact]
    public void SupervisorNoResponseEndsWithTheJob()
    {
        var history = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), end: D("2025-05-15"))
            .Missed(Respondent.Supervisor, D("2025-03-04"), "job-1").Missed(Respondent.Supervisor, D("2025-04-01"), "job-1").Build();

        // On its last day the job has ended: its end cancels the supervisor's check-ins, and so their silence counts no more.
        Assert.NotNull(TestScales.Evaluate(history, D("2025-05-14")).Find("no_response:supervisor:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-05-15")).Find("no_response:supervisor:job-1"));
    }

    [Fact]
    public void AfterConsentIsWithdrawnTheSupervisorsSilenceAndEarlierAnswersRaiseNoSignal()
    {
        var silent = Job().Missed(Respondent.Supervisor, D("2025-03-04"), "job-1").Missed(Respondent.Supervisor, D("2025-04-01"), "job-1").Build();
        var apart = Pair(8, 3, 1);

        Assert.NotNull(TestScales.Evaluate(silent, D("2025-04-20")).Find("no_response:supervisor:job-1"));
        Assert.NotNull(TestScales.Evaluate(apart, D("2025-06-10")).Find("perspectives_diverge:job-1:work_ability"));
        Assert.Null(TestScales.Evaluate(Withdrawn(silent), D("2025-04-20")).Find("no_response:supervisor:job-1"));
        Assert.Null(TestScales.Evaluate(Withdrawn(apart), D("2025-06-10")).Find("perspectives_diverge:job-1:work_ability"));
    }

    private static CandidateHistory Withdrawn(CandidateHistory history) =>
        history with { Jobs = [history.Jobs[0] with { Supervisor = history.Jobs[0].Supervisor with { Consent = false } }] };
}
