namespace IpsMonitor.Bench;

/// <summary>
/// A candidate three years into IPS: referred January 2023, a first job for a year, a few months looking, a second job
/// still open. About 21 candidate and 15 supervisor check-ins, 3 missed, every item answered, as the default cadence
/// produces them (4-weekly in onboarding, 8-weekly after). The second job has stalled, so the stagnation rule runs to
/// the end and writes its explanation, the most expensive path.
/// </summary>
internal static class ThreeYearHistory
{
    public static readonly DateOnly EvaluationDate = new(2026, 1, 9);

    public static readonly IReadOnlyDictionary<string, ScaleStatistics> Scales = new Dictionary<string, ScaleStatistics>
    {
        [ItemIds.WorkAbility] = new(2.1, 0.82),
        [ItemIds.SupervisorWorkAbility] = new(2.0, 0.80),
        [ItemIds.Satisfaction] = new(0.9, 0.70),
        [ItemIds.Energy] = new(1.0, 0.65),
    };

    public static CandidateHistory Build()
    {
        const string candidateId = "k-bench";
        var invitations = new List<Invitation>();
        var referral = new DateOnly(2023, 1, 9);
        var job1 = Job("job-1", candidateId, new DateOnly(2023, 4, 3), new DateOnly(2024, 3, 29));
        var job2 = Job("job-2", candidateId, new DateOnly(2024, 7, 1), null) with { Driegesprekken = Talks() };

        Candidate(invitations, candidateId, null, new DateOnly(2023, 1, 23), 5, 0);
        Candidate(invitations, candidateId, null, new DateOnly(2023, 3, 20), 5, 0);
        Employment(invitations, candidateId, job1, new DateOnly(2024, 3, 29), missedEvery: 0);
        Candidate(invitations, candidateId, null, new DateOnly(2024, 4, 15), 5, 0);
        invitations.Add(Missed(candidateId, Respondent.Candidate, null, new DateOnly(2024, 6, 10), invitations.Count));
        Employment(invitations, candidateId, job2, EvaluationDate, missedEvery: 4);

        var candidate = new Candidate(candidateId, "prog-1", "coach-1", null, "nl", [new Referral(referral, false, null, null)]);
        return new CandidateHistory(candidate, [job1, job2], invitations);
    }

    private static void Employment(List<Invitation> invitations, string candidateId, Job job, DateOnly until, int missedEvery)
    {
        var onboardingEnd = job.StartDate.AddMonths(3);
        var day = job.StartDate.AddDays(28);
        for (var n = 1; day <= until; n++)
        {
            var growing = day < onboardingEnd.AddMonths(3);
            var ability = Math.Min(8, 5 + n / 2);
            if (missedEvery > 0 && n % missedEvery == 0)
                invitations.Add(Missed(candidateId, Respondent.Candidate, job.Id, day, invitations.Count));
            else
                Candidate(invitations, candidateId, job.Id, day, ability, growing ? 1 : 0);
            if (n > 1)
                Supervisor(invitations, candidateId, job.Id, day.AddDays(2), ability, growing ? 1 : 0);
            day = day.AddDays(day < onboardingEnd ? 28 : 56);
        }
    }

    /// <summary>
    /// Three recorded driegesprekken on the open job: agreements done and one left overdue, an hours plan and new tasks
    /// from before the stagnation window, and a next talk that has passed, so the follow-up rules run to their end.
    /// </summary>
    private static List<Driegesprek> Talks()
    {
        Agreement Agreed(string id, DateOnly due, DateOnly? done) => new(id, "Afspraak " + id, AgreementOwner.Candidate, due) { DoneOn = done };
        Driegesprek Talk(string id, DateOnly date, IReadOnlyList<Agreement> agreements, HoursPlan? hours, string? newTasks) =>
            new(id, date, [TalkParticipant.Candidate, TalkParticipant.Supervisor, TalkParticipant.Coach], agreements, [], newTasks, null,
                hours, null, date.AddMonths(3), "coach-1");
        return
        [
            Talk("t1", new DateOnly(2024, 10, 7), [Agreed("g1", new DateOnly(2024, 10, 21), new DateOnly(2024, 10, 18))],
                new HoursPlan(20, 24, new DateOnly(2024, 12, 1)), "Kassa"),
            Talk("t2", new DateOnly(2025, 1, 13), [Agreed("g2", new DateOnly(2025, 2, 1), new DateOnly(2025, 2, 3))], null, null),
            Talk("t3", new DateOnly(2025, 6, 2), [Agreed("g3", new DateOnly(2025, 6, 30), null), Agreed("g4", new DateOnly(2025, 7, 14),
                new DateOnly(2025, 7, 10))], null, null),
        ];
    }

