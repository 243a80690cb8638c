using System.Text.RegularExpressions;
using IpsMonitor.Tests.Workspace;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// "Vandaag" and the check-ins board in real Chromium: the fixture in the expected order as rendered, axe and
/// reflow at this size and at 200% text, and the keyboard path from the list to a candidate and to the board.
/// </summary>
public sealed class WorklistBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [MemberData(nameof(StaffViewports.DesktopAndPhone), MemberType = typeof(StaffViewports))]
    public async Task ACoachStartsOnVandaagInDeadlineOrderAndReachesACandidateAndTheBoardByKeyboard(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        var page = await chromium.StaffPageAsync(width, height, bypassCsp: true);
        var problems = new List<string>();
        // The keyboard path: Tab until the focus reaches the element, as a person without a mouse does.
        async Task TabToAsync(string selector)
        {
            for (var n = 0; !await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector); n++)
                await (n < 80 ? page.Keyboard.PressAsync("Tab") : throw new Xunit.Sdk.XunitException($"Tab never reached {selector}"));
        }

        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/sign-in").ToString());
        await page.GetByLabel("Persoonlijke sleutel").FillAsync(p.Keys["coach-a"]);
        await page.GetByLabel("Persoonlijke sleutel").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/staff/today$"));

        var lines = page.Locator("ol.worklist > li");
        Assert.Equal(seeded.Order, await lines.EvaluateAllAsync<string[]>("ls => ls.map(l => l.dataset.candidate)"));
        Assert.StartsWith("Gezien", (await lines.Last.InnerTextAsync()).Trim(), StringComparison.Ordinal);
        Assert.Contains("Uiterlijk", await lines.First.InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "today"));

        // The first line's candidate, by keyboard.
        await TabToAsync("ol.worklist a[data-candidate]");
        await PageActions.EnterAsync(page, new Regex($"/staff/candidates/{seeded.JobEnded}$"));

        // The board through the navigation, then its candidate.
        await TabToAsync("nav a[href$='/check-ins']");
        await PageActions.EnterAsync(page, new Regex("/staff/check-ins$"));
        Assert.Equal(["Expiring", "Answered"],
            await page.Locator("table[data-check-ins] tbody tr").EvaluateAllAsync<string[]>("rs => rs.map(r => r.dataset.state)"));
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "check-ins"));

        // A look-up by keyboard lands on its result line, in view, whatever the text size.
        await TabToAsync("input#candidate");
        await page.Keyboard.TypeAsync("gezien");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/staff/check-ins\\?.*candidate=gezien.*#result$"));
        Assert.Equal("1 check-in van ‘gezien’", (await page.Locator("#result").InnerTextAsync()).Trim());
        Assert.True(await page.EvaluateAsync<bool>("() => { const r = document.getElementById('result').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight; }"),
            "the result line is in view after the look-up");
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "check-ins-look-up"));
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/check-ins").ToString());
        await TabToAsync("table[data-check-ins] a[data-candidate]");
        await PageActions.EnterAsync(page, new Regex($"/staff/candidates/{seeded.Expiring}$"));

        // A coordinator's view of both, for the whole programme and one coach, in English.
        var coordinator = await chromium.StaffPageAsync(width, height, bypassCsp: true);
        await coordinator.GotoAsync(new Uri(p.Host.BaseAddress, "staff/sign-in?lang=en").ToString());
        await coordinator.GetByLabel("Personal key").FillAsync(p.Keys["coordinator"]);
        await coordinator.GetByLabel("Personal key").PressAsync("Enter");
        await coordinator.WaitForURLAsync(new Regex("/staff/caseload$"));
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Today", Exact = true }).ClickAsync();
        await coordinator.WaitForURLAsync(new Regex("/staff/today$"));
        Assert.Contains(seeded.OtherCoach, await coordinator.Locator("ol.worklist").InnerHTMLAsync(), StringComparison.Ordinal);
        problems.AddRange(await PageActions.StaffPageProblemsAsync(coordinator, "today-coordinator"));
        await coordinator.GotoAsync(new Uri(p.Host.BaseAddress, "staff/check-ins?coach=coach-a").ToString());
        problems.AddRange(await PageActions.StaffPageProblemsAsync(coordinator, "check-ins-coordinator"));

        Assert.Empty(problems);
    }
}
