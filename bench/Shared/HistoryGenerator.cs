using Azure.Data.Tables;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;
using IpsMonitor.Signals;

namespace IpsMonitor.Bench;

/// <summary>
/// Three years of plausible IPS history from a seeded random source: referrals over the first year and a half, job starts for
/// about two thirds, some endings and second jobs, a candidate check-in every 4 weeks and a supervisor check-in every
/// 8 weeks in work with consent, about one in ten missed, and a few signals per candidate. Beside them what the coach and
/// the candidate record: a contact with the candidate every 3 to 5 weeks in a job's first year, a driegesprek at the end
/// of onboarding and then every 4 to 6 months (agreements mostly done, the adjustment kept at the first), and for about
/// two in five candidates in work one or two development goals.
/// </summary>
internal sealed class HistoryGenerator(string programmeId, Random random, DateOnly today)
{
    private static readonly string[] Sectors = ["Zorg", "Horeca", "Logistiek", "Schoonmaak", "Retail", "Groen", "ICT", "Techniek"];
    private readonly DateOnly start = today.AddDays(-3 * 365);
    private int jobSequence;
    private int contactSequence;

    public static string CoachId(int i) => $"c{i:D3}";

    public Chunk Generate(int first, int count, int coaches)
    {
        var chunk = new Chunk([], [], [], [], [], [], [], 0);
        for (var i = first; i < first + count; i++)
            chunk = Candidate(chunk, $"k{i:D5}", CoachId(i % coaches));
        return chunk;
    }

    private Chunk Candidate(Chunk chunk, string id, string coachId)
    {
        var referral = start.AddDays(random.Next(0, 548));
        DateOnly? discharge = random.NextDouble() < 0.2 ? Min(referral.AddDays(random.Next(120, 700)), today.AddDays(-1)) : null;
        var end = discharge ?? today.AddDays(-1);
        chunk.Candidates.Add(CandidateRows.ToRow(new Candidate(id, programmeId, coachId, null, "nl",
            [new Referral(referral, random.NextDouble() < 0.1, discharge, discharge is null ? null : "Werk is stabiel")]), null));
        // The index row enrolment writes: without it the pages refuse the candidate as unknown.
        chunk.Index.Add(new TableEntity(id, "") { ["ProgrammeId"] = programmeId });

        var jobs = new List<Job>();
        if (random.NextDouble() < 0.65 && referral.AddDays(30) < end)
        {
            jobs.Add(NewJob(id, Min(referral.AddDays(random.Next(30, 300)), end)));
            if (jobs[0].EndDate is { } ended && random.NextDouble() < 0.5 && ended.AddDays(20) < end)
                jobs.Add(NewJob(id, Min(ended.AddDays(random.Next(20, 120)), end)));
        }
        for (var j = 0; j < jobs.Count; j++)
        {
            jobs[j] = WithTalks(jobs[j], coachId, end);
            chunk.Jobs.Add(CandidateRows.ToRow(programmeId, jobs[j]));
            Contacts(chunk, jobs[j], coachId, end);
        }
        if (jobs.Count > 0 && random.NextDouble() < 0.4)
            for (var g = 1 + random.Next(2); g > 0; g--)
            {
                var written = Instant(Min(jobs[0].StartDate.AddDays(random.Next(14, 200)), end));
                var goal = new Development.DevelopmentGoal($"goal{g}", "Zelfstandig de bestellingen doen.",
                    random.NextDouble() < 0.7 ? Development.GoalState.Active : Development.GoalState.Reached, written, written);
                chunk.Goals.Add(Development.CandidateVoiceStore.GoalRow(programmeId, id, goal));
            }

        var answered = 0;
        var sequence = 0;
        for (var due = referral.AddDays(28); due <= end; due = due.AddDays(28))
        {
            var inWork = jobs.FirstOrDefault(j => j.IsOpenOn(due));
            answered += CheckIn(chunk, id, $"{++sequence:D4}", Respondent.Candidate, due, inWork) ? 1 : 0;
            if (inWork is { Supervisor.Consent: true } && sequence % 2 == 0)
                answered += CheckIn(chunk, id, $"{++sequence:D4}", Respondent.Supervisor, due, inWork) ? 1 : 0;
        }

        for (var s = random.Next(0, 5); s > 0; s--)
        {
            var opened = Instant(referral.AddDays(random.Next(0, Math.Max(1, end.DayNumber - referral.DayNumber))));
            var resolved = random.NextDouble() < 0.7 ? opened.AddDays(random.Next(14, 120)) : (DateTimeOffset?)null;
            var finding = Finding(DateOnly.FromDateTime(opened.UtcDateTime), jobs.FirstOrDefault());
            chunk.Signals.Add(SignalRows.ToRow(programmeId, new StoredSignal($"s{s}", id, finding.Key, finding.Type,
                finding.Severity, SignalRules.RuleVersion, finding.Facts, finding.Evidence, opened,
                resolved is { } r && r < Instant(today) ? r : null, null, null, null)));
        }
        return chunk with { Answered = chunk.Answered + answered };
    }

