using IpsMonitor.Tests.Development;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

public sealed class DevelopmentBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task TheDevelopmentViewReflowsAt200PercentTextOnA360PixelPhoneAndPassesTheAccessibilityCheck()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await DevelopmentFixture.LinkedCandidateAsync(p);
        var newcomer = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var (_, newcomerToken) = await DevelopmentFixture.LinkAsync(p, newcomer);
        var pages = new (string Name, string Url)[]
        {
            ("development-nl", $"d/{token}?lang=nl"), ("development-en", $"d/{token}?lang=en"), ("development-fr", $"d/{token}?lang=fr"),
            ("development-empty-nl", $"d/{newcomerToken}"), ("development-unavailable-nl", "d/unknown-token-0123456789abcdef"),
        };
        var problems = new List<string>();

        foreach (var doubled in new[] { false, true })
        {
            var page = await chromium.PhoneAsync(bypassCsp: true);
            foreach (var (name, url) in pages)
            {
                await page.GotoAsync(new Uri(p.Host.BaseAddress, url).ToString());
                // A navigation may start a new renderer, which forgets the setting: set it on every page, and check it took.
                if (doubled)
                    await PhoneChecks.DoubleTextSizeAsync(page);
                Assert.Equal(doubled ? 36 : 18, await PhoneChecks.RootFontSizeAsync(page));
                var width = await PhoneChecks.PageWidthAsync(page);
                if (width > 360)
                    problems.Add($"{name} at {(doubled ? 200 : 100)}% text is {width} px wide: {await PhoneChecks.WideElementsAsync(page)}");
                problems.AddRange(await PhoneChecks.AxeAsync(page));
                await PhoneChecks.ScreenshotAsync(page, $"{name}-360x740-text{(doubled ? 200 : 100)}");
            }
            await page.Context.CloseAsync();
        }

        Assert.Empty(problems);
    }

    /// <summary>
    /// The candidate writes a goal and a point on a phone by tapping and typing only; then, with three goals, the page
    /// says a fourth waits, and an empty send is answered at its form. Each state at 200% text, checked by axe.
    /// </summary>
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task ACandidateWritesGoalsAndPointsOnAPhoneAt200PercentText(string lang)
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolInRecentJobAsync(consent: true);
        var (_, token) = await DevelopmentFixture.LinkAsync(p, id);
        var text = IpsMonitor.Development.DevelopmentText.For(lang).Voice;
        // Axe is a script of the test's own, which the page's policy would refuse.
        var page = await chromium.PhoneAsync(bypassCsp: true);
        var problems = new List<string>();
        async Task CheckAsync(string name)
        {
            await PhoneChecks.DoubleTextSizeAsync(page);
            await PhoneChecks.CheckAsync(page, $"development-voice-{name}-{lang}-text200", problems);
        }

        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"d/{token}?lang={lang}").ToString());
        foreach (var n in new[] { 1, 2, 3 })
        {
            await page.FillAsync("#new-goal", $"Doel {n}: zelf mijn dag plannen");
            await page.ClickAsync("#new-goal ~ .buttons button");
        }
        await CheckAsync("goals");
        await page.ClickAsync("#new-point ~ .buttons button");
        await CheckAsync("empty-point");
        var error = await page.TextContentAsync("#new-point-error");
        await page.FillAsync("#new-point", "Mijn uren op vrijdag");
        await page.ClickAsync("#new-point ~ .buttons button");
        await CheckAsync("point");

        Assert.Equal(text.Empty, error);
        Assert.Equal(3, await page.Locator("#goals textarea[id^='goal-']").CountAsync());
        Assert.Equal(0, await page.Locator("#new-goal").CountAsync());
        Assert.Equal("Mijn uren op vrijdag", await page.InputValueAsync("#points textarea[id^='point-']"));
        Assert.Equal(text.Saved, await page.TextContentAsync("#points [role=status]"));
        Assert.Empty(problems);
        await page.Context.CloseAsync();
    }

    /// <summary>
    /// A refused send on a phone opens the page at the form that was sent, its message in view, and only there: the other
    /// list's new form stays as it was. A goal list that filled up in another tab keeps the refused text and says why.
    /// </summary>
    [Fact]
    public async Task ARefusedSendOpensAtItsFormWithTheMessageInViewAndOnlyAtThatForm()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolInRecentJobAsync(consent: true);
        var (_, token) = await DevelopmentFixture.LinkAsync(p, id);
        var text = IpsMonitor.Development.DevelopmentText.For("nl").Voice;
        var url = new Uri(p.Host.BaseAddress, $"d/{token}?lang=nl").ToString();
        var page = await chromium.PhoneAsync();
        await page.GotoAsync(url);
        foreach (var n in new[] { 1, 2 })
        {
            await page.FillAsync("#new-goal", $"Doel {n}: zelf mijn dag plannen");
            await page.ClickAsync("#new-goal ~ .buttons button");
        }

        await page.ClickAsync("#new-point ~ .buttons button");
        await PageActions.LoadedAsync(page);
        var pointError = await page.TextContentAsync("#new-point-error");
        var pointErrorInView = await InViewAsync(page, "#new-point-error");
        var goalErrors = await page.Locator("#new-goal-error").CountAsync();

        // Another tab fills the goal list while this one still shows a new goal form.
        await page.FillAsync("#new-goal", "Vaker zelf de kassa doen");
        var other = await chromium.PhoneAsync();
        await other.GotoAsync(url);
        await other.FillAsync("#new-goal", "Doel 3: een eigen taak");
        await other.ClickAsync("#new-goal ~ .buttons button");
        await page.ClickAsync("#new-goal ~ .buttons button");
        await PageActions.LoadedAsync(page);

        Assert.Equal(text.Empty, pointError);
        Assert.True(pointErrorInView, "the message about the empty point is out of view");
        Assert.Equal(0, goalErrors);
        Assert.Equal(text.GoalsFull, await page.TextContentAsync("#new-goal-error"));
        Assert.Equal("Vaker zelf de kassa doen", await page.InputValueAsync("#new-goal"));
        Assert.True(await InViewAsync(page, "#new-goal-error"), "the message about the full goal list is out of view");
        await page.Context.CloseAsync();
        await other.Context.CloseAsync();
    }

    private static Task<bool> InViewAsync(IPage page, string selector) =>
        page.EvalOnSelectorAsync<bool>(selector, "e => { const b = e.getBoundingClientRect(); return b.top >= 0 && b.bottom <= innerHeight; }");

    [Fact]
    public async Task TheReflowCheckCatchesAPageThatScrollsSideways()
    {
        var page = await chromium.PhoneAsync();
        await PhoneChecks.DoubleTextSizeAsync(page);
        await page.SetContentAsync("<html lang=\"nl\" style=\"font-size:112.5%\"><head><meta name=\"viewport\" content=\"width=device-width\"><title>t</title></head><body><main><p style=\"white-space:nowrap\">Hoeveel uur heb je vorige week gewerkt?</p></main></body></html>");

        Assert.Equal(36, await PhoneChecks.RootFontSizeAsync(page));
        Assert.True(await PhoneChecks.PageWidthAsync(page) > 360);
        await page.Context.CloseAsync();
    }
}
