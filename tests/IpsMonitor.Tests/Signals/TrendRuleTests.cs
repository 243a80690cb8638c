using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>Decline, hours gap and overload. Job starts 3 February 2025; onboarding ends 3 May 2025.</summary>
public sealed class TrendRuleTests
{
    private static HistoryBuilder Job() => new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"));

    private static CandidateHistory Abilities(params decimal[] values)
    {
        var builder = Job();
        var day = D("2025-03-03");
        foreach (var value in values)
        {
            builder.Candidate(day, "job-1", (WorkAbility, value));
            day = day.AddDays(56);
        }
        return builder.Build();
    }

    [Fact]
    public void DeclineFiresWhenTheLatestAnswerIsReliablyBelowTheEarlierMean()
    {
        // 3 March, 28 April, 23 June: baseline mean 7, latest 4, RCI −3 on the unit test scale. Onboarding counts.
        var finding = TestScales.Evaluate(Abilities(7, 7, 4), D("2025-06-30")).Find("decline:job-1:work_ability");

        Assert.NotNull(finding);
        Assert.Equal("Op 23 juni 2025 was het werkvermogen van de kandidaat 4, tegen gemiddeld 7 in de maanden ervoor; zo'n daling is meer dan toeval, vraag hoe het gaat.", finding.Explanation("nl"));
        Assert.Equal(["7", "7", "4", "7"], finding.Evidence.Select(e => e.Value));
    }

    [Fact]
    public void DeclineNeedsAReliableChangeOfAtLeastTheThreshold()
    {
        Assert.NotNull(TestScales.Evaluate(Abilities(7, 7, 5), D("2025-06-30")).Find("decline:job-1:work_ability"));
        Assert.Null(TestScales.Evaluate(Abilities(7, 7, 5.1m), D("2025-06-30")).Find("decline:job-1:work_ability"));
    }

    [Fact]
    public void DeclineNeedsThreeAnswersAndTheScaleStatistics()
    {
        Assert.Null(TestScales.Evaluate(Abilities(7, 3), D("2025-06-30")).Find("decline:job-1:work_ability"));
        Assert.DoesNotContain(SignalEvaluator.Evaluate(Abilities(7, 7, 3), TestScales.None, new SignalRules(), D("2025-06-30")),
            f => f.Type == SignalTypes.Decline);
    }

    [Fact]
    public void DeclineResolvesWhenTheNextAnswerRecovers()
    {
        // Next check-in 18 August at 7: baseline mean (7 + 7 + 4) / 3 = 6, latest 7.
        var history = Abilities(7, 7, 4, 7);
        Assert.NotNull(TestScales.Evaluate(history, D("2025-08-17")).Find("decline:job-1:work_ability"));
        Assert.Null(TestScales.Evaluate(history, D("2025-08-18")).Find("decline:job-1:work_ability"));
    }

    [Fact]
    public void TheWorkedDeclineExampleInTheDocsHolds()
    {
        // docs/signals.md: SD 2.1, r 0.82, answers 7, 7, 8 then 4: RCI (4 − 7.33) / 1.26 = −2.65; a latest 5 gives −1.85.
        var scales = new Dictionary<string, IpsMonitor.Questionnaires.ScaleStatistics> { [WorkAbility] = new(2.1, 0.82) };
        CandidateHistory Latest(decimal value) => new HistoryBuilder(D("2025-05-05")).Job("job-1", D("2025-06-02"))
            .Candidate(D("2025-12-02"), "job-1", (WorkAbility, 7)).Candidate(D("2026-01-27"), "job-1", (WorkAbility, 7))
            .Candidate(D("2026-03-24"), "job-1", (WorkAbility, 8)).Candidate(D("2026-05-12"), "job-1", (WorkAbility, value)).Build();

        var finding = SignalEvaluator.Evaluate(Latest(4), scales, new SignalRules(), D("2026-05-31")).Find("decline:job-1:work_ability");
        Assert.Equal("Op 12 mei 2026 was het werkvermogen van de kandidaat 4, tegen gemiddeld 7,3 in de maanden ervoor; zo'n daling is meer dan toeval, vraag hoe het gaat.", finding?.Explanation("nl"));
        Assert.Null(SignalEvaluator.Evaluate(Latest(5), scales, new SignalRules(), D("2026-05-31")).Find("decline:job-1:work_ability"));
    }

    private static HistoryBuilder Hours(DateOnly first, int everyDays, params (decimal Desired, decimal Worked)[] checkIns)
    {
        var builder = Job();
        var day = first;
        foreach (var (desired, worked) in checkIns)
        {
            builder.Candidate(day, "job-1", (DesiredHours, desired), (HoursWorked, worked));
            day = day.AddDays(everyDays);
        }
        return builder;
    }

    [Fact]
    public void HoursGapFiresAfterThreeCheckInsWithDesiredAboveActual()
    {
        var finding = TestScales.Evaluate(Hours(D("2025-05-12"), 56, (32, 24), (32, 24), (32, 24)).Build(), D("2025-09-30")).Find("hours_gap:job-1");

        Assert.NotNull(finding);
        Assert.Equal("Bij de laatste 3 check-ins wilde de kandidaat meer uren werken (nu 32 uur per week gewenst, 24 gewerkt) en sinds 12 mei 2025 zijn de uren niet omhoog gegaan; bespreek of meer uren mogelijk zijn.", finding.Explanation("nl"));
        Assert.Equal(6, finding.Evidence.Count);
    }

