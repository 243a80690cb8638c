using System.Text.RegularExpressions;
using IpsMonitor.DataRights;
using IpsMonitor.Tests.DataRights;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>A coordinator in real headless Chromium acts on a candidate's data rights: download, then erase after confirming.</summary>
public sealed class DataRightsBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private Task<IPage> PageAsync(int width, int height, bool bypassCsp = false) => chromium.StaffPageAsync(width, height, bypassCsp);

    private static async Task<string> DownloadAsync(IPage page, string linkName)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = linkName }).ClickAsync());
        using var reader = new StreamReader(await download.CreateReadStreamAsync());
        return await reader.ReadToEndAsync();
    }

    [Fact]
    public async Task ACoordinatorDownloadsTheDataAndErasesTheCandidateOnlyAfterTypingTheCandidateNumber()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidate = await ErasureTests.SeedAsync(p, "browser");
        var page = await PageAsync(1280, 800);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"]);
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{candidate.Id}").ToString());
        await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens downloaden of wissen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/staff/candidates/{candidate.Id}/data$"));

        // The export as a file: everything, including the free-text answer; the answers as CSV.
        var json = JsonDocument.Parse(await DownloadAsync(page, "Alle gegevens (JSON)")).RootElement;
        Assert.Equal(candidate.Id, json.GetProperty("candidateId").GetString());
        Assert.Contains(candidate.HelpNow, json.GetRawText(), StringComparison.Ordinal);
        var csv = await DownloadAsync(page, "Antwoorden op de vragenlijsten (CSV)");
        Assert.Contains(";help_now;;" + candidate.HelpNow, csv, StringComparison.Ordinal);
        var audit = await IpsMonitor.Tests.Caseload.AccessTests.AuditRows(p);
        Assert.Contains(audit, r => r.Action == "download candidate data" && r.CandidateId == candidate.Id);
        Assert.Contains(audit, r => r.Action == "download candidate answers" && r.CandidateId == candidate.Id);

        // A wrong confirmation erases nothing and says so.
        var confirmation = page.GetByLabel("Typ het kandidaatnummer of de eigen referentie om te bevestigen");
        await confirmation.FillAsync("k-0000000000");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens wissen" }).ClickAsync();
        Assert.Contains("Er is niets gewist", await page.Locator("[role=alert]").InnerTextAsync(), StringComparison.Ordinal);
        Assert.NotNull(await p.Service<CaseloadStore>().FindAsync(candidate.Id, CancellationToken.None));
        Assert.Null(await p.Service<ErasureTombstones>().FindAsync(candidate.Id, CancellationToken.None));

        // The candidate number, typed: erased, and a plain confirmation.
        await page.GetByLabel("Typ het kandidaatnummer of de eigen referentie om te bevestigen").FillAsync(candidate.Id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens wissen" }).ClickAsync();
        Assert.Equal("Gegevens gewist", await page.Locator("h1").InnerTextAsync());
        Assert.Null(await p.Service<CaseloadStore>().FindAsync(candidate.Id, CancellationToken.None));
        Assert.NotNull((await p.Service<ErasureTombstones>().FindAsync(candidate.Id, CancellationToken.None))?.CompletedAt);
        Assert.Contains(await IpsMonitor.Tests.Caseload.AccessTests.AuditRows(p), r => r.Action == "erase candidate" && r.CandidateId == candidate.Id && r.Actor.StartsWith("coordinator:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ACoachHasNoDataRightsPageAndNoLinkToIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(p.Today.AddDays(-10));
        var page = await PageAsync(1280, 800);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"]);
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}").ToString());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Gegevens downloaden of wissen" }).CountAsync());

        var response = await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}/data").ToString());

        Assert.Equal(403, response!.Status);
    }

    [Theory]
    [MemberData(nameof(StaffViewports.Sizes), MemberType = typeof(StaffViewports))]
    public async Task TheDataRightsPagesPassTheAccessibilityCheckAndDoNotScrollSidewaysAtThisSizeOrAt200PercentText(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddDays(-30));
        Assert.Equal(System.Net.HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = today, reason = "goalReached" })).StatusCode);
        var page = await PageAsync(width, height, bypassCsp: true);
        var problems = new List<string>();

        async Task CheckAsync(string name)
        {
            problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "data-rights-" + name, Path.Combine(Repo.Root, "TestResults", "screenshots", "staff")));
        }

        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"]);
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}").ToString());
        Assert.Contains("wordt gewist op", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        await CheckAsync("candidate");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}/data").ToString());
        await CheckAsync("page");
        await page.GetByLabel("Typ het kandidaatnummer of de eigen referentie om te bevestigen").FillAsync("iets anders");
        await page.GetByRole(AriaRole.Button, new() { Name = "Gegevens wissen" }).ClickAsync();
        await page.Locator("[role=alert]").WaitForAsync();
        await CheckAsync("wrong-confirmation");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}/data?lang=en").ToString());
        await CheckAsync("page-en");
        await page.GetByLabel("Type the candidate number or the local reference to confirm").FillAsync(id);
        await page.GetByRole(AriaRole.Button, new() { Name = "Erase data" }).ClickAsync();
        await page.Locator("h1", new() { HasText = "Data erased" }).WaitForAsync();
        await CheckAsync("erased-en");

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
