using System.Diagnostics;
using ClosedXML.Excel;
using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>The Trend sheet: eight quarters, each exactly as the metrics module computes that quarter on its own.</summary>
public sealed class TrendSheetTests
{
    /// <summary>
    /// Eight quarters up to the one that closed last, each with its own referrals, job starts (some kept 13 and 26 weeks,
    /// some ended early) and candidates who stay out of work, so every column moves from quarter to quarter.
    /// </summary>
    internal static async Task<(StoredProgramme Seed, IReadOnlyList<Quarter> Quarters)> SeedEightQuartersAsync(TestProgramme p)
    {
        var seed = new StoredProgramme(p, TestProgramme.Id);
        var quarters = Enumerable.Range(0, QuarterTrend.Quarters).Select(i => Enumerable.Range(0, QuarterTrend.Quarters - 1 - i).Aggregate(seed.Quarter, (q, _) => q.Previous)).ToList();
        for (var i = 0; i < quarters.Count; i++)
        {
            var start = quarters[i].Start;
            for (var n = 0; n <= i % 4 + 1; n++)
            {
                var coach = n % 2 == 0 ? "coach-a" : "coach-b";
                var candidate = await seed.CandidateAsync($"q{i}n{n}", coach, start.AddDays(3 + n), employed: n == 3);
                if (n % 3 == 2)
                    continue;
                // Every other job ends after 60 days: short of 13 weeks.
                await seed.JobAsync($"j{i}n{n}", candidate, start.AddDays(20 + 7 * n), 12 + 4 * n, end: (i + n) % 2 == 0 ? start.AddDays(80 + 7 * n) : null);
            }
        }
        return (seed, quarters);
    }

    /// <summary>The seeded rows as the product reads them, and the current quarter as the metrics module computes it today.</summary>
    internal static async Task<(ProgrammeData Data, QuarterlyReport Current)> CurrentQuarterAsync(TestProgramme p, StoredProgramme seed)
    {
        var data = seed.Expected(await p.Service<AccessStore>().CoachesAsync(TestProgramme.Id, CancellationToken.None));
        return (data, QuarterlyMetrics.Compute(data, Quarter.Containing(p.Today), Quarter.Amsterdam, OutcomePolicy.Default with { Today = p.Today }));
    }

