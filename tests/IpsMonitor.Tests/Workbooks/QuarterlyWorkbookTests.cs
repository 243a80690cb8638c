using ClosedXML.Excel;
using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;
using static IpsMonitor.Tests.Workbooks.WorkbookFile;

namespace IpsMonitor.Tests.Workbooks;

public sealed class QuarterlyWorkbookTests
{
    private readonly XLWorkbook workbook = Open(Report(), WorkbookVariant.Intern);

    [Fact]
    public void TheInternalWorkbookHasTheTenDutchSheetsInOrder()
    {
        Assert.Equal(
            ["Samenvatting", "Trend", "Per begeleider", "Plaatsingen", "Onderwijs en redenen", "Kandidaten", "Modelgetrouwheid",
                "Signalen", "Vragenlijsten", "Definities"],
            workbook.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void TheSummaryShowsCountsAsNumbersAndRatesAsPercentagesNextToThePreviousQuarter()
    {
        var sheet = workbook.Worksheet("Samenvatting");
        Assert.Equal(["Indicator", "2026-Q3", "2026-Q2"], sheet.Row(SheetLayout.HeaderRow).Cells(1, 3).Select(c => c.GetString()));

        var referrals = Row(sheet, "Aanmeldingen");
        Assert.Equal(XLDataType.Number, referrals.Cell(2).DataType);
        Assert.Equal((4.0, 1.0), (referrals.Cell(2).GetDouble(), referrals.Cell(3).GetDouble()));
        Assert.Equal(10.0, Row(sheet, "Actieve caseload").Cell(2).GetDouble());

        var rate = Row(sheet, "Arbeidsparticipatie");
        Assert.Equal(XLDataType.Number, rate.Cell(2).DataType);
        Assert.Equal(7.0 / 9, rate.Cell(2).GetDouble(), 9);
        Assert.Equal("0.0%", rate.Cell(2).Style.NumberFormat.Format);
        Assert.Equal(0.5, rate.Cell(3).GetDouble());
        Assert.Equal("excellent", Row(sheet, "Benchmarkniveau arbeidsparticipatie").Cell(2).GetString());
        Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("Kwaliteitsmerk", StringComparison.Ordinal));
        Assert.Equal("internationale referentie (VS/VK)", Row(sheet, "Minimaal").Cell(3).GetString());
        Assert.Equal("internationale referentie (VS/VK)", Row(sheet, "Benchmarkniveau arbeidsparticipatie").Cell(4).GetString());
        Assert.Equal(162.0, Row(sheet, "Dagen van aanmelding tot eerste baan (mediaan)").Cell(2).GetDouble());
        Assert.Equal(2.0 / 3, Row(sheet, "Baanbehoud 13 weken").Cell(2).GetDouble(), 9);
        Assert.Equal(14.0, Row(sheet, "Mediaan contracturen per week per werkende").Cell(2).GetDouble());
        Assert.Equal(0.31, Row(sheet, "Minimaal").Cell(2).GetDouble());
        Assert.Equal("0%", Row(sheet, "Minimaal").Cell(2).Style.NumberFormat.Format);
    }

    [Fact]
    public void TheEmploymentRateIsColouredByBenchmarkBand()
    {
        var sheet = workbook.Worksheet("Samenvatting");
        var rateRow = Row(sheet, "Arbeidsparticipatie").RowNumber();

        var formats = sheet.ConditionalFormats.Where(f => f.Range.RangeAddress.FirstAddress.RowNumber == rateRow).ToList();

        Assert.Equal(4, formats.Count);
        Assert.All(formats, f => Assert.Equal(XLCFOperator.Between, f.Operator));
    }

    [Fact]
    public void CandidateLinesCarryRealDatesAndNumbers()
    {
        var sheet = workbook.Worksheet("Kandidaten");
        var k04 = Row(sheet, "k04");

        Assert.Equal(XLDataType.DateTime, k04.Cell(3).DataType);
        Assert.Equal(new DateTime(2026, 8, 20), k04.Cell(3).GetDateTime());
        Assert.Equal("dd-mm-yyyy", k04.Cell(3).Style.NumberFormat.Format);
        Assert.Equal("C2", k04.Cell(2).GetString());
        Assert.Equal("Werkt", k04.Cell(6).GetString());
        Assert.Equal(new DateTime(2025, 11, 3), k04.Cell(7).GetDateTime());
        Assert.Equal(63.0, k04.Cell(8).GetDouble());
        Assert.Equal(16.0, k04.Cell(11).GetDouble());
        Assert.Equal(10, sheet.RowsUsed().Count(r => r.RowNumber() > SheetLayout.HeaderRow));
    }

    [Fact]
    public void EverySheetFreezesItsHeaderFiltersItsTableAndPrintsOnePageWide()
    {
        foreach (var sheet in workbook.Worksheets)
        {
            Assert.Equal(SheetLayout.HeaderRow, sheet.SheetView.SplitRow);
            Assert.True(sheet.AutoFilter.IsEnabled, sheet.Name);
            Assert.Equal(XLPageOrientation.Landscape, sheet.PageSetup.PageOrientation);
            Assert.Equal((1, 0), (sheet.PageSetup.PagesWide, sheet.PageSetup.PagesTall));
            Assert.True(sheet.Column(1).Width >= 8, sheet.Name);
        }
    }

    [Fact]
    public void TheDocumentPropertiesNameTheProgrammeQuarterAndDefinitionVersion()
    {
        Assert.Equal("IPS kwartaaluitkomsten p1 2026-Q3", workbook.Properties.Title);
        Assert.Equal("p1", workbook.CustomProperties.CustomProperty("Programma").Value);
        Assert.Equal("2026-Q3", workbook.CustomProperties.CustomProperty("Kwartaal").Value);
        Assert.Equal("2026-10-01T00:15:00Z", workbook.CustomProperties.CustomProperty("Gegenereerd op").Value);
        Assert.Equal(MetricDefinitions.DefinitionVersion, workbook.CustomProperties.CustomProperty("Definitieversie").Value);
    }

    [Fact]
    public void TheDefinitionsSheetDefinesEveryIndicatorOnTheSummaryAndStatesTheVersions()
    {
        var definitions = workbook.Worksheet("Definities");
        var defined = definitions.Column(1).CellsUsed().Select(c => c.GetString()).ToHashSet();
        var summary = workbook.Worksheet("Samenvatting");
        var lastIndicator = Row(summary, MetricDefinitions.OpenSignals).RowNumber();

        for (var row = SheetLayout.HeaderRow + 1; row <= lastIndicator; row++)
            Assert.Contains(summary.Cell(row, 1).GetString(), defined);
        Assert.Equal(MetricDefinitions.DefinitionVersion, Row(definitions, "Definitieversie").Cell(2).GetString());
        Assert.Equal("signals-3", Row(definitions, "Versie signaalregels").Cell(2).GetString());
        Assert.Equal(SmallCells.RuleText, Row(definitions, SmallCells.Name).Cell(2).GetString());
        Assert.Equal(new DateTime(2026, 10, 1, 2, 15, 0), Row(definitions, "Gegenereerd op").Cell(2).GetDateTime());
    }

    [Fact]
    public void NoNameContactDetailEmployerLocalReferenceOrFreeTextReachesTheWorkbook()
    {
        var texts = AllCells(workbook).Select(c => c.GetString()).ToList();

        foreach (var secret in new[] { "Jan Jansen", "jan@example.org", "Bakkerij", "EPD-", "Meer uren", "Gaat goed", "k99", "k404" })
            Assert.DoesNotContain(texts, t => t.Contains(secret, StringComparison.Ordinal));
    }

    [Fact]
    public void TheSameDataGivesTheSameCellsWhateverOrderItArrivesIn()
    {
        var data = Data();
        var shuffled = data with
        {
            Candidates = [.. data.Candidates.Reverse()],
            Jobs = [.. data.Jobs.Reverse()],
            Invitations = [.. data.Invitations.Reverse()],
            Signals = [.. data.Signals.Reverse()],
            Coaches = [.. data.Coaches.Reverse()],
        };

        using var again = Open(QuarterlyMetrics.Compute(shuffled, Q3, Zone), WorkbookVariant.Intern);

        Assert.Equal(Snapshot(workbook), Snapshot(again));
    }

    [Fact]
    public void AnEmptyProgrammeGivesZerosAndDashesInsteadOfDividingByZero()
    {
        var empty = QuarterlyMetrics.Compute(new ProgrammeData("leeg", [], [], [], [], []), Q3, Zone);

        using var file = Open(empty, WorkbookVariant.Intern);

        var summary = file.Worksheet("Samenvatting");
        Assert.Equal(0.0, Row(summary, "Actieve caseload").Cell(2).GetDouble());
        Assert.Equal("–", Row(summary, "Arbeidsparticipatie").Cell(2).GetString());
        Assert.Equal("–", Row(summary, "Benchmarkniveau arbeidsparticipatie").Cell(2).GetString());
        Assert.Equal("–", Row(summary, "Mediaan contracturen per week per werkende").Cell(2).GetString());
        Assert.Equal("–", Row(file.Worksheet("Vragenlijsten"), "Kandidaat").Cell(4).GetString());
    }
}
