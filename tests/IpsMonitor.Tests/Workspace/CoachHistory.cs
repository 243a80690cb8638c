namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// A candidate with a real history in storage: in work for 200 days, three check-ins after onboarding with work ability
/// flat at 6 while wanting more challenge, and two supervisor check-ins; the signal engine then opens development
/// stagnation. Also a candidate of the same coach with nothing open, and one of the other coach.
/// </summary>
internal static class CoachHistory
{
    public sealed record Seeded(string Stalled, string Calm, string OtherCoach, string JobId, IReadOnlyList<(DateOnly Date, decimal Value)> CandidateWorkAbility,
        IReadOnlyList<(DateOnly Date, decimal Value)> SupervisorWorkAbility);

    public static async Task<Seeded> SeedAsync(TestProgramme p)
    {
        var caseload = p.Service<CaseloadStore>();
        var store = p.Service<CheckInStore>();
        var today = p.Today;
        var stalled = await EnrolAsync(caseload, "coach-a", today.AddDays(-240), "dossier-17");
        var calm = await EnrolAsync(caseload, "coach-a", today.AddDays(-30), "dossier-18");
        var other = await EnrolAsync(caseload, "coach-b", today.AddDays(-30), "dossier-19");

        var job = new Job("j-" + Secrets.NewId(3), stalled, "Bakkerij De Korenaar", "Medewerker productie", "Voeding", today.AddDays(-200), 24, true,
            PlacementKind.Regular, false, null, null, null, null, null,
            [new Adjustment(AdjustmentKind.ExtraBreaks, null, today.AddDays(-200), today.AddDays(5), AdjustmentStatus.Active)],
            Disclosure.SupervisorOnly, new SupervisorContact(true, p.Clock.GetUtcNow(), "Werkbegeleider", "chef@example.org"));
        await caseload.SaveJobAsync(TestProgramme.Id, job, CancellationToken.None);

        var mine = new List<(DateOnly, decimal)> { (today.AddDays(-100), 6), (today.AddDays(-44), 6), (today.AddDays(-2), 6) };
        var theirs = new List<(DateOnly, decimal)> { (today.AddDays(-98), 6), (today.AddDays(-40), 5) };
        var n = 0;
        foreach (var (day, value) in mine)
        {
            await AnsweredAsync(store, stalled, Respondent.Candidate, job.Id, day, ++n, new Dictionary<string, Answer>
            {
                [ItemIds.WorkAbility] = Answer.Of(value), [ItemIds.NewTasks] = Answer.Of(false), [ItemIds.LearnedNew] = Answer.Of(false),
                [ItemIds.WantsChallenge] = Answer.Of(true), [ItemIds.DesiredHours] = Answer.Of(24), [ItemIds.HoursWorked] = Answer.Of(24),
                [ItemIds.Fit] = Answer.Of(4), [ItemIds.HasGoals] = Answer.Of(true),
                [ItemIds.HelpNow] = Answer.Of(n == 3 ? "Een nieuwe taak erbij, bijvoorbeeld de bestellingen." : "Rust."),
            });
        }
        foreach (var (day, value) in theirs)
        {
            await AnsweredAsync(store, stalled, Respondent.Supervisor, job.Id, day, ++n, new Dictionary<string, Answer>
            {
                [ItemIds.SupervisorWorkAbility] = Answer.Of(value), [ItemIds.SupervisorFit] = Answer.Of(4), [ItemIds.SupervisorTaskGrowth] = Answer.Of(false),
                [ItemIds.SupervisorIndependent] = Answer.Of(3),
            });
        }
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, stalled, CancellationToken.None);
        var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, stalled, CancellationToken.None);
        Assert.Contains(signals, s => s.Type == SignalTypes.DevelopmentStagnation && s.ResolvedAt is null);
        return new Seeded(stalled, calm, other, job.Id, mine, theirs);
    }

    internal static async Task<string> EnrolAsync(CaseloadStore caseload, string coach, DateOnly referral, string reference)
    {
        var candidate = new Candidate("k-" + Secrets.NewId(5), TestProgramme.Id, coach, reference, "nl", [new Referral(referral, false, null, null)]);
        await caseload.EnrolAsync(candidate, null, CancellationToken.None);
        return candidate.Id;
    }

    internal static async Task AnsweredAsync(CheckInStore store, string candidateId, Respondent respondent, string jobId, DateOnly day, int n, Dictionary<string, Answer> answers)
    {
        var at = new DateTimeOffset(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));
        var invitation = new Invitation($"{(respondent == Respondent.Candidate ? "c" : "s")}-seed-{n}", candidateId, respondent, jobId, day, at.AddDays(-3), at.AddDays(11),
            InvitationState.Answered, at, respondent == Respondent.Candidate ? QuestionnaireCatalog.CandidateCheckIn : QuestionnaireCatalog.SupervisorCheckIn, 1, answers);
        Assert.True(await store.TryCreateAsync(TestProgramme.Id, invitation, CancellationToken.None));
    }
}
