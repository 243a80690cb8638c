using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>The order of "Vandaag" and the check-ins board's figures, as pure functions of hand-written rows.</summary>
public sealed class TodayListTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 9, 0, 0, TimeSpan.FromHours(1));
    private static readonly DateOnly Today = new(2026, 12, 4);
    private static readonly WorklistOptions Options = new();

    private static Candidate Candidate(string id, DateOnly referral, string coach = "coach-a") =>
        new(id, TestProgramme.Id, coach, "ref-" + id, "nl", [new Referral(referral, false, null, null)]);

    /// <summary>Coach A's candidates, all referred on the same day, so only their rows can set their order.</summary>
    private static Candidate[] ReferredOn(DateOnly referral, params string[] ids) => [.. ids.Select(id => Candidate(id, referral))];

    private static StoredSignal Signal(string candidateId, string type, SignalSeverity severity, SignalFacts facts,
        bool acknowledged = false) =>
        new("s-" + candidateId, candidateId, type, type, severity, "test", facts, [], Now.AddDays(-1), null,
            acknowledged ? Now.AddHours(-2) : null, acknowledged ? "coach-a" : null, null);

    private static Invitation CheckIn(string id, string candidateId, DateOnly due, DateOnly lastDay, InvitationState state,
        DateTimeOffset? answeredAt = null) =>
        new(id, candidateId, Respondent.Candidate, null, due, ProgrammeTime.StartOf(due), ProgrammeTime.EndOf(lastDay), state,
            answeredAt, QuestionnaireCatalog.CandidateCheckIn, 1, new Dictionary<string, Answer>());

    [Fact]
    public void AJobEndedTwoDaysAgoAndACheckInExpiringTomorrowComeBeforeA13MonthSearchAndTheAcknowledgedSignalIsLast()
    {
        var ended = Candidate("ended", Today.AddDays(-200));
        var search = Candidate("search", Today.AddMonths(-13));
        var seen = Candidate("seen", Today.AddDays(-30));
        var expiring = Candidate("expiring", Today.AddDays(-20));
        var signals = new[]
        {
            Signal("search", SignalTypes.TimelineNoJobStart, SignalSeverity.Urgent, new NoJobStartFacts(false, 13, Today.AddMonths(-13))),
            Signal("seen", SignalTypes.TimelineNoJobStart, SignalSeverity.Urgent, new NoJobStartFacts(false, 14, Today.AddMonths(-14)), acknowledged: true),
            Signal("ended", SignalTypes.TimelineJobEndedContact, SignalSeverity.Urgent, new JobEndedFacts(Today.AddDays(-2), Today.AddDays(1))),
        };
        var checkIns = new[] { CheckIn("c1", "expiring", Today.AddDays(-13), Today.AddDays(1), InvitationState.Open) };

        var list = TodayList.Build([search, seen, expiring, ended], signals, checkIns, Now, Options);

        Assert.Equal(["ended", "expiring", "search", "seen"], list.Select(i => i.Candidate.Id));
        Assert.Equal([TodayReason.Signal, TodayReason.CheckInExpiring, TodayReason.Signal, TodayReason.Signal], list.Select(i => i.Reason));
        Assert.Equal([false, false, false, true], list.Select(i => i.Handled));
        Assert.Equal(Today.AddDays(1), list[0].Deadline);
    }

    [Fact]
    public void APassedReviewDateComesBeforeAContactDueTomorrowAndAnUrgentStateBeforeAnAttentionState()
    {
        var candidates = ReferredOn(Today.AddDays(-100), "a", "b", "c", "d");
        var signals = new[]
        {
            Signal("a", SignalTypes.TimelineJobEndedContact, SignalSeverity.Urgent, new JobEndedFacts(Today.AddDays(-2), Today.AddDays(1))),
            Signal("b", SignalTypes.TimelineAdjustmentReviewDue, SignalSeverity.Info,
                new AdjustmentReviewFacts([AdjustmentKind.ExtraBreaks], Today.AddDays(-5))),
            Signal("c", SignalTypes.Decline, SignalSeverity.Attention, new DeclineFacts("work_ability", Today, 3, 7)),
            Signal("d", SignalTypes.NoResponse, SignalSeverity.Urgent, new NoResponseFacts(Respondent.Candidate, 3, Today.AddDays(-60))),
        };

        var list = TodayList.Build(candidates, signals, [], Now, Options);

        Assert.Equal(["b", "a", "d", "c"], list.Select(i => i.Candidate.Id));
    }

    [Fact]
    public void ASilentCandidateGetsANoContactLineUnlessAnotherLineAlreadyAsksForContactAndAMissedCheckInMadeUpForIsGone()
    {
        var candidates = ReferredOn(Today.AddMonths(-6), "silent", "busy", "answering", "made-up");
        var checkIns = new[]
        {
            CheckIn("m1", "busy", Today.AddDays(-20), Today.AddDays(-6), InvitationState.Missed),
            CheckIn("a1", "answering", Today.AddDays(-30), Today.AddDays(-16), InvitationState.Answered, Now.AddDays(-25)),
            CheckIn("m2", "made-up", Today.AddDays(-24), Today.AddDays(-10), InvitationState.Missed),
            CheckIn("a2", "made-up", Today.AddDays(-8), Today.AddDays(6), InvitationState.Answered, Now.AddDays(-3)),
        };

        var list = TodayList.Build(candidates, [], checkIns, Now, Options);

        Assert.Equal([("busy", TodayReason.CheckInMissed), ("silent", TodayReason.NoContact)],
            list.Select(i => (i.Candidate.Id, i.Reason)));
    }

    [Fact]
    public void ASilenceLongerThanTheCheckInsReadIsJudgedByTheLastAnswerTheSummaryKeeps()
    {
        // Half a year of silence is the setting; the worklists read check-ins of the last 90 days from the summaries.
        var options = new WorklistOptions { NoContactWeeks = 26 };
        var candidates = ReferredOn(Today.AddYears(-1), "answered-120-days-ago", "answered-200-days-ago", "never");
        var lastAnswered = new Dictionary<string, DateTimeOffset?>
        {
            ["answered-120-days-ago"] = Now.AddDays(-120),
            ["answered-200-days-ago"] = Now.AddDays(-200),
        };

        var list = TodayList.Build(candidates, [], [], Now, options, lastAnswered: lastAnswered);

        Assert.Equal([("answered-200-days-ago", TodayReason.NoContact), ("never", TodayReason.NoContact)],
            list.Select(i => (i.Candidate.Id, i.Reason)));
        Assert.Equal(3, TodayList.Build(candidates, [], [], Now, options).Count);
    }

    [Fact]
    public void TheBoardShowsOpenExpiringMissedAndAnsweredAndCountsTheResponseByWhenACheckInClosed()
    {
        var a = Candidate("a", Today.AddMonths(-6));
        var b = Candidate("b", Today.AddMonths(-6), "coach-b");
        var checkIns = new[]
        {
            CheckIn("open", "a", Today.AddDays(-2), Today.AddDays(12), InvitationState.Open),
            CheckIn("expiring", "a", Today.AddDays(-12), Today.AddDays(2), InvitationState.Open),
            CheckIn("late", "a", Today.AddDays(-16), Today.AddDays(-1), InvitationState.Open),
            CheckIn("answered", "a", Today.AddDays(-40), Today.AddDays(-26), InvitationState.Answered, Now.AddDays(-30)),
            CheckIn("old", "a", Today.AddDays(-120), Today.AddDays(-100), InvitationState.Answered, Now.AddDays(-110)),
            CheckIn("missed", "b", Today.AddDays(-50), Today.AddDays(-36), InvitationState.Missed),
            CheckIn("cancelled", "b", Today.AddDays(-5), Today.AddDays(9), InvitationState.Cancelled),
        };

        var lines = CheckInBoard.Lines([a, b], checkIns, Now, CheckInBoard.ReadFrom(Now), null);
        var rates = new[] { a, b }.Select(c => (c.CoachId, ResponseWindow.Of(checkIns.Where(i => i.CandidateId == c.Id), Now))).ToList();

        Assert.Equal(["expiring", "open", "late", "missed", "answered"], lines.Select(l => l.CheckIn.Id));
        Assert.Equal([BoardState.Expiring, BoardState.Open, BoardState.Missed, BoardState.Missed, BoardState.Answered],
            lines.Select(l => l.State));
        Assert.Equal(["missed"], CheckInBoard.Lines([a, b], checkIns, Now, CheckInBoard.ReadFrom(Now), BoardState.Missed).Where(l => l.Candidate.Id == "b")
            .Select(l => l.CheckIn.Id));
        Assert.Equal([("coach-a", 1, 2), ("coach-b", 0, 1)], rates.Select(r => (r.CoachId, r.Item2.Answered, r.Item2.Sent)));
        Assert.Equal(50, rates[0].Item2.Percent);
        Assert.Null(ResponseWindow.None.Percent);
    }
}