    /// <summary>A finding as the rules write one: their types, severities, keys and facts, never a made-up value.</summary>
    private SignalFinding Finding(DateOnly on, Job? job)
    {
        var roll = random.Next(job is null ? 2 : 4);
        Evidence[] evidence = [new(null, on, ItemIds.WorkAbility, "4")];
        return roll switch
        {
            0 => new(SignalTypes.Decline, SignalSeverity.Attention, $"{SignalTypes.Decline}:{ItemIds.WorkAbility}",
                new DeclineFacts(ItemIds.WorkAbility, on, 4, 7), evidence, SignalRules.RuleVersion),
            1 => new(SignalTypes.NoResponse, SignalSeverity.Attention, $"{SignalTypes.NoResponse}:candidate",
                new NoResponseFacts(Respondent.Candidate, 2, on.AddDays(-56)), [], SignalRules.RuleVersion),
            2 when job is not null => new(SignalTypes.HoursGap, SignalSeverity.Attention, $"{SignalTypes.HoursGap}:{job.Id}",
                new HoursGapFacts(3, 28, 20, on.AddDays(-84)), evidence, SignalRules.RuleVersion),
            3 when job is { EndDate: { } ended } => new(SignalTypes.TimelineJobEndedContact, SignalSeverity.Urgent,
                $"{SignalTypes.TimelineJobEndedContact}:{job.Id}", new JobEndedFacts(ended, ended.AddDays(3)), [],
                SignalRules.RuleVersion),
            _ => new(SignalTypes.Decline, SignalSeverity.Attention, $"{SignalTypes.Decline}:{ItemIds.Energy}",
                new DeclineFacts(ItemIds.Energy, on, 2, 4), [new(null, on, ItemIds.Energy, "2")], SignalRules.RuleVersion),
        };
    }

    private Job NewJob(string candidateId, DateOnly startDate)
    {
        var roll = random.NextDouble();
        var kind = roll < 0.8 ? PlacementKind.Regular : roll < 0.88 ? PlacementKind.Doelgroepbaan : roll < 0.95 ? PlacementKind.Proefplaatsing : PlacementKind.Werkervaringsplek;
        var competitive = kind is PlacementKind.Regular or PlacementKind.Doelgroepbaan;
        decimal hours = random.NextDouble() < 0.08 ? random.Next(2, 4) : random.Next(8, 37);
        DateOnly? end = random.NextDouble() < 0.35 ? startDate.AddDays(random.Next(60, 500)) : null;
        if (end >= today)
            end = null;
        return new Job($"j{++jobSequence:D6}", candidateId, "Werkgever", "Medewerker", Sectors[random.Next(Sectors.Length)], startDate, hours,
            competitive, kind, hours < 4 && random.NextDouble() < 0.5, kind == PlacementKind.Proefplaatsing ? startDate.AddMonths(3) : null,
            null, null, end, end is null ? null : "Contract afgelopen",
            [new Adjustment(AdjustmentKind.ExtraBreaks, null, startDate, startDate.AddMonths(3), AdjustmentStatus.Active) { Id = "a1" }],
            Disclosure.SupervisorOnly, new SupervisorContact(random.NextDouble() < 0.6, null, "Leidinggevende", "chef@example.org"));
    }

    /// <summary>A contact with the candidate every 3 to 5 weeks of the job's first year, as the coach logs them.</summary>
    private void Contacts(Chunk chunk, Job job, string coachId, DateOnly end)
    {
        var last = Min(Min(job.EndDate ?? end, job.StartDate.AddYears(1)), end);
        for (var day = job.StartDate.AddDays(random.Next(2, 10)); day <= last; day = day.AddDays(random.Next(21, 36)))
        {
            var with = random.NextDouble() < 0.8 ? ContactWith.Candidate : ContactWith.Both;
            var means = random.NextDouble() < 0.5 ? ContactMeans.InPerson : ContactMeans.Phone;
            chunk.Contacts.Add(ContactStore.ToRow(programmeId, new Contact($"x{++contactSequence:D7}", job.CandidateId, day, with, means,
                [ContactTopic.WorkAndTasks], null, coachId, Instant(day))));
        }
    }

    /// <summary>
    /// The job with its driegesprekken as the product records them: the first at the end of onboarding, which keeps the
    /// adjustment (written into its history too), then every 4 to 6 months while the job runs, each with one or two
    /// agreements, most done by their date, and the next date.
    /// </summary>
    private Job WithTalks(Job job, string coachId, DateOnly end)
    {
        var talks = new List<Driegesprek>();
        var adjustments = job.Adjustments.ToList();
        var agreements = 0;
        for (var day = job.StartDate.AddMonths(3); day <= Min(job.EndDate ?? end, end); day = day.AddDays(random.Next(120, 180)))
        {
            var made = new List<Agreement>();
            for (var a = 1 + random.Next(2); a > 0; a--)
            {
                var due = day.AddDays(random.Next(14, 43));
                made.Add(new Agreement($"g{++agreements}", "Rooster voor de ochtend afspreken.", (AgreementOwner)random.Next(3), due)
                {
                    DoneOn = due < end && random.NextDouble() < 0.75 ? due.AddDays(-random.Next(0, 7)) : null,
                });
            }
            List<TalkDecision> decisions = [];
            if (talks.Count == 0 && adjustments.Count > 0)
            {
                decisions.Add(new TalkDecision(adjustments[0].Id, AdjustmentDecisionKind.Keep, "Helpt om de dag vol te houden.", null));
                adjustments[0] = adjustments[0].Decide(new AdjustmentDecision(AdjustmentDecisionKind.Keep, day, coachId,
                    "Helpt om de dag vol te houden.", null, adjustments[0].ReviewDate));
            }
            talks.Add(new Driegesprek($"t{talks.Count + 1}", day, [TalkParticipant.Candidate, TalkParticipant.Supervisor, TalkParticipant.Coach],
                made, decisions, null, null, null, null, day.AddDays(random.Next(120, 180)), coachId));
        }
        return job with { Adjustments = adjustments, Driegesprekken = talks };
    }

