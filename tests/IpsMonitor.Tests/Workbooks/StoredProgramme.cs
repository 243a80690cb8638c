namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// Writes a small programme straight into storage through the stores, relative to the quarter that closed last, and keeps
/// the same records in memory: the expected figures are computed from those, the workbook from what storage gives back.
/// </summary>
internal sealed class StoredProgramme(TestProgramme p, string programmeId)
{
    private readonly List<Candidate> candidates = [];
    private readonly List<Job> jobs = [];
    private readonly List<Invitation> invitations = [];
    private readonly List<SignalHistory> signals = [];
    private readonly List<LoggedContact> contacts = [];
    private readonly List<GoalFact> goals = [];

    public Quarter Quarter { get; } = Quarter.LastClosedAt(p.Clock.GetUtcNow(), Quarter.Amsterdam);

    public ProgrammeData Expected(IReadOnlyList<Coach> coaches) =>
        new(programmeId, coaches, candidates, jobs, invitations, signals) { SignalRuleVersion = signals.Count > 0 ? "rules-2" : null, Contacts = contacts, Goals = goals };

    /// <summary>The seeded programme on a running host; when built, the quarterly timer has run once over it.</summary>
    public static async Task<StoredProgramme> SeededAsync(TestProgramme p, bool built = false)
    {
        var seed = new StoredProgramme(p, TestProgramme.Id);
        await seed.SeedAsync();
        if (built)
            await StoredWorkbooks.BuildAsync(p);
        return seed;
    }

    /// <summary>A handful of candidates covering the main outcome rules, with check-ins and signals.</summary>
    public async Task SeedAsync()
    {
        var q = Quarter.Start;
        var c1 = await CandidateAsync("k1", "coach-a", q.AddDays(-100), employed: false);
        await JobAsync("j1", c1, q.AddDays(10), 24);
        await AnsweredAsync("i1", c1, q.AddDays(20), workAbility: 6, energy: 4);
        await AnsweredAsync("i2", c1, q.AddDays(-40), workAbility: 4, energy: 3);
        await AnsweredAsync("i3", c1, q.AddDays(60), workAbility: 8, energy: 5);
        // A contact during work: the pages show it, and the quarter counts it.
        await ContactAsync("c1", c1, q.AddDays(61), ContactWith.Candidate);
        await p.Service<ObservationStore>().AddAsync(programmeId, new CoachObservation("o1", c1, q.AddDays(61), 7, 4, true, 3,
            ObservedNextStep.NotNow, null, "coach-a", p.Clock.GetUtcNow()), CancellationToken.None);

        var c2 = await CandidateAsync("k2", "coach-a", q.AddDays(5), employed: true);
        await JobAsync("j2", c2, q.AddDays(-400), 32);
        await AnsweredAsync("i4", c2, q.AddDays(30), workAbility: 7, energy: 4);

        var c3 = await CandidateAsync("k3", "coach-b", q.AddDays(-200), employed: false);
        await MissedAsync("i5", c3, q.AddDays(45));

        var c4 = await CandidateAsync("k4", "coach-b", q.AddDays(-300), employed: false);
        await JobAsync("j4", c4, q.AddDays(-150), 20, end: q.AddDays(20));
        await AnsweredAsync("i6", c4, q.AddDays(15), workAbility: 5, energy: 2);

        var c5 = await CandidateAsync("k5", "coach-a", q.AddDays(30), employed: false);
        await JobAsync("j5", c5, q.AddDays(40), 3);

        await SignalAsync(c1, "s1", "decline", q.AddDays(25), q.AddDays(50));
        await SignalAsync(c3, "s2", "no_response", q.AddDays(50), null);
        await SignalAsync(c4, "s3", "ips_timeline", q.AddDays(-10), null);
        // A signal of a candidate that is not on file (erased): stored, never reported.
        await SignalAsync("k-gone", "s4", "decline", q.AddDays(12), null, expected: false);
    }

    public async Task<string> CandidateAsync(string id, string coachId, DateOnly referral, bool employed)
    {
        var candidate = new Candidate($"{programmeId}-{id}", programmeId, coachId, null, "nl", [new Referral(referral, employed, null, null)]);
        await p.Service<CaseloadStore>().EnrolAsync(candidate, null, CancellationToken.None);
        candidates.Add(candidate);
        return candidate.Id;
    }

    public async Task JobAsync(string id, string candidateId, DateOnly start, decimal hours, DateOnly? end = null)
    {
        var job = new Job(id, candidateId, "Bakkerij", "Medewerker", "Voeding", start, hours, true, PlacementKind.Regular, false,
            null, null, null, end, end is null ? null : "Contract afgelopen", [], Disclosure.None, SupervisorContact.None);
        await p.Service<CaseloadStore>().SaveJobAsync(programmeId, job, CancellationToken.None);
        jobs.Add(job);
    }