    [Fact]
    public void HoursGapCountsFromFourHoursAndNotBelow()
    {
        Assert.NotNull(TestScales.Evaluate(Hours(D("2025-05-12"), 56, (28, 24), (28, 24), (28, 24)).Build(), D("2025-09-30")).Find("hours_gap:job-1"));
        Assert.Null(TestScales.Evaluate(Hours(D("2025-05-12"), 56, (28, 24), (27.5m, 24), (28, 24)).Build(), D("2025-09-30")).Find("hours_gap:job-1"));
    }

    [Fact]
    public void HoursGapDoesNotFireWhenHoursWentUpOrWithTwoCheckIns()
    {
        Assert.Null(TestScales.Evaluate(Hours(D("2025-05-12"), 56, (32, 20), (32, 22), (32, 24)).Build(), D("2025-09-30")).Find("hours_gap:job-1"));
        Assert.Null(TestScales.Evaluate(Hours(D("2025-05-12"), 56, (32, 24), (32, 24)).Build(), D("2025-09-30")).Find("hours_gap:job-1"));
        // A week of overtime in between is no increase: the latest hours are not above the first.
        Assert.NotNull(TestScales.Evaluate(Hours(D("2025-05-12"), 56, (32, 20), (32, 26), (32, 20)).Build(), D("2025-09-30")).Find("hours_gap:job-1"));
    }

    [Fact]
    public void HoursGapLeavesOnboardingOut()
    {
        // Three 4-weekly check-ins in onboarding spanning 8 weeks: the build-up of hours is planned there.
        var history = Hours(D("2025-02-17"), 28, (32, 16), (32, 16), (32, 16)).Build();
        Assert.Null(TestScales.Evaluate(history, D("2025-04-30")).Find("hours_gap:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-06-30")).Find("hours_gap:job-1"));
    }

    [Fact]
    public void HoursGapResolvesWhenHoursMeetTheWish()
    {
        var history = Hours(D("2025-05-12"), 56, (32, 24), (32, 24), (32, 24), (28, 28)).Build();
        Assert.NotNull(TestScales.Evaluate(history, D("2025-10-26")).Find("hours_gap:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-10-27")).Find("hours_gap:job-1"));
    }

    private static CandidateHistory Load(params (decimal Hours, decimal Workload, decimal Energy)[] checkIns)
    {
        var builder = Job();
        var day = D("2025-03-03");
        foreach (var (hours, workload, energy) in checkIns)
        {
            builder.Candidate(day, "job-1", (HoursWorked, hours), (Workload, workload), (Energy, energy), (Satisfaction, 4));
            day = day.AddDays(28);
        }
        return builder.Build();
    }

    [Fact]
    public void OverloadFiresWhenHoursRiseWhileEnergyFalls()
    {
        // 3 March, 31 March, 28 April: hours 16 → 24 (+8 ≥ 4), energy 4 → 2 (−2 ≥ 1, slope negative).
        var finding = TestScales.Evaluate(Load((16, 3, 4), (20, 3, 3), (24, 3, 2)), D("2025-04-30")).Find("overload:job-1");

        Assert.NotNull(finding);
        Assert.Equal("Sinds 3 maart 2025 werkt de kandidaat 24 uur per week in plaats van 16, terwijl de energie daalde van 4 naar 2; bespreek samen of het tempo en de taken nog passen.", finding.Explanation("nl"));
    }

    [Fact]
    public void OverloadCountsWorkloadRisingToTooMuchAsDemand()
    {
        var finding = TestScales.Evaluate(Load((20, 3, 4), (20, 4, 3), (20, 4, 3)), D("2025-04-30")).Find("overload:job-1");
        Assert.NotNull(finding);
        Assert.Contains("vindt de kandidaat het werk nu te veel (werkdruk 4 van 5, was 3)", finding.Explanation("nl"), StringComparison.Ordinal);
    }

    [Fact]
    public void OverloadNeedsBothMoreDemandAndLessWellbeing()
    {
        Assert.Null(TestScales.Evaluate(Load((16, 3, 4), (18, 3, 3), (19.5m, 3, 2)), D("2025-04-30")).Find("overload:job-1"));
        Assert.Null(TestScales.Evaluate(Load((16, 3, 4), (20, 3, 4), (24, 3, 3.5m)), D("2025-04-30")).Find("overload:job-1"));
    }

    [Fact]
    public void OverloadNeedsWellbeingToTrendDownNotJustEndLower()
    {
        // Energy 4, 2, 5, 3: one lower at the end, but the median slope is positive.
        Assert.Null(TestScales.Evaluate(Load((16, 3, 4), (18, 3, 2), (20, 3, 5), (24, 3, 3)), D("2025-05-31")).Find("overload:job-1"));
    }

    [Fact]
    public void OverloadNeedsEightWeeksOfCheckIns()
    {
        Assert.Null(TestScales.Evaluate(Load((16, 3, 4), (24, 3, 2)), D("2025-04-30")).Find("overload:job-1"));
    }
}
