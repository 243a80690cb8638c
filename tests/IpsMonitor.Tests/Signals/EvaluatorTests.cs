using Microsoft.Extensions.Options;
using static IpsMonitor.Questionnaires.ItemIds;
using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

public sealed class EvaluatorTests
{
    // Several conditions at once: no check-in since start, no logged contact, a trial past its end, two missed candidate check-ins.
    private static CandidateHistory Busy(HistoryBuilder builder) => builder
        .Job("job-1", D("2025-02-03"), kind: IpsMonitor.Caseload.PlacementKind.Proefplaatsing, trialEnd: D("2025-04-30"))
        .Missed(Respondent.Candidate, D("2025-03-03"), "job-1").Missed(Respondent.Candidate, D("2025-03-31"), "job-1").Build();

    [Fact]
    public void ADischargedCandidateGetsNoSignalsFromTheDischargeDayOn()
    {
        var history = Busy(new HistoryBuilder(D("2025-01-06")).Discharged(D("2025-05-15")));

        Assert.NotEmpty(TestScales.Evaluate(history, D("2025-05-14")));
        Assert.Empty(TestScales.Evaluate(history, D("2025-05-15")));
    }

    [Fact]
    public void BeforeTheReferralThereAreNoSignals()
    {
        Assert.Empty(TestScales.Evaluate(new HistoryBuilder(D("2025-01-06")).Build(), D("2025-01-05")));
    }

    [Fact]
    public void FindingsAreOrderedByKeyAndTheSameInputGivesTheSameOutput()
    {
        var history = Busy(new HistoryBuilder(D("2025-01-06")));
        var shuffled = history with { Invitations = [.. history.Invitations.Reverse()] };

        var first = TestScales.Evaluate(history, D("2025-05-14"));
        var second = TestScales.Evaluate(shuffled, D("2025-05-14"));

        Assert.Equal(["no_response:candidate", "timeline_no_checkin_since_start:job-1", "timeline_no_contact:job-1", "timeline_trial_past_end:job-1"],
            first.Select(f => f.Key));
        Assert.Equal(first.Select(f => (f.Key, f.Severity, f.Explanation("nl"), f.Explanation("en"))), second.Select(f => (f.Key, f.Severity, f.Explanation("nl"), f.Explanation("en"))));
        Assert.Equal(first.SelectMany(f => f.Evidence), second.SelectMany(f => f.Evidence));
    }

    [Fact]
    public void AnswersGivenAfterTheEvaluationDateDoNotCount()
    {
        var history = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"))
            .Candidate(D("2025-03-20"), "job-1", (WorkAbility, 6)).Build();

        Assert.NotNull(TestScales.Evaluate(history, D("2025-03-19")).Find("timeline_no_checkin_since_start:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-03-20")).Find("timeline_no_checkin_since_start:job-1"));
    }

    [Fact]
    public void EveryFindingHasAKnownTypeBothLanguagesAndTheRuleVersion()
    {
        foreach (var finding in TestScales.Evaluate(Busy(new HistoryBuilder(D("2025-01-06"))), D("2025-08-14")))
        {
            Assert.Contains(finding.Type, SignalTypes.All);
            Assert.StartsWith(finding.Type, finding.Key, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(finding.Explanation("nl")));
            Assert.False(string.IsNullOrWhiteSpace(finding.Explanation("en")));
            Assert.Equal(SignalRules.RuleVersion, finding.RuleVersion);
            Assert.NotEmpty(finding.Evidence);
        }
    }

    [Fact]
    public void RulesBindFromTheSignalsSectionAndAnOutOfRangeValueFailsValidation()
    {
        static SignalRules Bind(string key, string value)
        {
            var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Signals:{key}"] = value }).Build();
            var services = new ServiceCollection().AddSingleton<IConfiguration>(config);
            services.AddOptions<SignalRules>().BindConfiguration(SignalRules.SectionName).ValidateDataAnnotations();
            return services.BuildServiceProvider().GetRequiredService<IOptions<SignalRules>>().Value;
        }

        var rules = Bind("HoursGapHours", "6");
        Assert.Equal(6, rules.HoursGapHours);
        Assert.Equal(3, rules.OnboardingMonths);
        var error = Assert.Throws<OptionsValidationException>(() => Bind("ReliableChangeIndex", "10"));
        Assert.Contains("ReliableChangeIndex", error.Message, StringComparison.Ordinal);
        var inconsistent = Assert.Throws<OptionsValidationException>(() => Bind("NoResponseMissed", "5"));
        Assert.Contains("NoResponseUrgentMissed must be at least NoResponseMissed", inconsistent.Message, StringComparison.Ordinal);
    }
}
