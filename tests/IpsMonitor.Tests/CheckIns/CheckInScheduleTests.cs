namespace IpsMonitor.Tests.CheckIns;

public sealed class CheckInScheduleTests
{
    private static readonly CheckInOptions Defaults = new();
    private static readonly DateOnly Referral = new(2026, 1, 5);

    private static Candidate Candidate(DateOnly? discharged = null) =>
        new("k-1", "p", "coach", null, "nl", [new Referral(Referral, false, discharged, discharged is null ? null : "klaar")]);

    private static Job Job(DateOnly start, DateOnly? end = null, bool consent = true) =>
        new("j-1", "k-1", "Werkgever", "Functie", "Sector", start, 16, true, PlacementKind.Regular, false, null, null, null, end, null, [],
            Disclosure.Full, new SupervisorContact(consent, null, "Chef", null));

    [Fact]
    public void LookingForWorkTheCandidateIsInvitedEveryEightWeeksFromReferral()
    {
        var due = CheckInSchedule.DueOn(Candidate(), [], Referral.AddDays(56), Defaults);

        var only = Assert.Single(due);
        Assert.Equal((Respondent.Candidate, Referral.AddDays(56)), (only.Respondent, only.DueDate));
        Assert.Empty(CheckInSchedule.DueOn(Candidate(), [], Referral.AddDays(55), Defaults));
        Assert.Equal(Referral.AddDays(112), CheckInSchedule.NextDue(Candidate(), [], Referral.AddDays(60), Defaults));
    }

    [Fact]
    public void InAJobTheCadenceIsFourWeeklyDuringOnboardingThenEightWeekly()
    {
        var start = new DateOnly(2026, 3, 2);
        var dates = Enumerable.Range(0, 200).Select(d => start.AddDays(d))
            .SelectMany(day => CheckInSchedule.DueOn(Candidate(), [Job(start, consent: false)], day, Defaults))
            .Select(d => d.DueDate).Distinct().ToList();

        // 4, 8 and 12 weeks (onboarding is three months), then every 8 weeks from the last onboarding check-in.
        Assert.Equal([start.AddDays(28), start.AddDays(56), start.AddDays(84), start.AddDays(140), start.AddDays(196)], dates);
    }

    [Fact]
    public void TheSupervisorIsInvitedOnlyWithConsent()
    {
        var start = new DateOnly(2026, 3, 2);

        var withConsent = CheckInSchedule.DueOn(Candidate(), [Job(start)], start.AddDays(28), Defaults);
        var without = CheckInSchedule.DueOn(Candidate(), [Job(start, consent: false)], start.AddDays(28), Defaults);

        Assert.Equal([Respondent.Candidate, Respondent.Supervisor], withConsent.Select(d => d.Respondent));
        Assert.Equal([Respondent.Candidate], without.Select(d => d.Respondent));
        Assert.Equal("s-j-1-20260330", withConsent[1].InvitationId);
    }

    [Fact]
    public void WithTwoJobsAtOnceEachSupervisorIsDueByTheirOwnJobsStart()
    {
        var start = new DateOnly(2026, 3, 2);
        var later = Job(start.AddDays(7)) with { Id = "j-2" };

        var firstDue = CheckInSchedule.DueOn(Candidate(), [Job(start), later], start.AddDays(28), Defaults);
        var secondDue = CheckInSchedule.DueOn(Candidate(), [Job(start), later], start.AddDays(35), Defaults);

        var supervisor = Assert.Single(firstDue, d => d.Respondent == Respondent.Supervisor);
        Assert.Equal(("j-1", "s-j-1-20260330"), (supervisor.JobId, supervisor.InvitationId));
        Assert.Equal([("j-1", start.AddDays(28)), ("j-2", start.AddDays(35))],
            secondDue.Where(d => d.Respondent == Respondent.Supervisor).Select(d => (d.JobId, d.DueDate)));
        Assert.Equal(2, secondDue.Where(d => d.Respondent == Respondent.Supervisor).Select(d => d.InvitationId).Distinct().Count());
    }

    [Fact]
    public void AfterAJobEndsTheLookingCadenceRestartsFromTheEndDate()
    {
        var end = new DateOnly(2026, 6, 30);
        var jobs = new[] { Job(new DateOnly(2026, 3, 2), end) };

        Assert.Empty(CheckInSchedule.DueOn(Candidate(), jobs, end.AddDays(55), Defaults));
        Assert.Equal(end.AddDays(56), Assert.Single(CheckInSchedule.DueOn(Candidate(), jobs, end.AddDays(56), Defaults)).DueDate);
    }

    [Fact]
    public void ADischargedCandidateIsNotInvitedButTheScheduleOtherwiseNeverEnds()
    {
        Assert.Empty(CheckInSchedule.DueOn(Candidate(discharged: Referral.AddDays(30)), [], Referral.AddDays(56), Defaults));
        Assert.Null(CheckInSchedule.NextDue(Candidate(discharged: Referral.AddDays(30)), [], Referral.AddDays(31), Defaults));
        Assert.NotNull(CheckInSchedule.NextDue(Candidate(), [], Referral.AddYears(10), Defaults));
    }

    [Fact]
    public void ADueDateOlderThanALinkLivesIsNotCreatedLate()
    {
        Assert.Single(CheckInSchedule.DueOn(Candidate(), [], Referral.AddDays(56 + 13), Defaults));
        Assert.Empty(CheckInSchedule.DueOn(Candidate(), [], Referral.AddDays(56 + 14), Defaults));
    }

    [Fact]
    public void ACandidatesOwnCadenceReplacesTheProgrammesIntervals()
    {
        var start = new DateOnly(2026, 3, 2);
        var own = Candidate() with { Cadence = new Cadence(2, 12, null) };

        var dates = Enumerable.Range(0, 200).Select(d => start.AddDays(d))
            .SelectMany(day => CheckInSchedule.DueOn(own, [Job(start, consent: false)], day, Defaults))
            .Select(d => d.DueDate).Distinct().ToList();

        // Every 2 weeks through onboarding (three months), then every 12 weeks from the last onboarding check-in.
        var onboarding = Enumerable.Range(1, 6).Select(k => start.AddDays(14 * k)).ToList();
        Assert.Equal([.. onboarding, onboarding[^1].AddDays(84)], dates);
        Assert.Equal(Referral.AddDays(56), CheckInSchedule.NextDue(own, [], Referral, Defaults));
    }
}
