using Azure.Data.Tables;
using IpsMonitor.Access;
using IpsMonitor.Development;
using IpsMonitor.Platform;
using IpsMonitor.Tests.Development;
using IpsMonitor.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>A candidate stops their own development link on a phone, with the keyboard only.</summary>
public sealed class DevelopmentStopBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ACandidateStopsTheirOwnLinkWithTheKeyboardOnA360PixelPhoneAndTheNextVisitShowsItStopped()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await DevelopmentFixture.CandidateWithThreeCheckInsAsync(p);
        var (_, token) = await DevelopmentFixture.LinkAsync(p, id);
        var text = DevelopmentText.Dutch;
        var problems = new List<string>();
        var page = await chromium.PhoneAsync(bypassCsp: true);

        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"d/{token}").ToString());
        Assert.Contains(text.Stop.Personal, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync(page, "development-personal", problems);
        await TabToAsync(page, "a[href*='/stop']");
        Assert.Equal(text.Stop.Start, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync("**/stop**");
        Assert.Equal(text.Stop.Question, await page.Locator("h1").InnerTextAsync());
        Assert.True((await Links(p).FindByTokenAsync(token, CancellationToken.None))?.WorksAt(DateTimeOffset.UtcNow));
        await CheckAsync(page, "development-stop-question", problems);

        await TabToAsync(page, "button[type=submit]");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForURLAsync(url => !url.Contains("/stop", StringComparison.Ordinal));
        Assert.Equal(text.Stop.DoneTitle, await page.Locator("h1").InnerTextAsync());
        await CheckAsync(page, "development-stopped", problems);

        var stored = await Links(p).FindByTokenAsync(token, CancellationToken.None);
        Assert.NotNull(stored?.RevokedAt);
        Assert.True(stored?.StoppedByHolder);
        var again = await page.GotoAsync(new Uri(p.Host.BaseAddress, $"d/{token}").ToString());
        Assert.Equal(410, again?.Status);
        Assert.Equal(text.Stop.DoneTitle, await page.Locator("h1").InnerTextAsync());
        var audit = p.Service<TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(AuditLog.Table));
        var rows = await audit.QueryAsync<TableEntity>(r => r.GetString("CandidateId") == id).ToListAsync();
        Assert.Single(rows, r => r.GetString("Action") == "stop development link"
            && r.GetString("Actor") == "respondent:" + stored?.Id);
        await page.Context.CloseAsync();
        Assert.Empty(problems);
    }

    /// <summary>Axe, and no sideways scrolling on the 360 px screen.</summary>
    private static async Task CheckAsync(IPage page, string name, List<string> problems)
    {
        var width = await PhoneChecks.PageWidthAsync(page);
        if (width > 360)
            problems.Add($"{name} is {width} px wide: {await PhoneChecks.WideElementsAsync(page)}");
        problems.AddRange((await PhoneChecks.AxeAsync(page)).Select(p => $"{name}: {p}"));
        await PhoneChecks.ScreenshotAsync(page, $"{name}-360x740");
    }

    private static DevelopmentLinkStore Links(TestProgramme p) => p.Service<DevelopmentLinkStore>();

    /// <summary>Presses Tab until the focus is on an element that matches the selector.</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}.");
    }
}
