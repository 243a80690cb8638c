using ClosedXML.Excel;
using D = IpsMonitor.Workbooks.MetricDefinitions;

namespace IpsMonitor.Workbooks;

/// <summary>Samenvatting: the quarter's outcomes next to the previous quarter, the employment rate against its benchmarks.</summary>
internal static class SummarySheet
{
    public const string Name = "Samenvatting";
    public const double Minimal = 0.31;
    public const double AverageLevel = 0.41;
    public const double Excellent = 0.50;
    public const double QualityMark = 0.40;

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "IPS kwartaaluitkomsten", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow, "Indicator", report.Quarter.ToString(), report.Quarter.Previous.ToString(), "Toelichting");
        var row = SheetLayout.HeaderRow;
        var (now, before) = (report.Current, report.Previous);

        void Counts(string name, Func<OutcomeFigures, int> value, string note = "")
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            cells.Count(sheet.Cell(row, 2), value(now));
            cells.Count(sheet.Cell(row, 3), value(before));
            CellWriter.Text(sheet.Cell(row, 4), note);
        }

        void Shares(string name, Func<OutcomeFigures, Ratio> value, string note = "")
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            cells.Share(sheet.Cell(row, 2), value(now));
            cells.Share(sheet.Cell(row, 3), value(before));
            CellWriter.Text(sheet.Cell(row, 4), note);
        }

        void Middle(string name, Func<OutcomeFigures, Distribution> value, Func<Distribution, double?> pick, string note = "")
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            cells.Derived(sheet.Cell(row, 2), pick(value(now)), Formats.OneDecimal, value(now).Count);
            cells.Derived(sheet.Cell(row, 3), pick(value(before)), Formats.OneDecimal, value(before).Count);
            CellWriter.Text(sheet.Cell(row, 4), note);
        }

        void Judged(string name, Func<double, string> judge)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            foreach (var (column, figures) in new[] { (2, now), (3, before) })
            {
                var rate = figures.EmploymentRate;
                cells.DerivedText(sheet.Cell(row, column), rate.Value is { } v ? judge(v) : CellWriter.Missing, rate.Numerator, rate.Denominator);
            }
        }

        Counts(D.Referrals, f => f.Referrals);
        Counts(D.ReferralsEmployed, f => f.ReferralsEmployedAtReferral);
        Counts(D.ActiveCaseload, f => f.ActiveCaseload);
        Counts(D.WorkedCompetitive, f => f.WorkedCompetitive);
        Counts(D.OutOfWorkAtReferral, f => f.EmploymentRate.Denominator, "noemer arbeidsparticipatie");
        Counts(D.OutOfWorkWorked, f => f.EmploymentRate.Numerator, "teller arbeidsparticipatie");
        Shares(D.EmploymentRate, f => f.EmploymentRate, "benchmarks: minimaal 31%, gemiddeld 41%, excellent 50%; kwaliteitsmerk 40%");
        var rateRow = row;
        Judged(D.Benchmark, Band);
        Judged(D.QualityMark, v => v >= QualityMark ? "gehaald" : "niet gehaald");
        Counts(D.FirstJobStarts, f => f.FirstJobStarts, "minstens 4 betaalde uren");
        Middle(D.DaysToFirstJobMedian, f => f.DaysToFirstJob, d => d.Median);
        Middle(D.DaysToFirstJobMean, f => f.DaysToFirstJob, d => d.Mean);
        Counts(D.JobStarts, f => f.JobStarts);
        Counts(D.JobEndings, f => f.JobEndings);
        Counts(D.OtherStarts, f => f.OtherPlacementStarts, "proefplaatsing, werkervaringsplek, overig");
        Counts(D.OtherEndings, f => f.OtherPlacementEndings);
        Shares(D.Sustained13, f => f.Sustained13Weeks, "grens: startdatum + 91 dagen valt in het kwartaal");
        Shares(D.Sustained26, f => f.Sustained26Weeks, "grens: startdatum + 182 dagen valt in het kwartaal");
        Shares(D.Working20Hours, f => f.Working20HoursOrMore, "banen lopend op de laatste dag");
        Middle(D.MedianHours, f => f.WeeklyHours, d => d.Median, "banen lopend op de laatste dag");
        row++;
        CellWriter.Text(sheet.Cell(row, 1), D.OpenSignals);
        cells.Count(sheet.Cell(row, 2), report.SignalTotals.OpenAtEnd);
        cells.Count(sheet.Cell(row, 3), report.PreviousSignalTotals.OpenAtEnd);
        var lastRow = row;

        HighlightBands(sheet.Range(rateRow, 2, rateRow, 3));
        row += 2;
        SheetLayout.Header(sheet, row, "Benchmark arbeidsparticipatie", "Grens");
        foreach (var (label, value) in new[] { ("Minimaal", Minimal), ("Gemiddeld", AverageLevel), ("Excellent", Excellent), ("Kwaliteitsmerk", QualityMark) })
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), label);
            CellWriter.Number(sheet.Cell(row, 2), value, Formats.WholePercent);
        }
        SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, 4);
    }

    public static string Band(double rate) => rate switch
    {
        >= Excellent => "excellent",
        >= AverageLevel => "gemiddeld",
        >= Minimal => "minimaal",
        _ => "onder minimaal",
    };

    /// <summary>
    /// Colours the rate by band. Only "between" rules: spreadsheets rank text above every number, so an open-ended
    /// "at least 50%" rule would colour a "&lt;5" or "–" cell as excellent.
    /// </summary>
    private static void HighlightBands(IXLRange rate)
    {
        rate.AddConditionalFormat().WhenBetween(0, Minimal - 1e-9).Fill.SetBackgroundColor(XLColor.FromHtml("#F8CBAD"));
        rate.AddConditionalFormat().WhenBetween(Minimal, AverageLevel - 1e-9).Fill.SetBackgroundColor(XLColor.FromHtml("#FFE699"));
        rate.AddConditionalFormat().WhenBetween(AverageLevel, Excellent - 1e-9).Fill.SetBackgroundColor(XLColor.FromHtml("#C6E0B4"));
        rate.AddConditionalFormat().WhenBetween(Excellent, 1).Fill.SetBackgroundColor(XLColor.FromHtml("#70AD47"));
    }
}