    /// <summary>One check-in, answered (true) or missed; answers drift a little with time in work, as people do.</summary>
    private bool CheckIn(Chunk chunk, string candidateId, string id, Respondent respondent, DateOnly due, Job? job)
    {
        var created = Instant(due);
        var answered = random.NextDouble() < 0.9;
        var answers = answered ? (respondent == Respondent.Candidate ? CandidateAnswers(job) : SupervisorAnswers()) : new Dictionary<string, Answer>();
        var invitation = new Invitation(id, candidateId, respondent, job?.Id, due, created, created.AddDays(14),
            answered ? InvitationState.Answered : InvitationState.Missed, answered ? created.AddDays(random.Next(0, 10)).AddHours(random.Next(8, 20)) : null,
            respondent == Respondent.Candidate ? "candidate-checkin" : "supervisor-checkin", 1, answers);
        chunk.Invitations.Add(InvitationRows.ToRow(programmeId, invitation, null, null));
        return answered;
    }

    private Dictionary<string, Answer> CandidateAnswers(Job? job)
    {
        var answers = new Dictionary<string, Answer>
        {
            [ItemIds.WorkAbility] = Answer.Of(random.Next(3, 11)),
            [ItemIds.Energy] = Answer.Of(random.Next(1, 6)),
            [ItemIds.Workload] = Answer.Of(random.Next(1, 6)),
            [ItemIds.Satisfaction] = Answer.Of(random.Next(2, 6)),
            [ItemIds.Fit] = Answer.Of(random.Next(2, 6)),
            [ItemIds.Support] = Answer.Of(random.Next(2, 6)),
            [ItemIds.LearnedNew] = Answer.Of(random.NextDouble() < 0.5),
            [ItemIds.WantsChallenge] = Answer.Of(random.NextDouble() < 0.4),
            [ItemIds.HasGoals] = Answer.Of(random.NextDouble() < 0.6),
        };
        if (job is not null)
        {
            answers[ItemIds.ContractHours] = Answer.Of(job.ContractHoursPerWeek);
            answers[ItemIds.HoursWorked] = Answer.Of(Math.Max(0, job.ContractHoursPerWeek + random.Next(-4, 3)));
            answers[ItemIds.DesiredHours] = Answer.Of(job.ContractHoursPerWeek + random.Next(0, 9));
            answers[ItemIds.NewTasks] = Answer.Of(random.NextDouble() < 0.3);
            answers[ItemIds.TalkedDevelopment] = Answer.Of(random.NextDouble() < 0.4);
        }
        if (random.NextDouble() < 0.3)
            answers[ItemIds.HelpNow] = Answer.Of("Een vast aanspreekpunt en iets meer uren zou helpen.");
        return answers;
    }

    private Dictionary<string, Answer> SupervisorAnswers() => new()
    {
        [ItemIds.SupervisorProgress] = Answer.Of(random.Next(2, 6)),
        [ItemIds.SupervisorSocialFit] = Answer.Of(random.Next(2, 6)),
        [ItemIds.SupervisorWorkAbility] = Answer.Of(random.Next(3, 11)),
        [ItemIds.SupervisorFit] = Answer.Of(random.Next(2, 6)),
        [ItemIds.SupervisorIndependent] = Answer.Of(random.Next(2, 6)),
        [ItemIds.SupervisorTaskGrowth] = Answer.Of(random.NextDouble() < 0.3),
        [ItemIds.SupervisorReadyForMore] = Answer.Of(random.NextDouble() < 0.5 ? "not_now" : "more_tasks"),
        [ItemIds.SupervisorCoachCollaboration] = Answer.Of(random.Next(3, 6)),
        [ItemIds.SupervisorConcerns] = Answer.Of(random.NextDouble() < 0.1),
    };

    private static DateTimeOffset Instant(DateOnly day) => new(day.ToDateTime(new TimeOnly(9, 0)), TimeSpan.Zero);

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}

internal sealed record Chunk(List<TableEntity> Candidates, List<TableEntity> Index, List<TableEntity> Jobs,
    List<TableEntity> Invitations, List<TableEntity> Signals, List<TableEntity> Contacts, List<TableEntity> Goals, int Answered);
