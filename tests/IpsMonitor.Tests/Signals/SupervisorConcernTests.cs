using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>
/// The supervisor's voice as a signal: a concern, or adjustments that no longer fit, at the latest supervisor check-in
/// of an open job opens "supervisor concern"; a later check-in without either resolves it. And the supervisor seeing room
/// for more is one more reason in the stagnation sentence, only when the candidate wants more too.
/// </summary>
public sealed class SupervisorConcernTests
{
    private const string Key = "supervisor_concern:job-1";
    private const string Comment = "Sam lijkt erg moe na de late diensten";

    private static HistoryBuilder Job() => new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"));

    [Fact]
    public void AConcernOpensTheSignalNamingTheCheckInByItsDateAndNeverTheComment()
    {
        var history = Job().Supervisor(D("2025-06-02"), "job-1", [(SupervisorComments, Comment), (SupervisorAdjustmentsFit, "yes")],
            (SupervisorConcerns, 1), (SupervisorWorkAbility, 6)).Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-06-01")).Find(Key));
        var finding = TestScales.Evaluate(history, D("2025-06-02")).Find(Key);

        Assert.NotNull(finding);
        Assert.Equal((SignalTypes.SupervisorConcern, SignalSeverity.Attention), (finding.Type, finding.Severity));
        Assert.Equivalent(new SupervisorConcernFacts(D("2025-06-02"), true, false), finding.Facts);
        var evidence = Assert.Single(finding.Evidence);
        Assert.Equal(new Evidence("s1", D("2025-06-02"), EvidenceItems.SupervisorConcern, EvidenceItems.RaisedConcerns), evidence);
        Assert.Equal("Bij de check-in van 2 juni 2025 gaf de leidinggevende aan zich zorgen te maken en dat te willen bespreken; "
            + "neem contact op met de leidinggevende en lees de toelichting op de kandidaatpagina.", finding.Explanation("nl"));
        Assert.Equal("At the check-in of 2 June 2025 the supervisor raised a concern they would like to discuss; get in touch "
            + "with the supervisor and read their comment on the candidate page.", finding.Explanation("en"));
        Assert.DoesNotContain(Comment, System.Text.Json.JsonSerializer.Serialize(finding), StringComparison.Ordinal);
    }

    [Fact]
    public void AdjustmentsThatNoLongerFitOpenTheSignalAndPartlyDoesNot()
    {
        var notFitting = Job().Supervisor(D("2025-06-02"), "job-1", [(SupervisorAdjustmentsFit, "no")], (SupervisorConcerns, 0)).Build();
        var partly = Job().Supervisor(D("2025-06-02"), "job-1", [(SupervisorAdjustmentsFit, "partly")], (SupervisorConcerns, 0)).Build();
        var both = Job().Supervisor(D("2025-06-02"), "job-1", [(SupervisorAdjustmentsFit, "no")], (SupervisorConcerns, 1)).Build();

        var finding = TestScales.Evaluate(notFitting, D("2025-06-10")).Find(Key);
        Assert.NotNull(finding);
        Assert.Equivalent(new SupervisorConcernFacts(D("2025-06-02"), false, true), finding.Facts);
        Assert.Equal([EvidenceItems.RaisedAdjustmentsNotFitting], finding.Evidence.Select(e => e.Value));
        Assert.Equal("At the check-in of 2 June 2025 the supervisor said the agreed adjustments no longer fit; talk about them "
            + "with the candidate and the supervisor.", finding.Explanation("en"));
        Assert.Null(TestScales.Evaluate(partly, D("2025-06-10")).Find(Key));
        var twice = TestScales.Evaluate(both, D("2025-06-10")).Find(Key);
        Assert.Equal(2, twice?.Evidence.Count);
        Assert.StartsWith("Bij de check-in van 2 juni 2025 gaf de leidinggevende aan zich zorgen te maken en dat de afgesproken "
            + "aanpassingen niet meer passen", twice?.Explanation("nl"), StringComparison.Ordinal);
    }

    [Fact]
    public void AnAdjustmentRatedNotFittingOnItsOwnOpensTheSignalNamingItAndALaterFitResolvesIt()
    {
        Adjustment Made(string id, AdjustmentKind kind) =>
            new(kind, null, D("2025-02-03"), D("2025-08-01"), AdjustmentStatus.Active) { Id = id };
        static string Fit(string adjustment) => QuestionnaireDefinition.PerAdjustmentId(SupervisorAdjustmentFit, adjustment);
        var history = new HistoryBuilder(D("2025-01-06"))
            .Job("job-1", D("2025-02-03"), adjustments: [Made("a1", AdjustmentKind.ExtraBreaks), Made("a2", AdjustmentKind.FewerHours),
                Made("a3", AdjustmentKind.QuietWorkplace)])
            .Supervisor(D("2025-06-02"), "job-1", [(Fit("a1"), "partly"), (Fit("a2"), "no"), (Fit("a3"), "no")], (SupervisorConcerns, 0))
            .Supervisor(D("2025-07-28"), "job-1", [(Fit("a1"), "yes"), (Fit("a2"), "partly"), (Fit("a3"), "yes")], (SupervisorConcerns, 0))
            .Build();

        var finding = TestScales.Evaluate(history, D("2025-06-10")).Find(Key);

        Assert.NotNull(finding);
        Assert.Equivalent(new SupervisorConcernFacts(D("2025-06-02"), false, true)
            { NotFitting = [AdjustmentKind.FewerHours, AdjustmentKind.QuietWorkplace] }, finding.Facts);
        Assert.Equal([(EvidenceItems.AdjustmentNotFitting, "job-1/a2"), (EvidenceItems.AdjustmentNotFitting, "job-1/a3")],
            finding.Evidence.Select(e => (e.ItemId, e.Value)));
        Assert.Equal("At the check-in of 2 June 2025 the supervisor said what no longer fits: fewer hours and a quiet workplace; "
            + "talk about it with the candidate and the supervisor.", finding.Explanation("en"));
        Assert.Null(TestScales.Evaluate(history, D("2025-07-28")).Find(Key));
    }

