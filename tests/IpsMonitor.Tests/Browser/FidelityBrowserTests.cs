using System.Text.RegularExpressions;
using IpsMonitor.Fidelity;
using IpsMonitor.Tests.Workbooks;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>A coordinator records two fidelity reviews in real headless Chromium on a phone-sized screen.</summary>
public sealed class FidelityBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string Screenshots = Path.Combine(Repo.Root, "TestResults", "screenshots", "fidelity");

    private static async Task RecordAsync(IPage page, string date, int all, params (string Code, int Score)[] others)
    {
        await page.FillAsync("#fidelity-date", date);
        await page.FillAsync("#fidelity-reviewers", "A. de Vries (IPS-trainer), B. Jansen");
        foreach (var code in FidelityScale.Codes.Where(c => !FidelityScale.EducationOnly.Contains(c)))
            await page.SelectOptionAsync("#fidelity-score-" + code, all.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (code, score) in others)
            await page.SelectOptionAsync("#fidelity-score-" + code, score.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.FillAsync("#fidelity-note-11", "Twee werkervaringsplekken, verder regulier.");
        await page.FillAsync("#fidelity-actionPoints", "Werkgeverscontacten per week bijhouden.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Beoordeling opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/fidelity\\?saved=1#saved$"));
    }

    [Fact]
    public async Task ACoordinatorRecordsTwoReviewsSeesTotalsTrendAndTheEvidenceBesideItems1And11AndThePageIsAccessibleAt390Px()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, _) = await TrendSheetTests.SeedEightQuartersAsync(p);
        var today = p.Today;
        var expected = FidelityEvidence.Of((await TrendSheetTests.CurrentQuarterAsync(p, seed)).Current);
        Assert.True(expected.Competitive.Placements > 0 && expected.Caseload.Caseload > 0);
        // The page shows what the quarter's last build stored, as the nightly run would have.
        await WorkbookDownloads.RebuildAsync(p.Coordinator, Quarter.Containing(today));

        var page = await chromium.StaffPageAsync(390, 844, bypassCsp: true);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"], "staff/fidelity");
        Assert.Equal(1, await page.Locator("[data-history-empty]").CountAsync());

        // The evidence: the product's own figures, as the workbook's metrics computed them for this quarter.
        var caseload = page.Locator("[data-evidence='1']");
        Assert.Equal(expected.Caseload.Caseload.ToString(System.Globalization.CultureInfo.InvariantCulture),
            await caseload.GetAttributeAsync("data-caseload"));
        Assert.Equal(expected.Caseload.PerFullTimeCoach?.ToString("0.0", System.Globalization.CultureInfo.InvariantCulture),
            await caseload.GetAttributeAsync("data-per-fte"));
        Assert.Contains($"{expected.Caseload.Caseload} kandidaten", await caseload.InnerTextAsync(), StringComparison.Ordinal);
        // "vandaag", or "vannacht" when the test runs before six in the morning (QuarterFiguresTests covers which is said when).
        Assert.Matches(@"^Bijgewerkt (vandaag|vannacht|op .+) om \d\d:\d\d\.$", (await caseload.Locator("[data-computed]").InnerTextAsync()).Trim());
        var competitive = page.Locator("[data-evidence='11']");
        Assert.Contains($"{expected.Competitive.Competitive} van de {expected.Competitive.Placements} lopende plaatsingen",
            await competitive.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("geen score", await competitive.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("[data-evidence='2']").CountAsync());

        // Half a year ago, work only: 25 × 3 = 75 and no IPS-O total. Today, with education: 23 × 4 + 5a 5 + 9a 3 = 100
        // for IPS-A, 23 × 4 + 5b 2 + 9b 3 = 97 for IPS-O.
        await RecordAsync(page, today.AddDays(-182).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 3);
        await RecordAsync(page, today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), 4,
            ("5a", 5), ("5b", 2), ("9a", 3), ("9b", 3));

        Assert.Equal("De beoordeling is opgeslagen.", (await page.Locator("[role=status]").InnerTextAsync()).Trim());
        Assert.Equal(["100", "75"], await page.Locator("[data-total=ipsA]").AllInnerTextsAsync());
        Assert.Equal(["97", "–"], await page.Locator("[data-total=ipsO]").AllInnerTextsAsync());
        Assert.Equal("+25", (await page.Locator("[data-change]").First.InnerTextAsync()).Trim());
        Assert.Equal(["75", "100"], await page.Locator("svg[data-trend=fidelity] circle")
            .EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.value)"));
        Assert.Contains("Vorige score: 5", await page.Locator("[data-item='5']").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal("Werkgeverscontacten per week bijhouden.", (await page.Locator("[data-last-actions]").InnerTextAsync()).Trim());

        var problems = new List<string>(await PageActions.StaffPageProblemsAsync(page, "fidelity", Screenshots));
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/fidelity?lang=en").ToString());
        Assert.Contains("of the", await page.Locator("[data-evidence='11']").InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "fidelity-en", Screenshots));
        Assert.Empty(problems);
    }
}
