using System.Text.RegularExpressions;
using IpsMonitor.Development;
using IpsMonitor.Tests.Development;

namespace IpsMonitor.Tests.Browser;

/// <summary>A candidate stops their own development link on a phone, with the keyboard only.</summary>
public sealed class DevelopmentStopBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ACandidateStopsTheirOwnLinkWithTheKeyboardOnA360PixelPhoneAndTheNextVisitShowsItStopped()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await DevelopmentFixture.LinkedCandidateAsync(p);
        var text = DevelopmentText.Dutch;
        var problems = new List<string>();
        var page = await chromium.PhoneAsync(bypassCsp: true);

        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"d/{token}").ToString());
        Assert.Contains(text.Stop.Personal, await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await PhoneChecks.CheckAsync(page, "development-personal", problems);
        await PhoneChecks.TabToAsync(page, "a[href*='/stop']");
        Assert.Equal(text.Stop.Start, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await PageActions.EnterAsync(page, new Regex("/stop\\?"));
        Assert.Equal(text.Stop.Question, await page.Locator("h1").InnerTextAsync());
        Assert.True((await Links(p).FindByTokenAsync(token, CancellationToken.None))?.WorksAt(DateTimeOffset.UtcNow));
        await PhoneChecks.CheckAsync(page, "development-stop-question", problems);

        await PhoneChecks.TabToAsync(page, "button[type=submit]");
        await PageActions.EnterAsync(page, new Regex("/d/[^/]+\\?lang="));
        Assert.Equal(text.Stop.DoneTitle, await page.Locator("h1").InnerTextAsync());
        await PhoneChecks.CheckAsync(page, "development-stopped", problems);

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

    private static DevelopmentLinkStore Links(TestProgramme p) => p.Service<DevelopmentLinkStore>();
}
