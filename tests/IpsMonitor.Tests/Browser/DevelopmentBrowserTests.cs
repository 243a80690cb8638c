using IpsMonitor.Tests.Development;

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
