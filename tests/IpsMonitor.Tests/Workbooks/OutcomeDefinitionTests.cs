using ClosedXML.Excel;
using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>
/// The definitions of issue 20, each on a small hand-built programme with figures computed by hand in the comments.
/// Quarter 2026-Q4 runs from 01-10 to 31-12.
/// </summary>
public sealed class OutcomeDefinitionTests
{
    private static readonly Quarter Q4 = new(2026, 4);

    private static ProgrammeData Programme(Coach[] coaches, Candidate[] candidates, params Job[] jobs) =>
        new(ProgrammeFixture.Programme, coaches, candidates, jobs, [], []);

    private static ProgrammeData OnePerson(params Job[] jobs) =>
        Programme([new Coach("C1", ProgrammeFixture.Programme, 1m)], [Candidate("k01", "C1", Referral(2026, 6, 1))], jobs);

    [Fact]
    public void AJobAtTwelveWeeksOnTheDayThePageIsViewedIsNotYetSustained()
    {
        // Start 14-09: 12 weeks on 07-12, the 13-week mark (start + 91) is 14-12, inside Q4.
        var data = OnePerson(Job("j01", "k01", "Zorg", new(2026, 9, 14), 24));

        var today = QuarterlyMetrics.Compute(data, Q4, Zone, OutcomePolicy.Default with { Today = new(2026, 12, 7) });
        var onTheMark = QuarterlyMetrics.Compute(data, Q4, Zone, OutcomePolicy.Default with { Today = new(2026, 12, 14) });
        var closed = QuarterlyMetrics.Compute(data, Q4, Zone);

        Assert.Equal(new Ratio(0, 0), today.Current.Sustained13Weeks);
        Assert.True(today.IsOpen);
        Assert.Equal(new Ratio(1, 1), onTheMark.Current.Sustained13Weeks);
        Assert.Equal(new Ratio(1, 1), closed.Current.Sustained13Weeks);
        Assert.False(closed.IsOpen);
    }

