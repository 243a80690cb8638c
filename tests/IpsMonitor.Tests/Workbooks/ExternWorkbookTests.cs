using System.Text.RegularExpressions;
using ClosedXML.Excel;
using IpsMonitor.Workbooks;
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
            ["Samenvatting", "Per begeleider", "Plaatsingen", "Signalen", "Vragenlijsten", "Definities"],
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

    [Fact]
    public void EveryExternalCellMatchesTheInternalOneOrIsSuppressed()
    {
        foreach (var sheet in externFile.Worksheets)
        {
            var same = internFile.Worksheet(sheet.Name);
            foreach (var cell in sheet.CellsUsed().Where(c => c.Address.RowNumber > SheetLayout.HeaderRow - 1))
            {
                var original = same.Cell(cell.Address.RowNumber, cell.Address.ColumnNumber);
                var where = $"{sheet.Name}!{cell.Address}";
                if (cell.GetString() == SmallCells.Mark || (original.GetString(), cell.GetString()) == ("Intern", "Extern"))
                    continue;
                Assert.True(Equals(original.Value, cell.Value), $"{where}: {cell.Value} vs {original.Value}");
                if (original.DataType == XLDataType.Number && original.Style.NumberFormat.Format == Formats.Count)
                    Assert.False(SmallCells.IsSmall((int)original.GetDouble()), where);
            }
        }
    }

    [Fact]
    public void RatesAndMeansComputedFromASmallCountAreSuppressed()
    {
        var summary = externFile.Worksheet("Samenvatting");
        // 7 of 9 shows; the previous quarter's 4 of 8 does not, nor does its benchmark band.
        Assert.Equal(7.0 / 9, Row(summary, "Arbeidsparticipatie").Cell(2).GetDouble(), 9);
        Assert.Equal("<5", Row(summary, "Arbeidsparticipatie").Cell(3).GetString());
        Assert.Equal("<5", Row(summary, "Benchmarkniveau arbeidsparticipatie").Cell(3).GetString());
        Assert.Equal("<5", Row(summary, "Kwaliteitsmerk (40%)").Cell(3).GetString());
        Assert.Equal("<5", Row(summary, "Baanbehoud 13 weken").Cell(2).GetString());
        Assert.Equal("<5", Row(summary, "Dagen van aanmelding tot eerste baan (mediaan)").Cell(2).GetString());
        Assert.Equal("<5", Row(summary, "Aandeel banen van 20 uur of meer").Cell(2).GetString());
        Assert.Equal(14.0, Row(summary, "Mediaan contracturen per week").Cell(2).GetDouble());
        Assert.Equal(10.0, Row(summary, "Actieve caseload").Cell(2).GetDouble());
        Assert.Equal("<5", Row(summary, "Aanmeldingen").Cell(2).GetString());

        var questionnaires = externFile.Worksheet("Vragenlijsten");
        Assert.Equal("<5", Row(questionnaires, "Kandidaat").Cell(4).GetString());
        foreach (var row in questionnaires.RowsUsed().Where(r => r.Cell(3).GetString() is "work_ability" or "s_fit"))
            Assert.Equal(("<5", "<5"), (row.Cell(5).GetString(), row.Cell(8).GetString()));
        // The previous quarter's mean rests on one answer; the supervisor had none then, which is a dash, not a small cell.
        var workAbility = questionnaires.RowsUsed().First(r => r.Cell(3).GetString() == "work_ability");
        Assert.Equal("<5", workAbility.Cell(7).GetString());
        var supervisorFit = questionnaires.RowsUsed().First(r => r.Cell(3).GetString() == "s_fit");
        Assert.Equal("–", supervisorFit.Cell(7).GetString());
        Assert.Equal("<5", Row(questionnaires, "Werkvermogen (0–10)").Cell(6).GetString());

        var coaches = externFile.Worksheet("Per begeleider");
        Assert.Equal(0.25, Row(coaches, "C1").Cell(5).GetDouble());
        Assert.Equal("<5", Row(coaches, "C1").Cell(6).GetString());
    }

    [Fact]
    public void SuppressionAppliesToCountsOneToFourOnlyAndOnlyOutsideTheTeam()
    {
        int[] counts = [0, 1, 2, 3, 4, 5, 120];
        Assert.Equal([false, true, true, true, true, false, false], counts.Select(n => SmallCells.Conceals(WorkbookVariant.Extern, n)));
        Assert.False(SmallCells.Conceals(WorkbookVariant.Intern, 3));
        Assert.True(SmallCells.Conceals(WorkbookVariant.Extern, 9, 4));
    }

    [GeneratedRegex(@"\bk\d{2,3}\b")]
    private static partial Regex CandidateId();
}