    private static Job Job(string id, string candidateId, DateOnly start, DateOnly? end) =>
        new(id, candidateId, "Werkgever", "Medewerker", "Logistiek", start, 24, true, PlacementKind.Regular, true, null, null, null, end,
            end is null ? null : "Contract niet verlengd",
            [new Adjustment(AdjustmentKind.ExtraBreaks, null, start, start.AddMonths(6), AdjustmentStatus.Active),
             new Adjustment(AdjustmentKind.StepwiseBuildUp, null, start, start.AddMonths(3), AdjustmentStatus.Reversed)],
            Disclosure.SupervisorOnly, new SupervisorContact(true, null, "Leidinggevende", "lg@example.org"));

    private static void Candidate(List<Invitation> invitations, string candidateId, string? jobId, DateOnly day, int ability, int growth) =>
        invitations.Add(Answered(candidateId, Respondent.Candidate, jobId, day, invitations.Count, new()
        {
            [ItemIds.HoursWorked] = Answer.Of(jobId is null ? 0 : 24),
            [ItemIds.ContractHours] = Answer.Of(jobId is null ? 0 : 24),
            [ItemIds.DesiredHours] = Answer.Of(28),
            [ItemIds.WorkAbility] = Answer.Of(ability),
            [ItemIds.Energy] = Answer.Of(4),
            [ItemIds.Workload] = Answer.Of(3),
            [ItemIds.Satisfaction] = Answer.Of(4),
            [ItemIds.Fit] = Answer.Of(3),
            [ItemIds.LearnedNew] = Answer.Of(growth == 1),
            [ItemIds.NewTasks] = Answer.Of(growth == 1),
            [ItemIds.WantsChallenge] = Answer.Of(growth == 0),
            [ItemIds.HasGoals] = Answer.Of(true),
            [ItemIds.TalkedDevelopment] = Answer.Of(false),
            [ItemIds.Support] = Answer.Of(4),
            [ItemIds.HelpNow] = Answer.Of("Meer afwisseling in mijn taken."),
        }));

    private static void Supervisor(List<Invitation> invitations, string candidateId, string jobId, DateOnly day, int ability, int growth) =>
        invitations.Add(Answered(candidateId, Respondent.Supervisor, jobId, day, invitations.Count, new()
        {
            [ItemIds.SupervisorProgress] = Answer.Of(4),
            [ItemIds.SupervisorSocialFit] = Answer.Of(4),
            [ItemIds.SupervisorWorkAbility] = Answer.Of(ability),
            [ItemIds.SupervisorFit] = Answer.Of(4),
            [ItemIds.SupervisorIndependent] = Answer.Of(4),
            [ItemIds.SupervisorTaskGrowth] = Answer.Of(growth == 1),
            [ItemIds.SupervisorReadyForMore] = Answer.Of("more_tasks"),
            [ItemIds.SupervisorAdjustmentsFit] = Answer.Of("yes"),
            [ItemIds.SupervisorCoachCollaboration] = Answer.Of(4),
            [ItemIds.SupervisorConcerns] = Answer.Of(false),
        }));

    private static Invitation Answered(string candidateId, Respondent respondent, string? jobId, DateOnly day, int n, Dictionary<string, Answer> answers) =>
        new($"inv-{n}", candidateId, respondent, jobId, day, At(day.AddDays(-7)), At(day.AddDays(7)), InvitationState.Answered, At(day),
            respondent == Respondent.Candidate ? "candidate-checkin" : "supervisor-checkin", 1, answers);

    private static Invitation Missed(string candidateId, Respondent respondent, string? jobId, DateOnly day, int n) =>
        new($"inv-{n}", candidateId, respondent, jobId, day, At(day.AddDays(-7)), At(day.AddDays(7)), InvitationState.Missed, null,
            respondent == Respondent.Candidate ? "candidate-checkin" : "supervisor-checkin", 1, new Dictionary<string, Answer>());

    private static DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(1));
}