    [Fact]
    public void AStoredWerkervaringsplekMarkedCompetitiveAndARegularJobMarkedNotCompetitiveCountAsNeither()
    {
        // Rows from before the rule: both are listed, neither counts as competitive work; the regular one counts as "other".
        var data = Programme(
            [new Coach("C1", ProgrammeFixture.Programme, 1m)],
            [Candidate("k01", "C1", Referral(2026, 6, 1)), Candidate("k02", "C1", Referral(2026, 6, 1))],
            Job("j01", "k01", "Zorg", new(2026, 10, 5), 24, kind: PlacementKind.Werkervaringsplek, competitive: true),
            Job("j02", "k02", "Zorg", new(2026, 10, 5), 24, kind: PlacementKind.Regular, competitive: false));

        var report = QuarterlyMetrics.Compute(data, Q4, Zone);

        Assert.Equal(0, report.Current.WorkedCompetitive);
        Assert.Equal(0, report.Current.JobStarts);
        Assert.Equal(2, report.Current.OtherPlacementStarts);
        Assert.Equal(new PlacementCounts(0, 0, 0), report.ByKind.Single(k => k.Kind == PlacementKind.Regular).Counts);
        Assert.Equal(new PlacementCounts(1, 0, 1), report.ByKind.Single(k => k.Kind == PlacementKind.Other).Counts);
        Assert.Equal(
            [
                new CorrectedJob("k01", "j01", PlacementKind.Werkervaringsplek, true, PlacementKind.Werkervaringsplek),
                new CorrectedJob("k02", "j02", PlacementKind.Regular, false, PlacementKind.Other),
            ],
            report.Corrected);
        // The same again: the correction at read is idempotent.
        Assert.Equal(report.Corrected, QuarterlyMetrics.Compute(data, Q4, Zone).Corrected);

        using var intern = WorkbookFile.Open(report, WorkbookVariant.Intern);
        var definitions = intern.Worksheet(DefinitionSheet.Name);
        Assert.Equal("Werkervaringsplek, competitief → Werkervaringsplek", WorkbookFile.Row(definitions, "k01 / j01").Cell(2).GetString());
        Assert.Equal("Regulier, niet competitief → Overig", WorkbookFile.Row(definitions, "k02 / j02").Cell(2).GetString());
        using var extern_ = WorkbookFile.Open(report, WorkbookVariant.Extern);
        Assert.DoesNotContain(extern_.Worksheet(DefinitionSheet.Name).CellsUsed(), c => c.GetString().Contains("j01", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(false, 0, 0, 1, "nee")]
    [InlineData(true, 1, 1, 0, "ja")]
    public void ADoelgroepbaanCountsAsCompetitiveOnlyUnderTheSettingAndAlwaysHasItsOwnLine(
        bool setting, int worked, int starts, int otherStarts, string stated)
    {
        // One person out of work at referral, one doelgroepbaan of 24 hours from 05-10, recorded as not competitive.
        var data = OnePerson(Job("j01", "k01", "Zorg", new(2026, 10, 5), 24, kind: PlacementKind.Doelgroepbaan, competitive: false));

        var report = QuarterlyMetrics.Compute(data, Q4, Zone, OutcomePolicy.Default with { DoelgroepbaanCompetitive = setting });

        Assert.Equal(worked, report.Current.WorkedCompetitive);
        Assert.Equal(new Ratio(worked, 1), report.Current.EmploymentRate);
        Assert.Equal(starts, report.Current.JobStarts);
        Assert.Equal(otherStarts, report.Current.OtherPlacementStarts);
        Assert.Equal(1, report.Current.DoelgroepbaanStarts);
        Assert.Equal(new Ratio(worked, worked), report.Current.Working20HoursOrMore);
        Assert.Empty(report.Corrected);
        using var file = WorkbookFile.Open(report, WorkbookVariant.Intern);
        Assert.Equal(1.0, WorkbookFile.Row(file.Worksheet(SummarySheet.Name), MetricDefinitions.DoelgroepbaanStarts).Cell(2).GetDouble());
        Assert.Equal(stated, WorkbookFile.Row(file.Worksheet(DefinitionSheet.Name),
            "Doelgroepbaan telt als competitief (Outcomes:DoelgroepbaanCompetitive)").Cell(2).GetString());
    }

    [Fact]
    public void TenAndEightHoursAreOnePersonUnderTwentyHours()
    {
        var data = OnePerson(Job("j01", "k01", "Zorg", new(2026, 7, 1), 10), Job("j02", "k01", "Retail", new(2026, 8, 1), 8));

        var figures = QuarterlyMetrics.Compute(data, new Quarter(2026, 3), Zone).Current;

        // One person at 18 hours: not 20 or more; the median is 18.
        Assert.Equal(new Ratio(0, 1), figures.Working20HoursOrMore);
        Assert.Equal(new Distribution(1, 18, 18), figures.WeeklyHours);
        // The secondary per-job line: two jobs, 10 and 8.
        Assert.Equal(new Ratio(0, 2), figures.Jobs20HoursOrMore);
        Assert.Equal(9, figures.JobWeeklyHours.Median);
    }

    [Fact]
    public void EveryFigureUsesTheContractHoursOfItsOwnDate()
    {
        // 10 hours from the start on 01-07, 24 from 15-10: Q3 ends at 10, Q4 at 24. A row without history has its hours.
        var changed = Job("j01", "k01", "Zorg", new(2026, 7, 1), 24) with
        {
            HoursHistory = [new HoursChange(new(2026, 7, 1), 10), new HoursChange(new(2026, 10, 15), 24)],
        };
        Assert.Equal(10, changed.HoursOn(new(2026, 9, 30)));
        Assert.Equal(24, changed.HoursOn(new(2026, 12, 31)));
        Assert.Equal(16, Job("j02", "k01", "Zorg", new(2026, 7, 1), 16).HoursOn(new(2026, 9, 30)));

        Assert.Equal(new Ratio(0, 1), QuarterlyMetrics.Compute(OnePerson(changed), new Quarter(2026, 3), Zone).Current.Working20HoursOrMore);
        Assert.Equal(new Ratio(1, 1), QuarterlyMetrics.Compute(OnePerson(changed), Q4, Zone).Current.Working20HoursOrMore);
    }

    [Fact]
    public void ACoachOfTwentyTwoWithModelIpsAPlusOGetsScoreBandFour()
    {
        var coach = new Coach("C1", ProgrammeFixture.Programme, 1m) { Model = CoachModel.IpsAO };
        var candidates = Enumerable.Range(1, 22).Select(i => Candidate($"k{i:00}", "C1", Referral(2026, 6, 1))).ToArray();

        var report = QuarterlyMetrics.Compute(Programme([coach], candidates), Q4, Zone);

        var figures = Assert.Single(report.Coaches);
        Assert.Equal((CoachModel.IpsAO, 22, 25.0, 4), (figures.Model, figures.Caseload, figures.Norm!.Value, figures.ScoreBand!.Value));
        using var file = WorkbookFile.Open(report, WorkbookVariant.Intern);
        var row = WorkbookFile.Row(file.Worksheet(CoachSheet.Name), "C1");
        Assert.Equal(("IPS-A+O", 25.0, 22.0, 4.0), (row.Cell(2).GetString(), row.Cell(4).GetDouble(), row.Cell(5).GetDouble(), row.Cell(7).GetDouble()));
    }

    [Theory]
    [InlineData(CoachModel.IpsA, 15, 5)]
    [InlineData(CoachModel.IpsA, 20, 4)]
    [InlineData(CoachModel.IpsAO, 20, 5)]
    [InlineData(CoachModel.IpsAO, 25, 4)]
    [InlineData(CoachModel.IpsAO, 26, 3)]
    [InlineData(CoachModel.IpsAO, 40, 2)]
    [InlineData(CoachModel.IpsAO, 41, 1)]
    [InlineData(CoachModel.IpsO, 30, 5)]
    [InlineData(CoachModel.IpsO, 35, 4)]
    [InlineData(CoachModel.IpsO, 51, 1)]
    public void TheScoreBandIsTheScalesTableAnchoredAtTheModelsNorm(CoachModel model, int caseload, int band) =>
        Assert.Equal(band, CaseloadNorms.Band(caseload, CaseloadNorms.Default.For(model)));

    [Fact]
    public void AHalfTimeCoachIsBandedOnTheCaseloadPerFullTimeCoach()
    {
        // 12 at 0.5 fte is 24 per full-time coach: IPS-A (norm 20) scores 3, IPS-A+O (norm 25) scores 4.
        Assert.Equal(3, new CoachFigures("C1", 0.5m, 12, 0).ScoreBand);
        Assert.Equal(4, (new CoachFigures("C1", 0.5m, 12, 0) { NormPerFullTimeCoach = 25 }).ScoreBand);
        Assert.Null(new CoachFigures("C1", null, 12, 0).ScoreBand);
    }

    [Fact]
    public void EveryBenchmarkNamesItsSourceAndNoUnsourcedQualityMarkIsLeft()
    {
        using var file = WorkbookFile.Open(Report(), WorkbookVariant.Intern);
        var summary = file.Worksheet(SummarySheet.Name);
        foreach (var band in new[] { "Minimaal", "Gemiddeld", "Excellent" })
            Assert.Equal(MetricDefinitions.BenchmarkSource, WorkbookFile.Row(summary, band).Cell(3).GetString());
        var definitions = file.Worksheet(DefinitionSheet.Name);
        Assert.Contains(MetricDefinitions.BenchmarkSource, WorkbookFile.Row(definitions, MetricDefinitions.EmploymentRate).Cell(2).GetString(), StringComparison.Ordinal);
        Assert.Contains(MetricDefinitions.BenchmarkSource, WorkbookFile.Row(definitions, MetricDefinitions.Benchmark).Cell(2).GetString(), StringComparison.Ordinal);
        foreach (var sheet in file.Worksheets)
            Assert.DoesNotContain(sheet.CellsUsed(), c => c.GetString().Contains("Kwaliteitsmerk", StringComparison.OrdinalIgnoreCase));
    }

    [Theory]
    [InlineData(6, 0, "x")]
    [InlineData(6, 5, "x")]
    [InlineData(15, 10, "0.67")]
    public void APublishedShareIsAWholePercentageWithNumeratorComplementAndDenominatorOfFiveOrMore(int people, int over20, string shown)
    {
        // People in competitive work on 31-12: some at 24 hours, the rest at 10. 0 of 6 would say "none of these six".
        var candidates = Enumerable.Range(1, people).Select(i => Candidate($"k{i:00}", "C1", Referral(2026, 6, 1))).ToArray();
        var jobs = candidates.Select((c, i) => Job($"j{i:00}", c.Id, "Zorg", new(2026, 7, 1), i < over20 ? 24 : 10)).ToArray();
        var report = QuarterlyMetrics.Compute(Programme([new Coach("C1", ProgrammeFixture.Programme, 1m)], candidates, jobs), Q4, Zone);

        using var file = WorkbookFile.Open(report, WorkbookVariant.Extern);
        var cell = WorkbookFile.Row(file.Worksheet(SummarySheet.Name), MetricDefinitions.Working20Hours).Cell(2);

        Assert.Equal(new Ratio(over20, people), report.Current.Working20HoursOrMore);
        Assert.Equal(shown, cell.DataType == XLDataType.Number ? cell.GetDouble().ToString(System.Globalization.CultureInfo.InvariantCulture) : cell.GetString());
        if (cell.DataType == XLDataType.Number)
            Assert.Equal("0%", cell.Style.NumberFormat.Format);
    }
}