    [Fact]
    public async Task TheTrendSheetShowsEachOfEightQuartersAsTheMetricsModuleComputesThatQuarterAndLibreOfficeOpensIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, quarters) = await SeedEightQuartersAsync(p);

        await RebuildAsync(p.Coordinator, seed.Quarter);
        var bytes = await DownloadBytesAsync(p.Coordinator, seed.Quarter, "intern");

        var data = seed.Expected(await p.Service<AccessStore>().CoachesAsync(TestProgramme.Id, CancellationToken.None));
        using var file = new XLWorkbook(new MemoryStream(bytes));
        var sheet = file.Worksheet(TrendSheet.Name);
        Assert.Equal([.. TrendSheet.Columns, "Toelichting"], sheet.Row(SheetLayout.HeaderRow).CellsUsed().Select(c => c.GetString()));
        var rows = sheet.RowsUsed().Where(r => r.RowNumber() > SheetLayout.HeaderRow && r.Cell(1).GetString() != TrendSheet.SparklineLabel).ToList();
        Assert.Equal(quarters.Select(q => q.ToString()), rows.Select(r => r.Cell(1).GetString()));
        foreach (var (row, quarter) in rows.Zip(quarters))
        {
            // Each quarter computed on its own, as its own workbook would show it.
            var own = QuarterlyMetrics.Compute(data, quarter, Quarter.Amsterdam).Current;
            AssertShare(own.EmploymentRate, row.Cell(2));
            Assert.Equal(XLDataType.Number, row.Cell(3).DataType);
            Assert.Equal(Formats.Count, row.Cell(3).Style.NumberFormat.Format);
            Assert.Equal(own.JobStarts, row.Cell(3).GetDouble());
            AssertShare(own.Sustained13Weeks, row.Cell(4));
            AssertShare(own.Sustained26Weeks, row.Cell(5));
        }
        // The data really moves: job starts differ between quarters, and some shares are neither 0 nor 1.
        Assert.True(rows.Select(r => r.Cell(3).GetDouble()).Distinct().Count() > 2);
        Assert.Contains(rows, r => r.Cell(4).DataType == XLDataType.Number && r.Cell(4).GetDouble() is > 0 and < 1);
        Assert.Equal(TrendSheet.Columns.Length - 1, sheet.SparklineGroups.Count());
        Assert.Contains(MetricDefinitions.All, d => d.Name == MetricDefinitions.Trend);
        Assert.Equal(MetricDefinitions.Trend, WorkbookFile.Row(file.Worksheet(DefinitionSheet.Name), MetricDefinitions.Trend).Cell(1).GetString());

        var csv = await LibreOfficeSheetAsync(bytes, sheet: 2);
        Assert.Contains($"{MetricDefinitions.Period},{MetricDefinitions.EmploymentRate},{MetricDefinitions.JobStarts},{MetricDefinitions.Sustained13},{MetricDefinitions.Sustained26},Toelichting", csv);
        var last = QuarterlyMetrics.Compute(data, seed.Quarter, Quarter.Amsterdam).Current;
        Assert.Contains(csv, l => l.StartsWith($"{seed.Quarter},{Percent(last.EmploymentRate)},{last.JobStarts},{Percent(last.Sustained13Weeks)},", StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheExternalTrendRepeatsWhatEachEarlierQuartersExternalWorkbookPublishedAndComputesOnlyThisQuarter()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, quarters) = await SeedEightQuartersAsync(p);
        var earlier = seed.Quarter.Previous;
        await RebuildAsync(p.Coordinator, earlier);
        using var earlierExtern = await DownloadAsync(p.Coordinator, earlier, "extern");
        var earlierSummary = earlierExtern.Worksheet(SummarySheet.Name);

        await RebuildAsync(p.Coordinator, seed.Quarter);
        using var external = await DownloadAsync(p.Coordinator, seed.Quarter, "extern");

        var trend = external.Worksheet(TrendSheet.Name);
        var published = WorkbookFile.Row(trend, earlier.ToString());
        foreach (var (label, column) in new[] { (MetricDefinitions.EmploymentRate, 2), (MetricDefinitions.JobStarts, 3), (MetricDefinitions.Sustained13, 4), (MetricDefinitions.Sustained26, 5) })
        {
            var was = WorkbookFile.Row(earlierSummary, label).Cell(2);
            Assert.Equal(was.DataType, published.Cell(column).DataType);
            Assert.Equal(was.GetString(), published.Cell(column).GetString());
        }
        Assert.Equal("zoals gepubliceerd in externe versie 1", published.Cell(6).GetString());
        // Quarters that never had an external workbook show nothing recomputed.
        foreach (var quarter in quarters.Take(QuarterTrend.Quarters - 2))
            Assert.All(Enumerable.Range(2, 4), c => Assert.Equal(CellWriter.Missing, WorkbookFile.Row(trend, quarter.ToString()).Cell(c).GetString()));
        // This quarter: the same cells as the external summary.
        var now = WorkbookFile.Row(trend, seed.Quarter.ToString());
        var summary = external.Worksheet(SummarySheet.Name);
        Assert.Equal(WorkbookFile.Row(summary, MetricDefinitions.JobStarts).Cell(2).GetString(), now.Cell(3).GetString());
        Assert.Equal(WorkbookFile.Row(summary, MetricDefinitions.EmploymentRate).Cell(2).GetString(), now.Cell(2).GetString());
        Assert.DoesNotContain(WorkbookFile.AllCells(external), c => c.Worksheet.Name == TrendSheet.Name && c.DataType == XLDataType.Number
            && c.Style.NumberFormat.Format == Formats.Count && c.GetDouble() is > 0 and < SmallCells.Threshold);
    }

    private static void AssertShare(Ratio ratio, IXLCell cell)
    {
        if (ratio.Value is not { } value)
        {
            Assert.Equal(CellWriter.Missing, cell.GetString());
            return;
        }
        Assert.Equal(XLDataType.Number, cell.DataType);
        Assert.Equal(Formats.Percent, cell.Style.NumberFormat.Format);
        Assert.Equal(value, cell.GetDouble(), 12);
    }

    private static string Percent(Ratio ratio) => ratio.Value is { } v ? (v * 100).ToString("0.0", System.Globalization.CultureInfo.InvariantCulture) + "%" : CellWriter.Missing;

    /// <summary>Converts one sheet of the workbook to CSV with LibreOffice, as shown (formatted).</summary>
    internal static async Task<string[]> LibreOfficeSheetAsync(byte[] workbook, int sheet)
    {
        var directory = Directory.CreateTempSubdirectory("ipsmonitor-trend-");
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var path = Path.Combine(directory.FullName, "kwartaal.xlsx");
            await File.WriteAllBytesAsync(path, workbook);
            var start = new ProcessStartInfo("/usr/bin/soffice") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var argument in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--convert-to",
                $"csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,{sheet}", "--outdir", directory.FullName, path })
                start.ArgumentList.Add(argument);
            using var process = Process.Start(start)!;
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var errors = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {await output} {await errors}");
            return await File.ReadAllLinesAsync(Assert.Single(Directory.GetFiles(directory.FullName, "*.csv")));
        }
        finally
        {
            directory.Delete(recursive: true);
            if (Directory.Exists(profile))
                Directory.Delete(profile, recursive: true);
        }
    }
}