    [Fact]
    public void ALaterCheckInWithoutConcernResolvesItAndANewConcernOpensItAgain()
    {
        var history = Job()
            .Supervisor(D("2025-06-02"), "job-1", [(SupervisorAdjustmentsFit, "yes")], (SupervisorConcerns, 1))
            .Supervisor(D("2025-07-28"), "job-1", [(SupervisorAdjustmentsFit, "yes")], (SupervisorConcerns, 0))
            .Supervisor(D("2025-09-22"), "job-1", [(SupervisorAdjustmentsFit, "yes")], (SupervisorConcerns, 1)).Build();

        Assert.NotNull(TestScales.Evaluate(history, D("2025-07-27")).Find(Key));
        Assert.Null(TestScales.Evaluate(history, D("2025-07-28")).Find(Key));
        Assert.Equal(D("2025-09-22"), (TestScales.Evaluate(history, D("2025-09-22")).Find(Key)?.Facts as SupervisorConcernFacts)?.CheckInDate);
    }

    [Fact]
    public void TheSignalEndsWithTheJobAndACandidateCheckInNeverOpensIt()
    {
        var history = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), end: D("2025-08-29"))
            .Supervisor(D("2025-06-02"), "job-1", [], (SupervisorConcerns, 1))
            .Candidate(D("2025-06-03"), "job-1", (SupervisorConcerns, 1)).Build();

        // A job ended today has ended: the concern resolves on the day the end is recorded, not a day later.
        Assert.NotNull(TestScales.Evaluate(history, D("2025-08-28")).Find(Key));
        Assert.Null(TestScales.Evaluate(history, D("2025-08-29")).Find(Key));
    }

    [Fact]
    public void TheStoredFactsReadBackAsTheSameSentence()
    {
        SignalFacts facts = new SupervisorConcernFacts(D("2025-06-02"), true, true);
        var json = System.Text.Json.JsonSerializer.Serialize(facts);

        Assert.Contains("\"type\":\"supervisor_concern\"", json, StringComparison.Ordinal);
        Assert.Equivalent(facts, System.Text.Json.JsonSerializer.Deserialize<SignalFacts>(json));
    }

    private static (string, decimal)[] WantsMore(decimal wantsChallenge = 1) =>
        [(WorkAbility, 6), (NewTasks, 0), (LearnedNew, 0), (WantsChallenge, wantsChallenge), (DesiredHours, 24),
         (HoursWorked, 24), (Fit, 4), (HasGoals, 1)];

    /// <summary>Three flat post-onboarding candidate check-ins and a supervisor's next step, as in the stagnation tests.</summary>
    private static IReadOnlyList<SignalFinding> Stagnation(string nextStep, (string, decimal)[] candidate) =>
        TestScales.Evaluate(Job()
            .Candidate(D("2025-05-12"), "job-1", candidate).Candidate(D("2025-07-07"), "job-1", candidate)
            .Supervisor(D("2025-08-18"), "job-1", [(SupervisorReadyForMore, nextStep)], (SupervisorTaskGrowth, 0))
            .Candidate(D("2025-09-01"), "job-1", candidate).Build(), D("2025-09-30"));

    [Fact]
    public void TheSupervisorReadyForMoreWhileTheCandidateWantsMoreIsOneMoreReasonToTalkInTheStagnationSentence()
    {
        var finding = Stagnation("more_tasks", WantsMore()).Find("development_stagnation:job-1");

        Assert.NotNull(finding);
        var facts = Assert.IsType<StagnationFacts>(finding.Facts);
        Assert.Equal(("more_tasks", D("2025-08-18")), (facts.SupervisorReady, facts.SupervisorReadyOn));
        Assert.Contains(finding.Evidence, e => e is { InvitationId: "s3", ItemId: SupervisorReadyForMore, Value: "more_tasks" });
        Assert.Equal("Sinds 4 maanden geen groei in taken of werkvermogen, terwijl de kandidaat meer uitdaging wil; ook de "
            + "leidinggevende ziet ruimte voor meer of nieuwe taken (18 augustus 2025), dus bespreek samen een volgende stap.",
            finding.Explanation("nl"));
        Assert.Equal("No growth in tasks or work ability for 4 months, while the candidate wants more challenge; the supervisor "
            + "also sees room for more or new tasks (18 August 2025), so talk about a next step together.", finding.Explanation("en"));
    }

    [Fact]
    public void TheSupervisorReadyForMoreIsNeverAReasonOnItsOwnNorWithoutTheCandidateWantingMore()
    {
        // The candidate wants nothing more: no signal, whatever the supervisor sees.
        Assert.Null(Stagnation("both", WantsMore(wantsChallenge: 0)).Find("development_stagnation:job-1"));

        // "Not now" adds nothing; the signal stands on the candidate's own reasons.
        var notNow = Stagnation("not_now", WantsMore()).Find("development_stagnation:job-1");
        Assert.NotNull(notNow);
        Assert.Null(((StagnationFacts)notNow.Facts).SupervisorReady);
        Assert.DoesNotContain(notNow.Evidence, e => e.ItemId == SupervisorReadyForMore);
    }
}
