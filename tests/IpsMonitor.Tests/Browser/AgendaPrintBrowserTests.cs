using IpsMonitor.Tests.Workspace;
using IpsMonitor.Workspace;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// The driegesprek agenda keeps its one-page promise whatever the data: four long "what would help you now?" answers,
/// six adjustments due, five open signals and all three perspectives in the charts (candidate, supervisor and the coach's
/// own observations) still print on exactly one A4 page, with a header that names the candidate
/// by local reference, the job, the employer and the day, and a note that the full answers are on screen.
/// </summary>
public sealed class AgendaPrintBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Reference = "dossier-42";

    [Fact]
    public async Task AFullAgendaPrintsOnExactlyOneA4PageWithItsHeaderAndTheLongAnswersShortened()
    {
        await using var p = await TestProgramme.StartAsync();
        var (candidateId, answers) = await SeedFullAgendaAsync(p);
        var page = await CandidatePageAsync(p, candidateId, 1280, 800);

        var onScreen = await page.Locator("#driegesprek").InnerTextAsync();
        Assert.All(answers, a => Assert.Contains(a, onScreen, StringComparison.Ordinal));
        Assert.Equal(6, await page.Locator("#driegesprek section", new() { HasText = StaffText.Nl.AdjustmentsToReview }).Locator("li").CountAsync());

        var workAbility = page.Locator("#driegesprek figure", new() { Has = page.Locator("svg[data-dimension='work_ability']") });
        Assert.Equal(3, await workAbility.Locator("g[data-series]").CountAsync());
        Assert.Equal(3, await workAbility.Locator("g[data-series='coach'] rect").CountAsync());
        Assert.Contains("Begeleider", await workAbility.Locator(".legend").InnerTextAsync(), StringComparison.Ordinal);

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

    private static string StaffLayoutDate(DateOnly d) => d.ToString("d MMM yyyy", Languages.Culture("nl"));

    /// <summary>
    /// A candidate in a kitchen job with six adjustments due for review, four candidate check-ins in the last quarter
    /// each with a 500-character answer, two supervisor check-ins, and five open signals.
    /// </summary>
    private static async Task<(string CandidateId, IReadOnlyList<string> Answers)> SeedFullAgendaAsync(TestProgramme p)
    {
        var today = p.Today;
        var caseload = p.Service<CaseloadStore>();
        var id = await CoachHistory.EnrolAsync(caseload, "coach-a", today.AddDays(-300), Reference);
        AdjustmentKind[] kinds = [AdjustmentKind.ExtraBreaks, AdjustmentKind.FewerHours, AdjustmentKind.LaterHours,
            AdjustmentKind.QuietWorkplace, AdjustmentKind.MoreTimePerTask, AdjustmentKind.FixedContactPerson];
        var job = new Job("j-" + Secrets.NewId(3), id, "Hotel De Zon", "Kok", "I", today.AddDays(-200), 24, true,
            PlacementKind.Regular, false, null, null, null, null, null,
            kinds.Select((k, i) => new Adjustment(k, "Afgesproken met de chef, zie het gespreksverslag van de start", today.AddDays(-200),
                today.AddDays(i - 2), AdjustmentStatus.Active)).ToList(),
            Disclosure.SupervisorOnly, new SupervisorContact(true, p.Clock.GetUtcNow(), "Chef", "chef@example.org"));
        await caseload.SaveJobAsync(TestProgramme.Id, job, CancellationToken.None);

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
            await CoachHistory.AnsweredAsync(store, id, Respondent.Supervisor, job.Id, today.AddDays(-100 + n * 15), n,
                new Dictionary<string, Answer>
                {
                    [ItemIds.SupervisorWorkAbility] = Answer.Of(3), [ItemIds.SupervisorFit] = Answer.Of(2),
                    [ItemIds.SupervisorTaskGrowth] = Answer.Of(false), [ItemIds.SupervisorIndependent] = Answer.Of(3),
                });

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
        return (id, answers);
    }
}
