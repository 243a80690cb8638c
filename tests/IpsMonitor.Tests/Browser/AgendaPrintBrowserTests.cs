using IpsMonitor.Development;
using IpsMonitor.Tests.Workspace;
using IpsMonitor.Workspace;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// The driegesprek agenda keeps its one-page promise whatever the data: four long "what would help you now?" answers,
/// six adjustments due, five open signals, all three perspectives in the charts (candidate, supervisor and the coach's
/// own observations), last talk's three agreements and six decisions, and the candidate's three goals and five points at
/// their longest still print on exactly one A4 page, with a header that names the candidate
/// by local reference, the job, the employer and the day, and a note that the full answers are on screen.
/// </summary>
public sealed class AgendaPrintBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Reference = "dossier-42";

    private static readonly AdjustmentKind[] Kinds = [AdjustmentKind.ExtraBreaks, AdjustmentKind.FewerHours, AdjustmentKind.LaterHours,
        AdjustmentKind.QuietWorkplace, AdjustmentKind.MoreTimePerTask, AdjustmentKind.FixedContactPerson];

    [Fact]
    public async Task AFullAgendaPrintsOnExactlyOneA4PageWithItsHeaderAndTheLongAnswersShortened()
    {
        await using var p = await TestProgramme.StartAsync();
        var (candidateId, answers, voice) = await SeedFullAgendaAsync(p);
        var page = await CandidatePageAsync(p, candidateId, 1280, 800);

        var onScreen = await page.Locator("#driegesprek").InnerTextAsync();
        Assert.All(answers, a => Assert.Contains(a, onScreen, StringComparison.Ordinal));
        Assert.All(voice, v => Assert.Contains(v, onScreen, StringComparison.Ordinal));
        Assert.Equal(6, await page.Locator("#driegesprek section", new() { HasText = StaffText.Nl.AdjustmentsToReview }).Locator("li").CountAsync());

        var workAbility = page.Locator("#driegesprek figure", new() { Has = page.Locator("svg[data-dimension='work_ability']") });
        Assert.Equal(3, await workAbility.Locator("g[data-series]").CountAsync());
        Assert.Equal(3, await workAbility.Locator("g[data-series='coach'] rect").CountAsync());
        Assert.Contains("Begeleider", await workAbility.Locator(".legend").InnerTextAsync(), StringComparison.Ordinal);
        // On screen the supervisor's fit of each adjustment on its own line, by its whole name.
        var supervisorVoice = await page.Locator("#driegesprek .supervisor-voice").InnerTextAsync();
        Assert.Contains("Aanpassing „Extra pauzes: Afgesproken met de chef, zie het gespreksverslag van de start”", supervisorVoice,
            StringComparison.Ordinal);
        Assert.Equal(Kinds.Length, await page.Locator("#driegesprek .supervisor-voice dt", new() { HasText = "Aanpassing „" }).CountAsync());

        var pages = await PrintedPages.CountAsync(page, "driegesprek-full");
        Assert.True(pages == 1, $"the full agenda prints on {pages} pages");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.Locator("main").InnerTextAsync();
        var today = StaffLayoutDate(p.Today);
        Assert.Contains($"Driegesprek · {Reference} ({candidateId}) · Kok bij Hotel De Zon · {today}", printed, StringComparison.Ordinal);
        Assert.All(answers, a => Assert.DoesNotContain(a, printed, StringComparison.Ordinal));
        Assert.Contains(answers[0][..100], printed, StringComparison.Ordinal);
        Assert.Contains("de volledige tekst staat op het scherm", printed, StringComparison.Ordinal);
        Assert.Contains("Extra pauzes", printed, StringComparison.Ordinal);
        // On paper all six on one line, by kind.
        // Each fit stays with its adjustment at a line end (no-break spaces after the colon).
        Assert.Contains("Extra pauzes:\u00a0past\u00a0niet\u00a0meer · Minder uren:\u00a0deels · Latere werktijden:\u00a0past · "
            + "Rustige werkplek:\u00a0past\u00a0niet\u00a0meer", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Aanpassing „", printed, StringComparison.Ordinal);

        // What the talk needs is on paper too, shortened: every goal and point of the candidate, each of last talk's
        // agreements with its state, and every decision on the adjustments.
        for (var n = 1; n <= CandidateVoice.MaxGoals; n++)
            Assert.Contains($"“Doel {n}: zelfstandig", printed, StringComparison.Ordinal);
        for (var n = 1; n <= CandidateVoice.MaxOpenPoints; n++)
            Assert.Contains($"“Punt {n}: hoe het rooster", printed, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"en nog \d+ op het scherm", printed);
        Assert.All(voice, v => Assert.DoesNotContain(v, printed, StringComparison.Ordinal));
        Assert.Contains(" · Leidinggevende · klaar op ", printed, StringComparison.Ordinal);
        Assert.Contains(" · te laat", printed, StringComparison.Ordinal);
        Assert.Contains(" · open", printed, StringComparison.Ordinal);
        Assert.Contains(" · afgerond op ", printed, StringComparison.Ordinal);
        for (var n = 1; n <= Kinds.Length; n++)
            Assert.Contains($"Effect {n}: minder moe", printed, StringComparison.Ordinal);

        // The same full agenda on a phone: no serious accessibility finding, no sideways scrolling at 100% or 200% text.
        var phone = await CandidatePageAsync(p, candidateId, 390, 844, bypassCsp: true);
        var screenshots = Path.Combine(Repo.Root, "TestResults", "screenshots", "staff");
        Directory.CreateDirectory(screenshots);
        Assert.Empty(await PageActions.StaffPageProblemsAsync(phone, "agenda-full-390", screenshots));
    }

    private async Task<IPage> CandidatePageAsync(TestProgramme p, string candidateId, int width, int height, bool bypassCsp = false)
    {
        var page = await chromium.StaffPageAsync(width, height, bypassCsp);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"], "staff/sign-in");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{candidateId}").ToString());
        return page;
    }

    private static readonly string[] FitAnswers = ["no", "partly", "yes"];

    /// <summary>A sentence repeated up to exactly the longest text a field takes.</summary>
    private static string Longest(string sentence, int length) =>
        string.Concat(Enumerable.Repeat(sentence, length / sentence.Length + 1))[..length];

    private static string StaffLayoutDate(DateOnly d) => d.ToString("d MMM yyyy", Languages.Culture("nl"));

    /// <summary>
    /// A candidate in a kitchen job with six adjustments due for review, each extended at the last driegesprek, which made
    /// three agreements; four candidate check-ins in the last quarter each with a 500-character answer, two supervisor
    /// check-ins, five open signals, and the candidate's goals and points at their most and longest.
    /// </summary>
    private static async Task<(string CandidateId, IReadOnlyList<string> Answers, IReadOnlyList<string> Voice)> SeedFullAgendaAsync(TestProgramme p)
    {
        var today = p.Today;
        var caseload = p.Service<CaseloadStore>();
        var id = await CoachHistory.EnrolAsync(caseload, "coach-a", today.AddDays(-300), Reference);
        // Last talk extended every adjustment to its review date now due, each with an effect of the longest length the
        // form takes, and made three agreements as long as the form takes: one late, one open, one done.
        var talkDay = today.AddDays(-30);
        var adjustments = Kinds.Select((k, i) => new Adjustment(k, "Afgesproken met de chef, zie het gespreksverslag van de start",
                today.AddDays(-200), talkDay, AdjustmentStatus.Active) { Id = $"a{i + 1}" })
            .Select((a, i) => a.Decide(new AdjustmentDecision(AdjustmentDecisionKind.Extend, talkDay, "coach-a",
                Longest($"Effect {i + 1}: minder moe aan het eind van de dienst en rustiger in de keuken. ", AdjustmentValidation.MaxEffect),
                today.AddDays(i - 2), talkDay)))
            .ToList();
        Agreement[] agreements =
        [
            new("g1", Longest("Afspraak 1: de chef maakt een vast rooster voor de ochtenddiensten. ", DriegesprekValidation.MaxAgreementText),
                AgreementOwner.Supervisor, today.AddDays(-10)),
            new("g2", Longest("Afspraak 2: de kandidaat oefent het bestellen met de souschef. ", DriegesprekValidation.MaxAgreementText),
                AgreementOwner.Candidate, today.AddDays(10)),
            new("g3", Longest("Afspraak 3: de begeleider belt na twee weken met de chef. ", DriegesprekValidation.MaxAgreementText),
                AgreementOwner.Coach, today.AddDays(-16)) { DoneOn = today.AddDays(-17) },
        ];
        var talk = new Driegesprek("t1", talkDay, [TalkParticipant.Candidate, TalkParticipant.Supervisor, TalkParticipant.Coach], agreements,
            [.. adjustments.Select(a => new TalkDecision(a.Id, AdjustmentDecisionKind.Extend, a.Decisions[0].Effect, a.ReviewDate))],
            "Bestellingen", null, null, null, today.AddDays(5), "coach-a");
        var job = new Job("j-" + Secrets.NewId(3), id, "Hotel De Zon", "Kok", "I", today.AddDays(-200), 24, true,
            PlacementKind.Regular, false, null, null, null, null, null, adjustments,
            Disclosure.SupervisorOnly, new SupervisorContact(true, p.Clock.GetUtcNow(), "Chef", "chef@example.org"))
        {
            Driegesprekken = [talk],
        };
        await caseload.SaveJobAsync(TestProgramme.Id, job, CancellationToken.None);

        // The candidate's own voice at its limits: three goals and five points, each as long as the form takes.
        var voice = p.Service<CandidateVoiceStore>();
        var voiceTexts = new List<string>();
        var written = p.Clock.GetUtcNow().AddDays(-7);
        for (var n = 1; n <= CandidateVoice.MaxGoals; n++)
        {
            voiceTexts.Add(Longest($"Doel {n}: zelfstandig de koude keuken draaien op drukke dagen. ", CandidateVoice.GoalLength));
            await voice.SaveGoalAsync(TestProgramme.Id, id, new DevelopmentGoal($"goal{n}", voiceTexts[^1], GoalState.Active,
                written.AddMinutes(n), written.AddMinutes(n)), CancellationToken.None);
        }
        for (var n = 1; n <= CandidateVoice.MaxOpenPoints; n++)
        {
            voiceTexts.Add(Longest($"Punt {n}: hoe het rooster voelt na de verlenging van de pauzes. ", CandidateVoice.PointLength));
            await voice.SavePointAsync(TestProgramme.Id, id, new TalkPoint($"point{n}", voiceTexts[^1], written.AddMinutes(n), null),
                CancellationToken.None);
        }

        var store = p.Service<CheckInStore>();
        var answers = new List<string>();
        for (var n = 1; n <= 4; n++)
        {
            var answer = string.Concat(Enumerable.Repeat($"Antwoord {n}: meer vaste taken in de keuken en een rustiger rooster. ", 8))[..500];
            answers.Add(answer);
            await CoachHistory.AnsweredAsync(store, id, Respondent.Candidate, job.Id, today.AddDays(-80 + n * 18), n,
                new Dictionary<string, Answer>
                {
                    [ItemIds.WorkAbility] = Answer.Of(4 + n), [ItemIds.Fit] = Answer.Of(3), [ItemIds.NewTasks] = Answer.Of(n % 2 == 0),
                    [ItemIds.HoursWorked] = Answer.Of(20 + n), [ItemIds.HelpNow] = Answer.Of(answer),
                });
        }
        for (var n = 5; n <= 6; n++)
        {
            var supervisor = new Dictionary<string, Answer>
            {
                [ItemIds.SupervisorWorkAbility] = Answer.Of(3), [ItemIds.SupervisorFit] = Answer.Of(2),
                [ItemIds.SupervisorTaskGrowth] = Answer.Of(false), [ItemIds.SupervisorIndependent] = Answer.Of(3),
            };
            if (n == 6)
            {
                // The latest at its fullest: a concern, the longest comment, and every adjustment rated on its own.
                supervisor[ItemIds.SupervisorConcerns] = Answer.Of(true);
                supervisor[ItemIds.SupervisorReadyForMore] = Answer.Of("both");
                supervisor[ItemIds.SupervisorComments] = Answer.Of(Longest("Opmerking: goed bezig, wel vaak moe na de late dienst. ", 500));
                foreach (var (adjustment, i) in adjustments.Select((a, i) => (a, i)))
                    supervisor[QuestionnaireDefinition.PerAdjustmentId(ItemIds.SupervisorAdjustmentFit, adjustment.Id)] =
                        Answer.Of(FitAnswers[i % FitAnswers.Length]);
            }
            await CoachHistory.AnsweredAsync(store, id, Respondent.Supervisor, job.Id, today.AddDays(-100 + n * 15), n, supervisor);
        }

        var observations = p.Service<ObservationStore>();
        for (var n = 1; n <= 3; n++)
            await observations.AddAsync(TestProgramme.Id, new CoachObservation($"o-{n}", id, today.AddDays(-75 + n * 20), 4 + n, 3, n == 3, 3,
                ObservedNextStep.MoreTasks, "Rustig aan het werk, vraagt om meer variatie.", "coach-a", p.Clock.GetUtcNow()), CancellationToken.None);

        var signals = p.Service<SignalStore>();
        var (_, version) = await signals.LoadAsync(TestProgramme.Id, id, CancellationToken.None);
        var opened = p.Clock.GetUtcNow().AddDays(-3);
        string[] types = [SignalTypes.Decline, SignalTypes.HoursGap, SignalTypes.Overload, SignalTypes.PerspectivesDiverge,
            SignalTypes.TimelineAdjustmentReviewDue];
        var open = types.Select((type, i) => new StoredSignal($"sig-{i}", id, $"{type}:{job.Id}", type,
            i == 0 ? SignalSeverity.Urgent : SignalSeverity.Attention, SignalRules.RuleVersion,
            new RecordedSentences(new Dictionary<string, string> { ["nl"] = "Bespreek dit samen.", ["en"] = "Talk it through." }),
            [new Evidence(null, today.AddDays(-3), EvidenceItems.JobStart, job.Id)], opened, null, null, null, null)).ToList();
        Assert.True(await signals.TrySaveAsync(TestProgramme.Id, id, new ReconcilePlan(open, [], []), version, opened, CancellationToken.None));
        return (id, answers, voiceTexts);
    }
}
