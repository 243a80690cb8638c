using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>
/// Job starts 3 February 2025, so onboarding ends 3 May 2025. Post-onboarding check-ins come every 8 weeks from 12 May.
/// </summary>
public sealed class DevelopmentStagnationTests
{
    private const string Key = "development_stagnation:job-1";
    private static readonly DateOnly Evaluation = D("2025-09-30");

    private static (string, decimal)[] Flat(decimal workAbility = 6, decimal wantsChallenge = 1, decimal desired = 24, decimal worked = 24,
        decimal fit = 4, decimal hasGoals = 1, decimal newTasks = 0) =>
        [(WorkAbility, workAbility), (NewTasks, newTasks), (LearnedNew, 0), (WantsChallenge, wantsChallenge), (DesiredHours, desired),
         (HoursWorked, worked), (Fit, fit), (HasGoals, hasGoals)];

    private static HistoryBuilder ThreeFlatCheckIns(params (string, decimal)[][] answers) =>
        new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Candidate(D("2025-05-12"), "job-1", answers.Length > 0 ? answers[0] : Flat())
            .Candidate(D("2025-07-07"), "job-1", answers.Length > 1 ? answers[1] : Flat())
            .Candidate(D("2025-09-01"), "job-1", answers.Length > 2 ? answers[2] : Flat());

    [Fact]
    public void StagnationFiresAfterOnboardingWithoutGrowthWhileTheCandidateWantsMoreChallenge()
    {
        var finding = TestScales.Evaluate(ThreeFlatCheckIns().Build(), Evaluation).Find(Key);

        Assert.NotNull(finding);
        Assert.Equal(SignalSeverity.Attention, finding.Severity);
        // Onboarding ended 3 May; 3 May to 30 September is 4 whole months.
        Assert.Equal("Sinds 4 maanden geen groei in taken of werkvermogen, terwijl de kandidaat meer uitdaging wil; bespreek samen een volgende stap.", finding.Explanation("nl"));
        Assert.Equal("No growth in tasks or work ability for 4 months, while the candidate wants more challenge; talk about a next step together.", finding.Explanation("en"));
        Assert.Contains(finding.Evidence, e => e is { InvitationId: "c3", ItemId: WantsChallenge, Value: "1" });
        Assert.Equal(SignalRules.RuleVersion, finding.RuleVersion);
    }

    [Fact]
    public void StagnationDoesNotFireWhenTheCandidateWantsNothingMore()
    {
        var content = Flat(wantsChallenge: 0, desired: 24, worked: 24, fit: 4, hasGoals: 1);
        Assert.Null(TestScales.Evaluate(ThreeFlatCheckIns(content, content, content).Build(), Evaluation).Find(Key));
    }

    [Fact]
    public void AmbitionCountsFromDesiredHoursTwoAboveActualAndNotBelow()
    {
        var calm = Flat(wantsChallenge: 0);
        var twoMore = TestScales.Evaluate(ThreeFlatCheckIns(calm, calm, Flat(wantsChallenge: 0, desired: 26, worked: 24)).Build(), Evaluation).Find(Key);
        var lessMore = TestScales.Evaluate(ThreeFlatCheckIns(calm, calm, Flat(wantsChallenge: 0, desired: 25.5m, worked: 24)).Build(), Evaluation).Find(Key);

        Assert.NotNull(twoMore);
        Assert.Contains("26 uur per week wil werken in plaats van 24", twoMore.Explanation("nl"), StringComparison.Ordinal);
        Assert.Null(lessMore);
    }

    [Fact]
    public void LowFitAndNoGoalsCountAsAmbitionAndAreListedTogether()
    {
        var calm = Flat(wantsChallenge: 0);
        var finding = TestScales.Evaluate(ThreeFlatCheckIns(calm, calm, Flat(fit: 2, hasGoals: 0)).Build(), Evaluation).Find(Key);

        Assert.NotNull(finding);
        Assert.Contains("meer uitdaging wil, vindt dat het werk weinig past (2 van 5) en nu geen ontwikkeldoelen heeft", finding.Explanation("nl"), StringComparison.Ordinal);
    }

