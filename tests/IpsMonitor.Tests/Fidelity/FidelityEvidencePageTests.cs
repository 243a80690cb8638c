using System.Globalization;
using Azure.Data.Tables;
using IpsMonitor.Fidelity;
using IpsMonitor.Tests.Workbooks;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Fidelity;

/// <summary>
/// The fidelity page's own figures are the ones the last build of the quarter stored, the same the workbook's
/// Modelgetrouwheid sheet shows; before any build, and for a row stored before they were kept, the page says they have not
/// been computed yet.
/// </summary>
public sealed class FidelityEvidencePageTests
{
    [Fact]
    public async Task ThePageShowsTheFiguresTheLastBuildStoredAsTheSheetDoesAndNotYetComputedWithoutThem()
    {
        await using var p = await TestProgramme.StartAsync();
        var (seed, _) = await TrendSheetTests.SeedEightQuartersAsync(p);
        var quarter = Quarter.Containing(p.Today);
        var expected = FidelityEvidence.Of((await TrendSheetTests.CurrentQuarterAsync(p, seed)).Current);
        Assert.True(expected.Competitive.Placements > 0 && expected.Caseload.Caseload > 0);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        // No build of this quarter yet: both items say so, and nothing claims a time.
        var before = Dom.Parse(await coordinator.PageAsync("fidelity"));
        Assert.Equal(["1", "11"], before.QuerySelectorAll("[data-evidence][data-not-computed]").Select(e => e.GetAttribute("data-evidence")));
        Assert.Contains($"Nog niet berekend voor {quarter}", before.QuerySelector("[data-evidence='1']")?.Text(), StringComparison.Ordinal);
        Assert.Empty(before.QuerySelectorAll("[data-computed]"));

        await WorkbookDownloads.RebuildAsync(p.Coordinator, quarter);
        var built = Dom.Parse(await coordinator.PageAsync("fidelity"));
        var caseload = built.QuerySelector("[data-evidence='1']")!;
        var competitive = built.QuerySelector("[data-evidence='11']")!;
        Assert.Empty(built.QuerySelectorAll("[data-not-computed]"));
        Assert.Equal(expected.Caseload.Caseload.ToString(CultureInfo.InvariantCulture), caseload.GetAttribute("data-caseload"));
        Assert.Equal(expected.Competitive.Placements.ToString(CultureInfo.InvariantCulture), competitive.GetAttribute("data-placements"));
        // "vandaag", or "vannacht" when the test runs before six in the morning (QuarterFiguresTests covers which is said when).
        Assert.Matches(@"^Bijgewerkt (vandaag|vannacht|op .+) om \d\d:\d\d\.$", caseload.QuerySelector("[data-computed]")?.Text() ?? "");
        var count = expected.Caseload.Caseload == 1 ? "1 kandidaat" : $"{expected.Caseload.Caseload} kandidaten";
        Assert.Contains(count + " op ", caseload.Text(), StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\b1 kandidaten\b", built.Body?.TextContent ?? "");

        // The page and the workbook's sheet of the same build agree.
        using var intern = await WorkbookDownloads.DownloadAsync(p.Coordinator, quarter, "intern");
        var sheet = intern.Worksheet(FidelitySheet.Name);
        double Value(string label) => WorkbookFile.Row(sheet, label).Cell(2).GetDouble();
        Assert.Equal(caseload.GetAttribute("data-per-fte"), Value(FidelitySheet.CaseloadPerFte).ToString("0.0", CultureInfo.InvariantCulture));
        Assert.Equal(competitive.GetAttribute("data-placements"), Value(FidelitySheet.RunningPlacements).ToString(CultureInfo.InvariantCulture));
        Assert.Equal(competitive.GetAttribute("data-competitive"), Value(FidelitySheet.CompetitivePlacements).ToString(CultureInfo.InvariantCulture));

        // A row stored before the fidelity figures were kept: the page still answers, and says they are not computed yet.
        var table = p.Table(IpsMonitor.Workbooks.QuarterFiguresStore.Table);
        var row = (await table.GetEntityAsync<TableEntity>(TestProgramme.Id, quarter.ToString())).Value;
        Assert.True(row.Remove("Fidelity"));
        await table.UpsertEntityAsync(row, TableUpdateMode.Replace);
        var old = await coordinator.GetAsync("fidelity");
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        Assert.Equal(2, Dom.Parse(await old.Content.ReadAsStringAsync()).QuerySelectorAll("[data-evidence][data-not-computed]").Length);
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("quarter")).StatusCode);
    }
}
