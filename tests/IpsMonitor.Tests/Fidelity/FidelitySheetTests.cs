using ClosedXML.Excel;
using IpsMonitor.Fidelity;
using IpsMonitor.Tests.Workbooks;

namespace IpsMonitor.Tests.Fidelity;

/// <summary>The internal workbook's Modelgetrouwheid sheet: the last review and the quarter's own figures.</summary>
public sealed class FidelitySheetTests
{
    private static double Value(IXLWorksheet sheet, string label) => WorkbookFile.Row(sheet, label).Cell(2).GetDouble();

    [Fact]
    public void TheInternalWorkbookShowsTheLastReviewWithItsTotalsAndTheQuartersEvidenceAndTheExternalOneHasNoSuchSheet()
    {
        var scores = FidelityScaleTests.Scores(4, ("5a", 5), ("5b", 2), ("9a", 3), ("9b", 1));
        scores["11"] = new FidelityScore(4, "Twee werkervaringsplekken dit halfjaar.");
        var review = new FidelityReview("r1", ProgrammeFixture.Programme, new DateOnly(2026, 9, 10), "A. de Vries", scores,
            "Werkgeverscontacten per week bijhouden.", DateTimeOffset.UnixEpoch, "coordinator:k1");
        var report = QuarterlyMetrics.Compute(ProgrammeFixture.Data(), ProgrammeFixture.Q3, ProgrammeFixture.Zone)
            with { LastFidelityReview = review };

        using var intern = WorkbookFile.Open(report, WorkbookVariant.Intern);
        var sheet = intern.Worksheet(FidelitySheet.Name);

        Assert.Equal(100, Value(sheet, FidelitySheet.IpsATotal));
        Assert.Equal(95, Value(sheet, FidelitySheet.IpsOTotal));
        var item11 = WorkbookFile.Row(sheet, "11");
        Assert.Equal((4.0, "Twee werkervaringsplekken dit halfjaar.", "75% regulier"),
            (item11.Cell(4).GetDouble(), item11.Cell(5).GetString(), item11.Cell(6).GetString()));
        Assert.Equal("6,7 per fulltime begeleider", WorkbookFile.Row(sheet, "1").Cell(6).GetString());
        Assert.Equal(2.0, WorkbookFile.Row(sheet, "5b").Cell(4).GetDouble());
        Assert.Equal(6.67, Value(sheet, FidelitySheet.CaseloadPerFte), 2);
        Assert.Equal((8.0, 6.0, 0.75), (Value(sheet, FidelitySheet.RunningPlacements),
            Value(sheet, FidelitySheet.CompetitivePlacements), Value(sheet, FidelitySheet.CompetitiveShare)));
        Assert.Equal("Werkgeverscontacten per week bijhouden.", WorkbookFile.Row(sheet, "Actiepunten").Cell(2).GetString());

        using var external = WorkbookFile.Open(report, WorkbookVariant.Extern);
        Assert.DoesNotContain(external.Worksheets, s => s.Name == FidelitySheet.Name);
    }

    [Fact]
    public async Task ABuiltWorkbookCarriesTheLastReviewHeldByTheQuartersEndNotALaterOne()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = new StoredProgramme(p, TestProgramme.Id);
        await seed.SeedAsync();
        var store = p.Service<FidelityStore>();
        async Task AddAsync(DateOnly date, int all) => await store.AddAsync(new FidelityReview(
            FidelityStore.Key(date, p.Clock.GetUtcNow()), TestProgramme.Id, date, "Beoordelaar", FidelityScaleTests.Scores(all),
            null, p.Clock.GetUtcNow(), "coordinator:test"), CancellationToken.None);
        await AddAsync(seed.Quarter.Start.AddDays(-100), 2);
        await AddAsync(seed.Quarter.End.AddDays(-5), 3);
        await AddAsync(seed.Quarter.End.AddDays(1), 5);

        await WorkbookDownloads.RebuildAsync(p.Coordinator, seed.Quarter);
        using var intern = await WorkbookDownloads.DownloadAsync(p.Coordinator, seed.Quarter, "intern");

        var sheet = intern.Worksheet(FidelitySheet.Name);
        Assert.Equal(75, Value(sheet, FidelitySheet.IpsATotal));
        Assert.Equal(seed.Quarter.End.AddDays(-5).ToDateTime(TimeOnly.MinValue), WorkbookFile.Row(sheet, "Datum").Cell(2).GetDateTime());
    }
}