    [Fact]
    public void NewTasksInTheWindowFromEitherPerspectiveHoldStagnationBack()
    {
        var candidateSaysYes = ThreeFlatCheckIns(Flat(), Flat(newTasks: 1), Flat()).Build();
        var supervisorSaysYes = ThreeFlatCheckIns().Supervisor(D("2025-08-01"), "job-1", (SupervisorTaskGrowth, 1)).Build();

        Assert.Null(TestScales.Evaluate(candidateSaysYes, Evaluation).Find(Key));
        Assert.Null(TestScales.Evaluate(supervisorSaysYes, Evaluation).Find(Key));
    }

    [Fact]
    public void ReliableGrowthInWorkAbilityHoldsStagnationBackButASmallerRiseDoesNot()
    {
        // The test scale makes the RCI the difference in points: 5 → 7 is 2 ≥ 1.96, 5 → 6.9 is 1.9.
        var reliable = ThreeFlatCheckIns(Flat(workAbility: 5), Flat(workAbility: 6), Flat(workAbility: 7)).Build();
        var small = ThreeFlatCheckIns(Flat(workAbility: 5), Flat(workAbility: 6), Flat(workAbility: 6.9m)).Build();
        var supervisorSeesGrowth = ThreeFlatCheckIns()
            .Supervisor(D("2025-05-13"), "job-1", (SupervisorWorkAbility, 4))
            .Supervisor(D("2025-09-02"), "job-1", (SupervisorWorkAbility, 6)).Build();

        Assert.Null(TestScales.Evaluate(reliable, Evaluation).Find(Key));
        Assert.NotNull(TestScales.Evaluate(small, Evaluation).Find(Key));
        Assert.Null(TestScales.Evaluate(supervisorSeesGrowth, Evaluation).Find(Key));
    }

    [Fact]
    public void TwoCheckInsAfterOnboardingAreTooLittleDataForStagnation()
    {
        var history = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Candidate(D("2025-05-12"), "job-1", Flat()).Candidate(D("2025-09-01"), "job-1", Flat()).Build();

        Assert.Null(TestScales.Evaluate(history, Evaluation).Find(Key));
    }

    [Fact]
    public void ThreeCheckInsMustSpanEightWeeks()
    {
        HistoryBuilder Spanning(int days) => new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Candidate(D("2025-06-02"), "job-1", Flat()).Candidate(D("2025-06-09"), "job-1", Flat())
            .Candidate(D("2025-06-02").AddDays(days), "job-1", Flat());

        Assert.Null(TestScales.Evaluate(Spanning(55).Build(), Evaluation).Find(Key));
        Assert.NotNull(TestScales.Evaluate(Spanning(56).Build(), Evaluation).Find(Key));
    }

    [Fact]
    public void OnboardingCheckInsAreExcludedFromStagnation()
    {
        var duringOnboarding = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Candidate(D("2025-03-03"), "job-1", Flat()).Candidate(D("2025-03-31"), "job-1", Flat())
            .Candidate(D("2025-04-28"), "job-1", Flat()).Build();

        Assert.Null(TestScales.Evaluate(duringOnboarding, D("2025-05-02")).Find(Key));
        // After onboarding, the same check-ins still do not count: none of them is post-onboarding.
        Assert.Null(TestScales.Evaluate(duringOnboarding, D("2025-06-30")).Find(Key));
    }

    [Fact]
    public void StagnationResolvesWhenNewTasksAreReported()
    {
        var history = ThreeFlatCheckIns().Candidate(D("2025-10-27"), "job-1", Flat(newTasks: 1)).Build();

        Assert.NotNull(TestScales.Evaluate(history, Evaluation).Find(Key));
        Assert.Null(TestScales.Evaluate(history, D("2025-10-31")).Find(Key));
    }

    [Fact]
    public void MonthsWithoutGrowthCountFromTheLastGrowthAfterOnboarding()
    {
        // New tasks on 12 May, then nothing: at 30 January 2026 the window (from 30 July) holds no growth,
        // and 12 May 2025 to 30 January 2026 is 8 whole months.
        var history = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Candidate(D("2025-05-12"), "job-1", Flat(newTasks: 1)).Candidate(D("2025-08-04"), "job-1", Flat())
            .Candidate(D("2025-09-29"), "job-1", Flat()).Candidate(D("2025-11-24"), "job-1", Flat()).Build();

        var finding = TestScales.Evaluate(history, D("2026-01-30")).Find(Key);
        Assert.NotNull(finding);
        Assert.StartsWith("Sinds 8 maanden geen groei", finding.Explanation("nl"), StringComparison.Ordinal);
    }
}
