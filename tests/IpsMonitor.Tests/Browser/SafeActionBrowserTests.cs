using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// Safe actions in real headless Chromium: a job ended through its confirmation page with the keyboard only, focus on
/// the confirmation after saving, the new link shown once however often the page is reloaded, and the confirmation
/// pages clean for axe and without sideways scrolling at 100% and 200% text.
/// </summary>
public sealed class SafeActionBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static async Task<IPage> SignInAsync(IPage page, TestProgramme p, string who)
    {
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/caseload").ToString());
        await page.GetByLabel("Persoonlijke sleutel").FillAsync(p.Keys[who]);
        await page.GetByLabel("Persoonlijke sleutel").PressAsync("Enter");
        await page.WaitForURLAsync(new Regex("/staff/caseload$"));
        return page;
    }

    /// <summary>Tabs until the element matching <paramref name="selector"/> has focus (at most 60 presses).</summary>
    private static async Task TabToAsync(IPage page, string selector)
    {
        for (var i = 0; i < 60; i++)
        {
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) === true", selector))
                return;
            await page.Keyboard.PressAsync("Tab");
        }
        Assert.Fail($"{selector} was never reached with Tab");
    }

    [Theory]
    [MemberData(nameof(StaffViewports.DesktopAndPhone), MemberType = typeof(StaffViewports))]
    public async Task ACoachEndsAJobThroughItsConfirmationPageWithTheKeyboardAndFocusLandsOnTheConfirmation(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var candidateId = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var jobId = await p.StartJobAsync(candidateId, new DateOnly(2026, 6, 1), consent: true);
        var page = await SignInAsync(await chromium.StaffPageAsync(width, height, bypassCsp: true), p, "coach-a");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{candidateId}").ToString());

        // The card links to the confirmation page; nothing is ended by the first step.
        await TabToAsync(page, $"a[href$='jobs/{jobId}/end']");
        await PageActions.EnterAsync(page, new Regex($"/jobs/{jobId}/end$"));
        Assert.Equal("Baan beëindigen?", (await page.Locator("h1").InnerTextAsync()).Trim());
        Assert.Contains("Bakkerij", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null((await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, candidateId, CancellationToken.None)).Single().EndDate);
        var problems = (await PageActions.StaffPageProblemsAsync(page, "confirm-end-job")).ToList();

        // The reason is one of its catalogue, none chosen beforehand; the key "c" chooses "Contract afgelopen".
        await TabToAsync(page, "select[name=reason]");
        Assert.Equal("", await page.Locator("select[name=reason]").InputValueAsync());
        await page.Keyboard.PressAsync("c");
        Assert.Equal("ContractEnded", await page.Locator("select[name=reason]").InputValueAsync());
        await TabToAsync(page, "button[type=submit]");
        Assert.Equal("Baan beëindigen", (await page.EvaluateAsync<string>("() => document.activeElement.textContent")).Trim());
        await PageActions.EnterAsync(page, new Regex($"/staff/candidates/{candidateId}\\?saved=job-{jobId}#saved$"));

        Assert.Equal("saved", await page.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.Equal("status", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('role')"));
        var job = (await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, candidateId, CancellationToken.None)).Single();
        Assert.Equal(("ContractEnded", true), (job.EndReason, job.EndDate is not null));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task ReloadingTheNewLinkPageShowsNothingNewAndStoresNoNewLink()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidateId = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var page = await SignInAsync(await chromium.StaffPageAsync(390, 844, bypassCsp: true), p, "coach-a");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{candidateId}").ToString());
        var invitations = p.Table(IpsMonitor.CheckIns.CheckInStore.Table);

        await page.GetByRole(AriaRole.Button, new() { Name = "Klaarzetten" }).ClickAsync();
        var link = (await page.Locator("[data-link]").InnerTextAsync()).Trim();
        var stored = await invitations.QueryAsync<TableEntity>().CountAsync();
        var problems = (await PageActions.StaffPageProblemsAsync(page, "new-link")).ToList();
        for (var i = 0; i < 3; i++)
        {
            await page.ReloadAsync();
            Assert.Equal(0, await page.Locator("[data-link]").CountAsync());
        }

        Assert.Matches("/api/q/[A-Za-z0-9_-]{43}$", link);
        Assert.Equal(stored, await invitations.QueryAsync<TableEntity>().CountAsync());
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.NotNull(await p.Service<IpsMonitor.CheckIns.CheckInStore>().FindByTokenAsync(token, CancellationToken.None));
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public async Task TheTeamConfirmationPagesAreCleanForAxeAndReflowOnAPhone()
    {
        await using var p = await TestProgramme.StartAsync();
        var page = await SignInAsync(await chromium.StaffPageAsync(390, 844, bypassCsp: true), p, "coordinator");
        var own = (await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None))
            .Single(k => k.Role == StaffRole.Coordinator).KeyId;
        var problems = new List<string>();
        (string Name, string Path)[] confirmations =
            [("confirm-revoke-own-key", $"staff/team/keys/{own}/revoke"), ("confirm-deactivate", "staff/team/coaches/coach-b/deactivate")];
        foreach (var (name, path) in confirmations)
        {
            await page.GotoAsync(new Uri(p.Host.BaseAddress, path).ToString());
            problems.AddRange(await PageActions.StaffPageProblemsAsync(page, name));
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
