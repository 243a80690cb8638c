using static IpsMonitor.Tests.Signals.HistoryBuilder;

namespace IpsMonitor.Tests.Signals;

/// <summary>The coach's contact log in the IPS timeline. Referral on 6 January 2025, a job from 3 February 2025.</summary>
public sealed class ContactTimelineTests
{
    private static HistoryBuilder Working() => new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"));

    private static StoredSignal Stored(SignalFinding finding) => new("s-1", "k-001", finding.Key, finding.Type, finding.Severity,
        finding.RuleVersion, finding.Facts, finding.Evidence, DateTimeOffset.UnixEpoch, null, null, null, null);

    [Fact]
    public void NoLoggedContactForFiveWeeksAfterAJobStartNeedsAttentionAndNamesTheStart()
    {
        var history = Working().Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-03-09")).Find("timeline_no_contact:job-1"));
        var finding = TestScales.Evaluate(history, D("2025-03-10")).Find("timeline_no_contact:job-1");

        Assert.Equal(SignalSeverity.Attention, finding?.Severity);
        Assert.Equal(SignalRules.RuleVersion, finding?.RuleVersion);
        Assert.Equal([new Evidence(null, D("2025-02-03"), EvidenceItems.JobStart, "job-1")], finding?.Evidence);
        Assert.Equal("Sinds de start van de baan op 3 februari 2025 (5 weken geleden) is er geen contact met de kandidaat vastgelegd; "
            + "plan een contact: in het eerste jaar van een baan hoort er minstens elke maand contact te zijn.", finding?.Explanation("nl"));
        Assert.Equal("No contact with the candidate has been logged since the job started on 3 February 2025 (5 weeks ago); plan a "
            + "contact: in the first year of a job there should be contact at least every month.", finding?.Explanation("en"));
    }

    [Fact]
    public void AContactWithTheCandidateResolvesItAndTheWeeksCountAgainFromThatContact()
    {
        var history = Working().Contact(D("2025-03-12")).Build();

        Assert.NotNull(TestScales.Evaluate(history, D("2025-03-11")).Find("timeline_no_contact:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-03-12")).Find("timeline_no_contact:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2025-04-15")).Find("timeline_no_contact:job-1"));
        var again = TestScales.Evaluate(history, D("2025-04-16")).Find("timeline_no_contact:job-1");
        Assert.Equal([new Evidence(null, D("2025-03-12"), EvidenceItems.Contact, "candidate")], again?.Evidence);
        Assert.Equal("Het laatste vastgelegde contact met de kandidaat was op 12 maart 2025 (5 weken geleden), in het eerste jaar van de "
            + "baan; plan een contact: in dat jaar hoort er minstens elke maand contact te zijn.", again?.Explanation("nl"));
    }

    [Fact]
    public void AContactWithOnlyTheSupervisorOrSomeoneElseIsNoContactWithTheCandidate()
    {
        var supervisor = Working().Contact(D("2025-03-01"), ContactWith.Supervisor).Contact(D("2025-03-05"), ContactWith.Other).Build();
        var both = Working().Contact(D("2025-03-01"), ContactWith.Both).Build();

        Assert.NotNull(TestScales.Evaluate(supervisor, D("2025-03-10")).Find("timeline_no_contact:job-1"));
        Assert.Null(TestScales.Evaluate(both, D("2025-03-10")).Find("timeline_no_contact:job-1"));
    }

    [Fact]
    public void AfterTheFirstYearOfTheJobOrWithoutARunningJobNoContactIsAsked()
    {
        var history = Working().Build();
        var ended = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), end: D("2025-03-31")).Build();

        Assert.NotNull(TestScales.Evaluate(history, D("2026-02-02")).Find("timeline_no_contact:job-1"));
        Assert.Null(TestScales.Evaluate(history, D("2026-02-03")).Find("timeline_no_contact:job-1"));
        Assert.Null(TestScales.Evaluate(ended, D("2025-04-01")).Find("timeline_no_contact:job-1"));
    }

    [Fact]
    public void TheThresholdIsASetting()
    {
        var history = Working().Build();

        Assert.Null(TestScales.Evaluate(history, D("2025-03-10"), new SignalRules { NoContactWeeks = 8 }).Find("timeline_no_contact:job-1"));
        Assert.NotNull(TestScales.Evaluate(history, D("2025-03-31"), new SignalRules { NoContactWeeks = 8 }).Find("timeline_no_contact:job-1"));
    }

    [Fact]
    public void AContactWithTheCandidateOnOrAfterTheJobEndResolvesTheJobEndedSignalAndSaysSo()
    {
        var builder = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), end: D("2025-06-30"));
        var before = builder.Build();
        var opened = TestScales.Evaluate(before, D("2025-06-30")).Find("timeline_job_ended_contact:job-1");
        Assert.NotNull(opened);
        var contacted = builder.Contact(D("2025-06-30")).Build();

        Assert.Null(TestScales.Evaluate(contacted, D("2025-06-30")).Find("timeline_job_ended_contact:job-1"));
        Assert.Equal(SignalResolution.ContactLogged, SignalResolutions.Of(Stored(opened), contacted, D("2025-07-01")));
        Assert.Equal(SignalResolution.JobEnded, SignalResolutions.Of(Stored(opened), before, D("2025-07-15")));
    }

    [Fact]
    public void AContactBeforeTheJobEndedDoesNotAnswerTheJobEnd()
    {
        var history = new HistoryBuilder(D("2025-01-06")).Job("job-1", D("2025-02-03"), end: D("2025-06-30")).Contact(D("2025-06-29")).Build();

        Assert.NotNull(TestScales.Evaluate(history, D("2025-07-01")).Find("timeline_job_ended_contact:job-1"));
    }

    [Fact]
    public void TheNoContactSignalResolvesAsContactLoggedAfterAContact()
    {
        var builder = Working();
        var opened = TestScales.Evaluate(builder.Build(), D("2025-03-10")).Find("timeline_no_contact:job-1");
        Assert.NotNull(opened);

        Assert.Equal(SignalResolution.ContactLogged, SignalResolutions.Of(Stored(opened), builder.Contact(D("2025-03-11")).Build(), D("2025-03-11")));
    }
}
