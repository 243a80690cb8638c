using System.Globalization;
using ClosedXML.Excel;
using IpsMonitor.Tests.Workspace;
using IpsMonitor.Workspace;
using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>The quarter overview reads the figures a build stored: the workbook's own cells, when they were computed, no candidate.</summary>
public sealed class QuarterFiguresTests
{
    private static readonly CultureInfo Dutch = CultureInfo.GetCultureInfo("nl-NL");

    [Fact]
    public async Task TheQuarterOverviewShowsTheCellsOfTheQuartersWorkbookOnceItIsBuiltAndTheStoredFiguresNameNoCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, _) = await TrendSheetTests.SeedEightQuartersAsync(p);
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        // Nothing stored yet: a plain message and the build action, no figures.
        var before = Dom.Parse(await coordinator.PageAsync("quarter"));
        Assert.Contains(current.ToString(), before.QuerySelector("[data-not-computed]")?.TextContent ?? "", StringComparison.Ordinal);
        Assert.NotNull(before.QuerySelector($"button[data-rebuild='{current}']"));
        Assert.Null(before.QuerySelector("[data-summary]"));

        await RebuildAsync(p.Coordinator, current);
        using var intern = await DownloadAsync(p.Coordinator, current, "intern");
        var summary = intern.Worksheet(SummarySheet.Name);
        var page = Dom.Parse(await coordinator.PageAsync("quarter"));
        Assert.Null(page.QuerySelector("[data-not-computed]"));
        Assert.StartsWith("Bijgewerkt ", page.QuerySelector("[data-computed]")?.TextContent ?? "", StringComparison.Ordinal);

        // This quarter and the previous one, as the workbook of this quarter has them (cells 2 and 3).
        Assert.Equal([current.ToString(), current.Previous.ToString()],
            page.QuerySelectorAll("[data-summary] thead th").Skip(1).Select(th => th.TextContent.Trim()));
        for (var column = 0; column < 2; column++)
        {
            var rate = WorkbookFile.Row(summary, MetricDefinitions.EmploymentRate).Cell(2 + column);
            var shown = page.QuerySelectorAll("[data-figure=employment-rate] td")[column].TextContent;
            Assert.Equal(XLDataType.Number, rate.DataType);
            Assert.StartsWith(rate.GetDouble().ToString("0.0%", Dutch), shown.Trim(), StringComparison.Ordinal);
            var starts = WorkbookFile.Row(summary, MetricDefinitions.JobStarts).Cell(2 + column).GetDouble();
            Assert.Equal(starts.ToString(CultureInfo.InvariantCulture), page.QuerySelectorAll("[data-figure=job-starts] td")[column].TextContent.Trim());
        }
        Assert.NotEqual("0", page.QuerySelectorAll("[data-figure=job-starts] td")[1].TextContent.Trim());
        // The trend: eight quarters, the job starts of each as the workbook's Trend sheet has them.
        var trend = intern.Worksheet(TrendSheet.Name);
        var circles = page.QuerySelectorAll("svg[data-trend=job-starts] circle");
        Assert.Equal(QuarterTrend.Quarters, circles.Length);
        foreach (var circle in circles)
            Assert.Equal(WorkbookFile.Row(trend, circle.GetAttribute("data-quarter") ?? "").Cell(3).GetDouble().ToString(CultureInfo.InvariantCulture),
                circle.GetAttribute("data-value"));
        Assert.Contains("coach-a", page.QuerySelectorAll("[data-caseloads] tr[data-coach]").Select(r => r.GetAttribute("data-coach")));

        // Eight small rows, aggregates and staff ids only: no candidate id anywhere.
        var rows = new List<TableEntity>();
        await foreach (var row in p.Table(QuarterFiguresStore.Table).QueryAsync<TableEntity>())
            rows.Add(row);
        Assert.Equal(QuarterTrend.Quarters, rows.Count);
        var stored = string.Join('\n', rows.SelectMany(r => r.Select(kv => $"{kv.Key}={kv.Value}")));
        var candidates = seed.Expected([]).Candidates;
        Assert.NotEmpty(candidates);
        foreach (var candidate in candidates)
            Assert.DoesNotContain(candidate.Id, stored, StringComparison.Ordinal);
    }

    [Fact]
    public void ThePageSaysWhenTheFiguresWereComputed()
    {
        var (t, c) = (StaffText.For("nl"), CoordinatorText.For("nl"));
        var now = new DateTimeOffset(2026, 12, 4, 15, 0, 0, TimeSpan.FromHours(1));
        Assert.Equal("Bijgewerkt vannacht om 02:00.", QuarterPage.Computed(new(2026, 12, 4, 2, 0, 0, TimeSpan.FromHours(1)), now, t, c));
        Assert.Equal("Bijgewerkt vandaag om 14:10.", QuarterPage.Computed(new(2026, 12, 4, 14, 10, 0, TimeSpan.FromHours(1)), now, t, c));
        Assert.Equal($"Bijgewerkt op {new DateOnly(2026, 12, 3).ToString("d MMM yyyy", t.Culture)} om 14:10.",
            QuarterPage.Computed(new(2026, 12, 3, 13, 10, 0, TimeSpan.Zero), now, t, c));
    }
}
