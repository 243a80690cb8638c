using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Browser;

/// <summary>WCAG 1.4.4 and 1.4.10: at 320 CSS px and 200% text every screen reflows into one column, nothing sideways.</summary>
public sealed class ReflowTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task NoScreenScrollsSidewaysAt200PercentTextInEitherLanguageForEitherQuestionnaire()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var normal = await chromium.PhoneAsync();
        var large = await chromium.PhoneAsync();
        await PageActions.DoubleTextSizeAsync(large);
        var overflow = new List<string>();

        async Task MeasureAsync(string url, string name)
        {
            await normal.GotoAsync(url);
            await PageActions.ScreenshotAsync(normal, $"{name}-360x740");
            await large.SetViewportSizeAsync(360, 740);
            await large.GotoAsync(url);
            Assert.Equal("36px", await large.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize"));
            await PageActions.ScreenshotAsync(large, $"{name}-360x740-200pct");
            overflow.AddRange(await PageActions.SidewaysOverflowAsync(large));
            await large.SetViewportSizeAsync(320, 740);
            overflow.AddRange(await PageActions.SidewaysOverflowAsync(large));
        }

        var screens = 0;
        foreach (var (who, visitor) in people.All)
        {
            var steps = (await visitor.DefinitionAsync()).Groups.Count;
            foreach (var lang in new[] { "nl", "en" })
            {
                for (var step = 1; step <= steps; step++, screens++)
                    await MeasureAsync(people.Link(visitor, $"?lang={lang}&step={step}"), $"{who}-{lang}-step{step}");
                // Every error shown on the first screen.
                await large.SetViewportSizeAsync(320, 740);
                await large.GotoAsync(people.Link(visitor, $"?lang={lang}&step=1"));
                await PageActions.PressAsync(large, "next");
                overflow.AddRange(await PageActions.SidewaysOverflowAsync(large));
                await PageActions.ScreenshotAsync(large, $"{who}-{lang}-errors-320-200pct");
            }
        }

        // The "Klopt dit?" question, the thank-you page, the already-filled-in page and a broken link.
        await large.GotoAsync(people.Link(people.Working, "?lang=nl&step=2"));
        await PageActions.TypeAsync(large, "input[name=hours_worked]", "45");
        await PageActions.TypeAsync(large, "input[name=contract_hours]", "16");
        await PageActions.PressAsync(large, "next");
        Assert.Contains("Klopt dit?", await large.ContentAsync(), StringComparison.Ordinal);
        overflow.AddRange(await PageActions.SidewaysOverflowAsync(large));
        await PageActions.ScreenshotAsync(large, "candidate-check-320-200pct");
        await people.Looking.AnswerAllAsync();
        foreach (var lang in new[] { "nl", "en" })
        {
            await MeasureAsync(people.Link(people.Looking, $"?lang={lang}&sent=1"), $"thank-you-{lang}");
            await MeasureAsync(people.Link(people.Looking, $"?lang={lang}"), $"already-answered-{lang}");
            await MeasureAsync(new Uri(p.Host.BaseAddress, $"q/unknown-token-0123456789abcdef?lang={lang}").ToString(), $"unknown-link-{lang}");
        }

        Assert.Equal(2 * (5 + 4 + 3), screens);
        Assert.Empty(overflow);
    }
}

/// <summary>
/// The people whose links the browser tests open: a candidate in work (coach with name and phone, supervisor consent with
/// a first name), a candidate looking for work, and that first candidate's supervisor.
/// </summary>
internal sealed record BrowserPeople(TestProgramme P, string WorkingId, string JobId, Visitor Working, Visitor Looking, Visitor Supervisor)
{
    public const string CoachName = "Sanne de Vries";
    public const string CoachPhone = "06 1234 5678";
    public const string FirstName = "Samira";
    public const string JobTitle = "Medewerker bediening";

    public IEnumerable<(string Who, Visitor Visitor)> All => [("candidate-in-work", Working), ("candidate-looking", Looking), ("supervisor", Supervisor)];

    public string Link(Visitor visitor, string query = "") => new Uri(P.Host.BaseAddress, "q/" + visitor.Token + query).ToString();

    public static async Task<BrowserPeople> CreateAsync(TestProgramme p)
    {
        var coach = await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-a", new { fte = 1, name = CoachName, phone = CoachPhone });
        Assert.Equal(System.Net.HttpStatusCode.OK, coach.StatusCode);
        var working = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var job = await p.CoachA.PostAsJsonAsync($"candidates/{working}/jobs", new
        {
            employer = "Lunchroom De Hoek", jobTitle = JobTitle, sector = "I", startDate = new DateOnly(2026, 9, 1), contractHoursPerWeek = 16,
            competitive = true, kind = "regular",
            supervisor = new { consent = true, name = "Chef", email = "chef@example.org", disclosure = "supervisorOnly", candidateFirstName = FirstName },
        });
        Assert.Equal(System.Net.HttpStatusCode.Created, job.StatusCode);
        var jobId = (await job.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>()).GetProperty("id").GetString()!;
        var looking = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        return new BrowserPeople(p, working, jobId, await Visitor.LinkAsync(p, working), await Visitor.LinkAsync(p, looking),
            await Visitor.LinkAsync(p, working, "supervisor"));
    }
}
