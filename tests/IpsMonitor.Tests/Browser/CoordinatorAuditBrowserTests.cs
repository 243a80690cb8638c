using System.Text.RegularExpressions;
using IpsMonitor.Tests.Workspace;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// A coordinator in real headless Chromium: adds a coach, issues a key whose holder signs in in another browser, revokes
/// it so that browser's next page is refused, then exports the audit as CSV, where a label typed as a formula stays text.
/// </summary>
public sealed class CoordinatorAuditBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private Task<IPage> PageAsync(int width, int height, bool bypassCsp = false) => chromium.StaffPageAsync(width, height, bypassCsp);

    [Fact]
    public async Task ACoordinatorAddsACoachIssuesAKeyThatSignsInRevokesItAndExportsTheAuditAsSafeCsv()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidate = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var page = await PageAsync(1280, 800);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"]);

        // Add a coach.
        const string coachName = "@Carla Peeters";
        await page.GetByRole(AriaRole.Link, new() { Name = "Team en sleutels" }).ClickAsync();
        await page.GetByLabel("Code van de begeleider").FillAsync("coach-c");
        await page.GetByLabel("FTE", new() { Exact = true }).FillAsync("0,6");
        // A name a spreadsheet would run as a formula too: the audit page names a coach's key by the coach's name.
        await page.GetByLabel("Naam", new() { Exact = true }).FillAsync(coachName);
        await page.GetByLabel("Telefoon", new() { Exact = true }).FillAsync("06 1111 2222");
        await page.GetByLabel("Model", new() { Exact = true }).SelectOptionAsync("IpsA");
        await page.Locator("#coach-form-title + form").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/team\\?saved=1#saved$"));
        Assert.Contains("coach-c", await page.Locator("table").First.InnerTextAsync(), StringComparison.Ordinal);

        // Issue a key for them, with a label a spreadsheet would run as a formula.
        const string label = "=HYPERLINK(\"http://example.org\",\"klik\")";
        await page.GetByLabel("Omschrijving").FillAsync(label);
        await page.GetByLabel("Rol").SelectOptionAsync("Coach");
        await page.GetByLabel("Begeleider (bij een begeleiderssleutel)").SelectOptionAsync("coach-c");
        await page.Locator("#key-form-title + form").GetByRole(AriaRole.Button, new() { Name = "Sleutel uitgeven" }).ClickAsync();
        var key = (await page.Locator("[data-key]").InnerTextAsync()).Trim();
        Assert.Matches("^ipsm_[A-Za-z0-9_-]{43}$", key);

        // The new coach signs in with it in a browser of their own.
        var newcomer = await PageAsync(390, 844);
        await BrowserSignIn.WithKeyAsync(newcomer, p, key);
        Assert.Contains("Mijn caseload", await newcomer.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);

        // Revoke: the coordinator's page shows it, and the newcomer's very next request is refused.
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/team").ToString());
        var row = page.Locator("tr", new() { HasText = "HYPERLINK" });
        await row.GetByRole(AriaRole.Link, new() { Name = "Intrekken" }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sleutel intrekken" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/team\\?saved=1#saved$"));
        Assert.Contains("ingetrokken", await page.Locator("tr", new() { HasText = "HYPERLINK" }).InnerTextAsync(), StringComparison.Ordinal);
        Assert.True((await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None)).Single(k => k.CoachId == "coach-c").Revoked);
        var refused = await newcomer.GotoAsync(new Uri(p.Host.BaseAddress, "staff/caseload").ToString());
        Assert.EndsWith("/staff/sign-in", new Uri(newcomer.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal(200, refused!.Status);
        await newcomer.GetByLabel("Persoonlijke sleutel").FillAsync(key);
        await newcomer.GetByLabel("Persoonlijke sleutel").PressAsync("Enter");
        await PageActions.LoadedAsync(newcomer);
        Assert.EndsWith("/staff/sign-in", new Uri(newcomer.Url).AbsolutePath, StringComparison.Ordinal);

        // The audit shows the newcomer's reads under their label and role, and exports as CSV.
        await page.GetByRole(AriaRole.Link, new() { Name = "Audit" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/audit$"));
        Assert.Contains(coachName + " (begeleider)", await page.Locator("table").InnerTextAsync(), StringComparison.Ordinal);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "Download als CSV" }).ClickAsync());
        Assert.Matches(@"^audit-team-a-\d{4}-\d\d\.csv$", download.SuggestedFilename);
        var rows = AuditTrailTests.ReadCsv(await File.ReadAllBytesAsync((await download.PathAsync())!));

        Assert.Equal(IpsMonitor.Workspace.AuditText.For("nl").CsvHeader, rows[0]);
        var newcomerRows = rows.Where(r => r[2].Contains("HYPERLINK", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(newcomerRows);
        Assert.All(newcomerRows, r => Assert.Equal("'" + label, r[2]));
        Assert.All(newcomerRows, r => Assert.Equal("begeleider", r[1])); // the role in the reader's words, as on the page
        Assert.All(rows.Skip(1).SelectMany(r => r), cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"cell {cell} starts a formula"));
        Assert.Contains(rows, r => r[6].Split(' ').Contains(candidate) && r[7] == "127.0.0.1");
        Assert.DoesNotContain(key, string.Concat(rows.SelectMany(r => r)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaffViewports.Sizes), MemberType = typeof(StaffViewports))]
    public async Task TheAuditPagePassesTheAccessibilityCheckAndDoesNotScrollSidewaysAt200PercentText(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        await CoachHistory.SeedAsync(p);
        using (var coach = await StaffSession.SignInAsync(p, "coach-a"))
            await coach.PageAsync("caseload");
        var page = await PageAsync(width, height, bypassCsp: true);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"]);
        var problems = new List<string>();

        foreach (var (name, path) in new[] { ("audit", "staff/audit"), ("audit-en", "staff/audit?lang=en"), ("audit-error", "staff/audit?month=2026-13&lang=nl") })
        {
            await page.GotoAsync(new Uri(p.Host.BaseAddress, path).ToString());
            problems.AddRange(await PageActions.StaffPageProblemsAsync(page, name));
        }

        Assert.Empty(problems);
    }
}
