using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>Referral on 6 January 2025.</summary>
public sealed class TimelineTests
{
    private static HistoryBuilder Referred() => new(D("2025-01-06"));

    [Fact]
    public void NoJobStartNeedsAttentionAtSixMonthsAndIsUrgentAtTwelve()
    {
        var history = Referred().Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-07-05")).Find("timeline_no_job_start"));
        var six = TestScales.Evaluate(history, D("2025-07-06")).Find("timeline_no_job_start");
        Assert.Equal(SignalSeverity.Attention, six?.Severity);
        Assert.Equal("De kandidaat heeft 6 maanden na de aanmelding (6 januari 2025) nog geen baan; kijk samen opnieuw naar de zoektocht naar werk.", six?.Explanation("nl"));
        Assert.Equal(SignalSeverity.Urgent, TestScales.Evaluate(history, D("2026-01-06")).Find("timeline_no_job_start")?.Severity);
    }

    [Fact]
    public void NoJobStartClearsWithAJobAndCountsAgainFromItsEnd()
    {
        var history = Referred().Job("job-1", D("2025-06-02"), end: D("2025-08-31")).Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-07-31")).Find("timeline_no_job_start"));
        Assert.Null(TestScales.Evaluate(history, D("2026-02-27")).Find("timeline_no_job_start"));
        var again = TestScales.Evaluate(history, D("2026-02-28")).Find("timeline_no_job_start");
        Assert.NotNull(again);
        Assert.Contains("sinds de vorige baan eindigde op 31 augustus 2025", again.Explanation("nl"), StringComparison.Ordinal);
    }

    [Fact]
    public void AJobOfUnderFourPaidHoursIsNotAJobStart()
    {
        var history = Referred().Job("job-1", D("2025-03-03"), contractHours: 2).Build();
        Assert.NotNull(TestScales.Evaluate(history, D("2025-07-06")).Find("timeline_no_job_start"));
    }

    [Fact]
    public void AnEndedJobAsksForContactWithinThreeDaysUrgently()
    {
        var history = Referred().Job("job-1", D("2025-02-03"), end: D("2025-06-30")).Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-06-29")).Find("timeline_job_ended_contact:job-1"));
        var finding = TestScales.Evaluate(history, D("2025-06-30")).Find("timeline_job_ended_contact:job-1");
        Assert.Equal(SignalSeverity.Urgent, finding?.Severity);
        Assert.Equal("De baan van de kandidaat is op 30 juni 2025 geëindigd; neem uiterlijk 3 juli 2025 contact op, zodat de kandidaat er niet alleen voor staat.", finding?.Explanation("nl"));
        Assert.NotNull(TestScales.Evaluate(history, D("2025-07-14")).Find("timeline_job_ended_contact:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-07-15")).Find("timeline_job_ended_contact:job-1"));
    }

    [Fact]
    public void AnEndedJobSignalResolvesWithALaterCandidateCheckInOrANewJob()
    {
        var checkIn = Referred().Job("job-1", D("2025-02-03"), end: D("2025-06-30")).Candidate(D("2025-07-02"), null, (WorkAbility, 5)).Build();
        var newJob = Referred().Job("job-1", D("2025-02-03"), end: D("2025-06-30")).Job("job-2", D("2025-07-07")).Build();

        Assert.NotNull(TestScales.Evaluate(checkIn, D("2025-07-01")).Find("timeline_job_ended_contact:job-1"));
        Assert.Null(TestScales.Evaluate(checkIn, D("2025-07-02")).Find("timeline_job_ended_contact:job-1"));
        Assert.Null(TestScales.Evaluate(newJob, D("2025-07-07")).Find("timeline_job_ended_contact:job-1"));
    }

    [Fact]
    public void NoCheckInSinceStartFiresSixWeeksAfterTheStartUntilACheckInIsAnswered()
    {
        var history = Referred().Job("job-1", D("2025-02-03")).Missed(Respondent.Candidate, D("2025-03-03"), "job-1")
            .Supervisor(D("2025-03-20"), "job-1", (SupervisorWorkAbility, 6)).Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-03-16")).Find("timeline_no_checkin_since_start:job-1"));
        var finding = TestScales.Evaluate(history, D("2025-03-17")).Find("timeline_no_checkin_since_start:job-1");
        Assert.Equal("Sinds de start van de baan op 3 februari 2025 (6 weken geleden) is er nog geen check-in ingevuld; vraag of de uitnodigingen goed aankomen.", finding?.Explanation("nl"));
        Assert.Null(TestScales.Evaluate(history, D("2025-03-20")).Find("timeline_no_checkin_since_start:job-1"));
    }

    [Fact]
    public void ATrialPlacementPastItsEndWithoutADecisionNeedsAttention()
    {
        var open = Referred().Job("job-1", D("2025-02-03"), kind: PlacementKind.Proefplaatsing, trialEnd: D("2025-05-01")).Build();
        var decided = Referred().Job("job-1", D("2025-02-03"), kind: PlacementKind.Proefplaatsing, trialEnd: D("2025-05-01"), trialDecision: "Contract aangeboden").Build();

        Assert.Null(TestScales.Evaluate(open, D("2025-05-01")).Find("timeline_trial_past_end:job-1"));
        Assert.Equal(SignalSeverity.Attention, TestScales.Evaluate(open, D("2025-05-02")).Find("timeline_trial_past_end:job-1")?.Severity);
        Assert.Null(TestScales.Evaluate(decided, D("2025-05-02")).Find("timeline_trial_past_end:job-1"));
    }

    [Fact]
    public void ActiveAdjustmentsPastTheirReviewDateAreListedInOneFinding()
    {
        var history = Referred().Job("job-1", D("2025-02-03"), adjustments:
        [
            new Adjustment(AdjustmentKind.ExtraBreaks, null, D("2025-02-03"), D("2025-06-01"), AdjustmentStatus.Active),
            new Adjustment(AdjustmentKind.FixedContactPerson, null, D("2025-02-03"), D("2025-07-01"), AdjustmentStatus.Active),
            new Adjustment(AdjustmentKind.FewerHours, null, D("2025-02-03"), D("2025-05-01"), AdjustmentStatus.Reversed),
        ]).Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-06-01")).Find("timeline_adjustment_review_due:job-1"));
        var one = TestScales.Evaluate(history, D("2025-06-02")).Find("timeline_adjustment_review_due:job-1");
        Assert.Equal(SignalSeverity.Info, one?.Severity);
        Assert.Equal("De aanpassing extra pauzes had op 1 juni 2025 besproken moeten worden; kijk samen of die nog past, verlengd of afgebouwd kan worden.", one?.Explanation("nl"));
        var two = TestScales.Evaluate(history, D("2025-07-02")).Find("timeline_adjustment_review_due:job-1");
        Assert.Equal(["ExtraBreaks", "FixedContactPerson"], two?.Evidence.Select(e => e.Value));
        Assert.StartsWith("2 aanpassingen zijn toe aan hun evaluatie", two?.Explanation("nl"), StringComparison.Ordinal);
    }
}
