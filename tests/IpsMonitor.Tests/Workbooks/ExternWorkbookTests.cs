using System.Text.RegularExpressions;
using ClosedXML.Excel;
using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;
using static IpsMonitor.Tests.Workbooks.WorkbookFile;

namespace IpsMonitor.Tests.Workbooks;

public sealed partial class ExternWorkbookTests
{
    private readonly XLWorkbook internFile = Open(Report(), WorkbookVariant.Intern);
    private readonly XLWorkbook externFile = Open(Report(), WorkbookVariant.Extern);

    [Fact]
    public void TheExternalWorkbookHasNoCandidateSheet()
    {
        Assert.Equal(
            ["Samenvatting", "Trend", "Per begeleider", "Plaatsingen", "Onderwijs en redenen", "Signalen", "Vragenlijsten", "Definities"],
            externFile.Worksheets.Select(s => s.Name));
    }

    [Fact]
    public void TheExternalWorkbookContainsNoCandidateId()
    {
        var texts = AllCells(externFile).Select(c => c.GetString())
            .Concat(externFile.CustomProperties.Select(p => p.Value.ToString() ?? ""))
            .Append(externFile.Properties.Title);

        Assert.DoesNotContain(texts, t => CandidateId().IsMatch(t));
    }

    [Fact]
    public void NoCellOfTheExternalWorkbookShowsACountFromOneToFour()
    {
        foreach (var cell in AllCells(externFile).Where(c => c.DataType == XLDataType.Number && c.Style.NumberFormat.Format == Formats.Count))
            Assert.False(SmallCells.IsSmall((int)cell.GetDouble()) && cell.GetDouble() % 1 == 0, $"{cell.Worksheet.Name}!{cell.Address} = {cell.GetDouble()}");
    }

    private static readonly string[] RateCounts = ["Actief en zonder werk bij aanmelding", "Daarvan met regulier betaald werk"];

    [Fact]
    public void RatesAndMeansComputedFromASmallCountAreSuppressed()
    {
        var summary = externFile.Worksheet("Samenvatting");
        // This quarter only: the previous quarter is in its own frozen external workbook.
        Assert.Equal(["Indicator", "2026-Q3", "Toelichting"], summary.Row(SheetLayout.HeaderRow).CellsUsed().Select(c => c.GetString()));
        // 7 of 9: both counts are 5 or more, but 9 − 7 = 2 out-of-work candidates did not work, so one of them is hidden
        // too, and with it the rate.
        Assert.Contains("x", RateCounts.Select(l => Row(summary, l).Cell(2).GetString()));
        Assert.Equal("x", Row(summary, "Arbeidsparticipatie").Cell(2).GetString());
        Assert.Equal(7.0 / 9, Row(internFile.Worksheet("Samenvatting"), "Arbeidsparticipatie").Cell(2).GetDouble(), 9);
        Assert.Equal("x", Row(summary, "Baanbehoud 13 weken").Cell(2).GetString());
        Assert.Equal("x", Row(summary, "Dagen van aanmelding tot eerste baan (mediaan)").Cell(2).GetString());
        Assert.Equal("x", Row(summary, "Aandeel werkenden met 20 uur of meer").Cell(2).GetString());
        Assert.Equal(10.0, Row(summary, "Actieve caseload").Cell(2).GetDouble());
        Assert.Equal("x", Row(summary, "Aanmeldingen").Cell(2).GetString());
        // A median of fewer than 10 jobs is not published outside the team (14 inside).
        Assert.Equal("x", Row(summary, "Mediaan contracturen per week per werkende").Cell(2).GetString());
        Assert.Equal(14.0, Row(internFile.Worksheet("Samenvatting"), "Mediaan contracturen per week per werkende").Cell(2).GetDouble());

        var questionnaires = externFile.Worksheet("Vragenlijsten");
        Assert.Equal("x", Row(questionnaires, "Kandidaat").Cell(4).GetString());
        foreach (var row in questionnaires.RowsUsed().Where(r => r.Cell(3).GetString() is "work_ability" or "s_fit"))
            Assert.Equal(("x", ""), (row.Cell(5).GetString(), row.Cell(8).GetString()));
        Assert.Equal("x", Row(questionnaires, "Werkvermogen (0–10)").Cell(6).GetString());

        var coaches = externFile.Worksheet("Per begeleider");
        // C1 is "Begeleider 1" outside the team: 4 of 5 in work is hidden.
        Assert.Equal("x", Row(coaches, "Begeleider 1").Cell(8).GetString());
    }

    [Fact]
    public void MeansOfAtLeastTenAnswersArePublishedRoundedToOneDecimal()
    {
        var report = Report();
        var scale = report.Scales[1] with { Current = new Average(6.4567, 12) };
        report = report with { Scales = [report.Scales[0], scale, .. report.Scales.Skip(2)] };
        using var file = Open(report, WorkbookVariant.Extern);
        var row = file.Worksheet("Vragenlijsten").RowsUsed().First(r => r.Cell(3).GetString() == scale.ItemId);
        Assert.Equal((12.0, 6.5), (row.Cell(4).GetDouble(), row.Cell(5).GetDouble()));
    }

    [Fact]
    public void SuppressionAppliesToCountsOneToFourOnlyAndOnlyOutsideTheTeam()
    {
        int[] counts = [0, 1, 2, 3, 4, 5, 120];
        Assert.Equal([false, true, true, true, true, false, false], counts.Select(n => SmallCells.Conceals(WorkbookVariant.Extern, n)));
        Assert.False(SmallCells.Conceals(WorkbookVariant.Intern, 3));
        Assert.True(SmallCells.Conceals(WorkbookVariant.Extern, 9, 4));
        Assert.Equal("x", SmallCells.Mark);
    }

    [GeneratedRegex(@"\bk\d{2,3}\b")]
    private static partial Regex CandidateId();
}
