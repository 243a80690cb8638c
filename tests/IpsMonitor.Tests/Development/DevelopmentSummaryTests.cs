using IpsMonitor.Development;

namespace IpsMonitor.Tests.Development;

public sealed class DevelopmentSummaryTests
{
    private static DevelopmentPoint Point(int month, decimal workAbility, decimal energy, decimal? worked = null, decimal? wanted = null, bool? goals = null) =>
        new(new DateOnly(2026, month, 1), workAbility, energy, null, null, worked, wanted, null, null, goals);

    [Fact]
    public void TheSummaryNamesGrowthAndADropAsSomethingToTalkAbout()
    {
        var lines = DevelopmentSummary.For([Point(3, 5, 4, 16, 16, goals: false), Point(5, 7, 2, 16, 16, goals: false)], DevelopmentText.Dutch);

        Assert.Equal(
        [
            "Je werkvermogen is gegroeid: van 5 naar 7.",
            "Je hebt de laatste tijd minder energie over. Bespreek gerust met je IPS-begeleider wat je kan helpen.",
            "Je werkt ongeveer zoveel uren als je wilt.",
            "Wil je een doel kiezen om aan te werken? Je IPS-begeleider helpt je graag.",
        ], lines);
    }

    [Fact]
    public void ASmallMoveReadsAsAboutTheSameAndOneCheckInAsAStart()
    {
        Assert.Equal("Your work ability has stayed about the same: now 6.5.",
            DevelopmentSummary.For([Point(3, 6, 3), Point(5, 6.5m, 3)], DevelopmentText.English)[0]);
        Assert.Equal([DevelopmentText.Dutch.FirstCheckIn], DevelopmentSummary.For([Point(3, 6, 3)], DevelopmentText.Dutch));
        Assert.Equal([DevelopmentText.Dutch.NoCheckIns], DevelopmentSummary.For([], DevelopmentText.Dutch));
    }

    [Fact]
    public void OnlyTheCandidatesOwnAnsweredCheckInsCountOldestFirstAndAtMostTwelve()
    {
        var at = new DateTimeOffset(2026, 1, 5, 10, 0, 0, TimeSpan.Zero);
        Invitation Make(string id, Respondent respondent, InvitationState state, int week, decimal workAbility) =>
            new(id, "k-1", respondent, null, DateOnly.FromDateTime(at.UtcDateTime), at, at.AddDays(14), state, state == InvitationState.Answered ? at.AddDays(7 * week) : null,
                "q", 1, new Dictionary<string, Answer> { [ItemIds.WorkAbility] = Answer.Of(workAbility) });
        var invitations = Enumerable.Range(0, 14).Select(w => Make($"c-{w}", Respondent.Candidate, InvitationState.Answered, 14 - w, w % 11))
            // Even if a supervisor's check-in carried a candidate item, it never reaches the view; nor do open or missed ones.
            .Append(Make("s-1", Respondent.Supervisor, InvitationState.Answered, 20, 10))
            .Append(Make("c-open", Respondent.Candidate, InvitationState.Open, 21, 10))
            .Append(Make("c-missed", Respondent.Candidate, InvitationState.Missed, 22, 10));

        var points = DevelopmentHistory.Of(invitations);

        Assert.Equal(DevelopmentHistory.MaxPoints, points.Count);
        Assert.Equal(Enumerable.Range(0, 12).Select(w => (decimal?)((11 - w) % 11)), points.Select(p => p.WorkAbility));
        Assert.True(points.Zip(points.Skip(1)).All(pair => pair.First.Date < pair.Second.Date));
    }
}
