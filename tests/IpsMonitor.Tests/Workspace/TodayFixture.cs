namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The "Vandaag" fixture, in storage as the product writes it, for coach-a: a job that ended 2 days ago (contact
/// by tomorrow), a search of 13 months (urgent, no deadline), a 7-month search whose signal coach-a acknowledged (and who
/// answered a check-in 20 days ago, so is not silent), and a check-in whose link works until tomorrow. Coach-b has a
/// 13-month search of their own, which coach-a never sees. The signals come from the signal engine.
/// </summary>
internal static class TodayFixture
{
    public sealed record Seeded(string JobEnded, string LongSearch, string Acknowledged, string Expiring, string OtherCoach)
    {
        /// <summary>The order "Vandaag" must show for coach-a.</summary>
        public IReadOnlyList<string> Order => [JobEnded, Expiring, LongSearch, Acknowledged];
    }

    public static async Task<Seeded> SeedAsync(TestProgramme p)
    {
        var caseload = p.Service<CaseloadStore>();
        var checkIns = p.Service<CheckInStore>();
        var today = p.Today;
        var now = p.Clock.GetUtcNow();
        var ended = await CoachHistory.EnrolAsync(caseload, "coach-a", today.AddDays(-200), "baan-gestopt");
        var search = await CoachHistory.EnrolAsync(caseload, "coach-a", today.AddMonths(-13), "zoekt-13-mnd");
        var seen = await CoachHistory.EnrolAsync(caseload, "coach-a", today.AddMonths(-7), "gezien");
        var expiring = await CoachHistory.EnrolAsync(caseload, "coach-a", today.AddDays(-20), "checkin-morgen");
        var other = await CoachHistory.EnrolAsync(caseload, "coach-b", today.AddMonths(-13), "ander-team");

        await caseload.SaveJobAsync(TestProgramme.Id, new Job("j-ended", ended, "Drukkerij Van Dam", "Inpakker", "C",
            today.AddDays(-150), 16, true, PlacementKind.Regular, false, null, null, null, today.AddDays(-2), null, [],
            Disclosure.None, new SupervisorContact(false, null, null, null)), CancellationToken.None);
        var answeredAt = now.AddDays(-20);
        Assert.True(await checkIns.TryCreateAsync(TestProgramme.Id, new Invitation("c-seen-1", seen, Respondent.Candidate, null,
            ProgrammeTime.DateOf(answeredAt), answeredAt.AddDays(-2), answeredAt.AddDays(12), InvitationState.Answered, answeredAt,
            QuestionnaireCatalog.CandidateCheckIn, 1, new Dictionary<string, Answer>()), CancellationToken.None));
        Assert.True(await checkIns.TryCreateAsync(TestProgramme.Id, new Invitation("c-open-1", expiring, Respondent.Candidate, null,
            today.AddDays(-13), now.AddDays(-13), ProgrammeTime.EndOf(today.AddDays(1)), InvitationState.Open, null,
            QuestionnaireCatalog.CandidateCheckIn, 1, new Dictionary<string, Answer>()), CancellationToken.None));

        var recompute = p.Service<SignalRecompute>();
        foreach (var id in new[] { ended, search, seen, expiring, other })
            await recompute.RunAsync(TestProgramme.Id, id, CancellationToken.None);
        var signals = p.Service<SignalStore>();
        var (mine, _) = await signals.LoadAsync(TestProgramme.Id, seen, CancellationToken.None);
        var signal = Assert.Single(mine, s => s.IsOpen);
        Assert.NotNull(await signals.AcknowledgeAsync(TestProgramme.Id, seen, signal.Id, "coach-a", "Besproken", now, CancellationToken.None));
        // As the acknowledgement's handler does: the lists follow.
        await p.Service<CaseloadSummaries>().RefreshAsync(TestProgramme.Id, seen, CancellationToken.None);
        return new Seeded(ended, search, seen, expiring, other);
    }
}
