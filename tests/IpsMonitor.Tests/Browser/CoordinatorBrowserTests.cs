using System.Globalization;
using System.Text.RegularExpressions;
using ClosedXML.Excel;
using IpsMonitor.Tests.Workbooks;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>A coordinator in real headless Chromium: the quarter overview, the workbooks, a rebuild seen through to the end.</summary>
public sealed partial class CoordinatorBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private static readonly string Screenshots = Path.Combine(Repo.Root, "TestResults", "screenshots", "coordinator");

    private async Task<IPage> SignedInAsync(TestProgramme p, int width = 1280, int height = 800, bool bypassCsp = false)
    {
        var page = await chromium.StaffPageAsync(width, height, bypassCsp);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"], "staff/quarter");
        return page;
    }

    [Fact]
    public async Task ACoordinatorSeesTheQuarterRebuildsItOnTheSelfRefreshingPageAndDownloadsBothWorkbooks()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, _) = await TrendSheetTests.SeedEightQuartersAsync(p);
        var (data, expected) = await TrendSheetTests.CurrentQuarterAsync(p, seed);
        var current = expected.Quarter;
        // The overview shows stored figures: the current quarter's build (nightly, or this rebuild) computes them.
        await WorkbookDownloads.RebuildAsync(p.Coordinator, current);
        var page = await SignedInAsync(p);

        // The overview: the same figures as the metrics module, the benchmark band in words, the trend, the caseloads.
        Assert.Equal("Kwartaaloverzicht", await page.Locator("h1").InnerTextAsync());
        var rate = await page.Locator("[data-figure=employment-rate] td").First.InnerTextAsync();
        Assert.Contains($"{expected.Current.EmploymentRate.Numerator} van {expected.Current.EmploymentRate.Denominator}", rate, StringComparison.Ordinal);
        var previousBand = await page.Locator("[data-figure=band] td").Nth(1).InnerTextAsync();
        Assert.Equal(expected.Previous.EmploymentRate.Value is { } v ? Band(v) : "–", previousBand.Trim());
        Assert.Equal(expected.Trend.Select(f => f.Quarter.ToString()), await page.Locator("svg[data-trend=job-starts] circle").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.quarter)"));
        Assert.Equal(expected.Trend.Select(f => f.JobStarts.ToString(CultureInfo.InvariantCulture)),
            await page.Locator("svg[data-trend=job-starts] circle").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.value)"));
        Assert.Contains(expected.Trend[^2].Quarter.ToString(), await page.Locator("svg[data-trend=employment-rate] desc").TextContentAsync(), StringComparison.Ordinal);
        foreach (var coach in expected.Coaches)
        {
            var line = page.Locator($"[data-caseloads] tr[data-coach={coach.CoachId}]");
            Assert.Contains(coach.CaseloadOfNorm > 1 ? "boven de norm" : "binnen de norm", await line.InnerTextAsync(), StringComparison.Ordinal);
            Assert.Equal(coach.ScoreBand?.ToString(CultureInfo.InvariantCulture) ?? "–", (await line.Locator("[data-band-score]").InnerTextAsync()).Trim());
        }
        // This quarter has not ended: its milestones count up to today, and the page says so; every band names its source.
        Assert.Contains("tot en met vandaag", await page.Locator("[data-figure=sustained-13] th").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await page.Locator("[data-milestones]").CountAsync());
        var sustained = expected.Current.Sustained13Weeks;
        if (sustained.Value is not null)
            Assert.Contains($"{sustained.Numerator} van {sustained.Denominator}", await page.Locator("[data-figure=sustained-13] td").First.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("internationale referentie (VS/VK)", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("Kwaliteitsmerk", await page.Locator("main").InnerTextAsync(), StringComparison.Ordinal);
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, "quarter-1280.png"), FullPage = true });

        // The workbooks page: the closed quarter is not built yet, so it offers to build it, not to build it again; build it
        // and watch the status page refresh itself.
        await page.GetByRole(AriaRole.Link, new() { Name = "Werkboeken" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/workbooks$"));
        var card = page.Locator($"section.card[data-quarter='{seed.Quarter}']");
        Assert.Contains("Nog niet gemaakt", await card.InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await card.GetByRole(AriaRole.Button, new() { Name = "Opnieuw opbouwen" }).CountAsync());
        await card.GetByRole(AriaRole.Button, new() { Name = "Nu maken" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/staff/workbooks/{seed.Quarter}/builds/[0-9a-f]{{32}}$"));
        // No script and no click: the page's own refresh brings the finished state.
        await page.Locator("[data-state=done]").WaitForAsync(new() { Timeout = 60_000 });
        Assert.Equal(0, await page.Locator("meta[http-equiv=refresh]").CountAsync());
        Assert.Equal(0, await page.Locator("script").CountAsync());

        await page.GetByRole(AriaRole.Link, new() { Name = "Naar de werkboeken" }).ClickAsync();
        card = page.Locator($"section.card[data-quarter='{seed.Quarter}']");
        Assert.Matches("^[0-9]+$", await card.Locator("[data-duration-ms]").GetAttributeAsync("data-duration-ms") ?? "");
        Assert.Equal(1, await card.GetByRole(AriaRole.Button, new() { Name = "Opnieuw opbouwen" }).CountAsync());
        Assert.Equal((data.Coaches.Count + data.Candidates.Count + data.Jobs.Count + data.Invitations.Count + data.Signals.Count).ToString(CultureInfo.InvariantCulture),
            await card.Locator("[data-rows-read]").GetAttributeAsync("data-rows-read"));
        using var intern = await DownloadAsync(page, card.Locator("[data-download=intern]"));
        using var external = await DownloadAsync(page, card.Locator("[data-download=extern]"));
        Assert.Contains(intern.Worksheets, s => s.Name == CandidateSheet.Name);
        Assert.DoesNotContain(external.Worksheets, s => s.Name == CandidateSheet.Name);
        Assert.Equal("Externe versie", external.Properties.Subject);
        var closed = QuarterlyMetrics.Compute(data, seed.Quarter, Quarter.Amsterdam);
        Assert.Equal(closed.Current.JobStarts, WorkbookFile.Row(intern.Worksheet(TrendSheet.Name), seed.Quarter.ToString()).Cell(3).GetDouble());
        Assert.Contains($"download workbook {seed.Quarter} intern", string.Join('\n', await WorkbookDownloads.AuditedActionsAsync(p)), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaffViewports.Sizes), MemberType = typeof(StaffViewports))]
    public async Task TheCoordinatorPagesPassTheAccessibilityCheckAndDoNotScrollSidewaysAtThisSizeOrAt200PercentText(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, _) = await TrendSheetTests.SeedEightQuartersAsync(p);
        await WorkbookDownloads.RebuildAsync(p.Coordinator, seed.Quarter);
        var done = await LatestBuildAsync(p, seed.Quarter);
        await WorkbookDownloads.RebuildAsync(p.Coordinator, Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam));
        // A request nobody works on: its status page keeps waiting.
        var waiting = await p.Service<WorkbookBuildStore>().CreateAsync(TestProgramme.Id, seed.Quarter.Previous, "coordinator:test", CancellationToken.None);
        var page = await SignedInAsync(p, width, height, bypassCsp: true);
        var problems = new List<string>();
        Directory.CreateDirectory(Screenshots);

        async Task CheckAsync(string path, string name)
        {
            await page.GotoAsync(new Uri(p.Host.BaseAddress, path).ToString());
            problems.AddRange(await PageActions.StaffPageProblemsAsync(page, name, Screenshots));
        }

        await CheckAsync("staff/quarter", "quarter");
        await CheckAsync("staff/quarter?lang=en", "quarter-en");
        await CheckAsync("staff/workbooks?lang=nl", "workbooks");
        await CheckAsync($"staff/workbooks/{seed.Quarter}/builds/{done}", "build-done");
        // The waiting page with its refresh stopped (the reader's choice the page offers).
        await CheckAsync($"staff/workbooks/{seed.Quarter.Previous}/builds/{waiting.RequestId}?refresh=off", "build-waiting");
        Assert.Empty(problems);

        // While refreshing, the page says so and offers the way to stop it. (The check above runs on the stopped page: a
        // refresh every 3 seconds would end a slow check halfway, and axe's meta-refresh rule flags any timed refresh.)
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/workbooks/{seed.Quarter.Previous}/builds/{waiting.RequestId}").ToString());
        Assert.Equal("3", await page.Locator("meta[http-equiv=refresh]").GetAttributeAsync("content"));
        Assert.Equal(1, await page.GetByRole(AriaRole.Link, new() { Name = "Stop met verversen" }).CountAsync());
    }

    private static async Task<string> LatestBuildAsync(TestProgramme p, Quarter quarter)
    {
        var table = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<IpsMonitor.Platform.StorageNames>().Table(WorkbookBuildStore.Table));
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>(r => r.PartitionKey == TestProgramme.Id))
            if (row.GetString("Quarter") == quarter.ToString() && row.GetString("State") == nameof(BuildRequestState.Done))
                return row.RowKey;
        throw new InvalidOperationException("no finished build");
    }

    private static async Task<XLWorkbook> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".xlsx", download.SuggestedFilename, StringComparison.Ordinal);
        return new XLWorkbook(new MemoryStream(await File.ReadAllBytesAsync((await download.PathAsync())!)));
    }

    private static string Band(double rate) => rate switch
    {
        >= SummarySheet.Excellent => "excellent",
        >= SummarySheet.AverageLevel => "gemiddeld",
        >= SummarySheet.Minimal => "minimaal",
        _ => "onder minimaal",
    };
}