    /// <summary>A job as given, through the store: for jobs with recorded driegesprekken and adjustments.</summary>
    public async Task SaveJobAsync(Job job)
    {
        await p.Service<CaseloadStore>().SaveJobAsync(programmeId, job, CancellationToken.None);
        jobs.RemoveAll(j => j.Id == job.Id && j.CandidateId == job.CandidateId);
        jobs.Add(job);
    }

    /// <summary>A contact in the coach's log, as the contact form stores it.</summary>
    public async Task ContactAsync(string id, string candidateId, DateOnly day, ContactWith with)
    {
        await p.Service<ContactStore>().AddAsync(programmeId, new Contact(id, candidateId, day, with, ContactMeans.Phone,
            [ContactTopic.WorkAndTasks], "Belde over het rooster", "coach-a", p.Clock.GetUtcNow()), CancellationToken.None);
        contacts.Add(new LoggedContact(candidateId, day));
    }

    /// <summary>A goal in "Mijn ontwikkeling", written on one day and last changed on another.</summary>
    public async Task GoalAsync(string id, string candidateId, DateOnly written, IpsMonitor.Development.GoalState state, DateOnly changed)
    {
        await p.Service<IpsMonitor.Development.CandidateVoiceStore>().SaveGoalAsync(programmeId, candidateId,
            new IpsMonitor.Development.DevelopmentGoal(id, "Zelf mijn rooster plannen", state, Noon(written), Noon(changed)), CancellationToken.None);
        goals.Add(new GoalFact(candidateId, state, written, changed));
    }

    /// <summary>A point for the next talk: stored beside the goals, never a goal.</summary>
    public Task PointAsync(string id, string candidateId, DateOnly written) =>
        p.Service<IpsMonitor.Development.CandidateVoiceStore>().SavePointAsync(programmeId, candidateId,
            new IpsMonitor.Development.TalkPoint(id, "Over mijn pauzes", Noon(written), null), CancellationToken.None);

    private async Task AnsweredAsync(string id, string candidateId, DateOnly day, int workAbility, int energy)
    {
        var answers = new Dictionary<string, Answer>
        {
            [ItemIds.WorkAbility] = Answer.Of(workAbility),
            [ItemIds.Energy] = Answer.Of(energy),
            [ItemIds.HelpNow] = Answer.Of("Meer uren"),
        };
        var at = Noon(day);
        await CloseAsync(Open(id, candidateId, at) with { State = InvitationState.Answered, AnsweredAt = at, Answers = answers });
    }

    private async Task MissedAsync(string id, string candidateId, DateOnly day) =>
        await CloseAsync(Open(id, candidateId, Noon(day)) with { State = InvitationState.Missed });

    private static Invitation Open(string id, string candidateId, DateTimeOffset at) =>
        new(id, candidateId, Respondent.Candidate, null, DateOnly.FromDateTime(at.UtcDateTime), at.AddDays(-3), at,
            InvitationState.Open, null, "candidate-checkin", 1, new Dictionary<string, Answer>());

    /// <summary>Created open and then closed, as a respondent's submit or the daily sweep does it.</summary>
    private async Task CloseAsync(Invitation closed)
    {
        var store = p.Service<CheckInStore>();
        var open = closed with { State = InvitationState.Open, AnsweredAt = null, Answers = new Dictionary<string, Answer>() };
        Assert.True(await store.TryCreateAsync(programmeId, open, CancellationToken.None));
        var file = await store.GetAsync(programmeId, open.CandidateId, open.Id, CancellationToken.None);
        Assert.True(await store.CloseAsync(file!, closed, QueueNames.CheckInSubmitted, CancellationToken.None));
        invitations.Add(closed);
    }

    /// <summary>Written through the signal store, so the rows (and each candidate's version row) are exactly what production keeps.</summary>
    private async Task SignalAsync(string candidateId, string id, string type, DateOnly opened, DateOnly? resolved, bool expected = true)
    {
        var store = p.Service<IpsMonitor.Signals.SignalStore>();
        var (_, version) = await store.LoadAsync(programmeId, candidateId, CancellationToken.None);
        var signal = new IpsMonitor.Signals.StoredSignal(id, candidateId, $"{type}:{id}", type, IpsMonitor.Signals.SignalSeverity.Attention, "rules-2",
            new IpsMonitor.Signals.TrialPastEndFacts(opened, 1), [], Noon(opened), resolved is { } r ? Noon(r) : null, null, null, null);
        Assert.True(await store.TrySaveAsync(programmeId, candidateId, new IpsMonitor.Signals.ReconcilePlan([signal], [], []), version, Noon(opened), CancellationToken.None));
        // As every writer of signals does: the lists follow.
        await p.Service<CaseloadSummaries>().RefreshAsync(programmeId, candidateId, CancellationToken.None);
        if (expected)
            signals.Add(new SignalHistory(candidateId, candidates.Single(c => c.Id == candidateId).CoachId, type, "attention", Noon(opened), resolved is { } at ? Noon(at) : null));
    }

    private static DateTimeOffset Noon(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero);
}
