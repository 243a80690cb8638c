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

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "IPS kwartaaluitkomsten", report, cells.Variant);
        // Outside the team only this quarter: the previous one is in its own frozen external workbook, and a second,
        // recomputed copy of it could be compared with that one.
        var quarters = cells.IsExtern ? new[] { report.Current } : [report.Current, report.Previous];
        var noteColumn = quarters.Length + 2;
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            ["Indicator", .. quarters.Select(f => f.Quarter.ToString()), "Toelichting"]);
        var row = SheetLayout.HeaderRow;

        // One tally per quarter column; only the current column takes part in identities (the previous is intern only).
        Tally[] Counts(string name, Func<OutcomeFigures, int> value, string note = "")
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            var tallies = quarters.Select((f, i) => cells.Count(sheet.Cell(row, i + 2), value(f))).ToArray();
            CellWriter.Text(sheet.Cell(row, noteColumn), note);
            return tallies;
        }

        void Shares(string name, Func<OutcomeFigures, Ratio> value, string note = "", Tally? numerator = null, Tally? denominator = null)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            for (var i = 0; i < quarters.Length; i++)
                cells.Share(sheet.Cell(row, i + 2), value(quarters[i]), i == 0 ? numerator : null, i == 0 ? denominator : null);
            CellWriter.Text(sheet.Cell(row, noteColumn), note);
        }

        void Middle(string name, Func<OutcomeFigures, Distribution> value, Func<Distribution, double?> pick, string note = "")
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            for (var i = 0; i < quarters.Length; i++)
                cells.Middle(sheet.Cell(row, i + 2), pick(value(quarters[i])), value(quarters[i]).Count, Formats.OneDecimal);
            CellWriter.Text(sheet.Cell(row, noteColumn), note);
        }

        void Judged(string name, Func<double, string> judge, Tally numerator, Tally denominator)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            for (var i = 0; i < quarters.Length; i++)
            {
                var rate = quarters[i].EmploymentRate;
                var text = rate.Value is { } v ? judge(v) : CellWriter.Missing;
                if (cells.IsExtern)
                    cells.ShareText(sheet.Cell(row, i + 2), text, rate, numerator, denominator);
                else
                    cells.DerivedText(sheet.Cell(row, i + 2), text, [], rate.Numerator, rate.Denominator);
            }
        }

        var referrals = Counts(D.Referrals, f => f.Referrals)[0];
        var referralsEmployed = Counts(D.ReferralsEmployed, f => f.ReferralsEmployedAtReferral)[0];
        var active = Counts(D.ActiveCaseload, f => f.ActiveCaseload)[0];
        var worked = Counts(D.WorkedCompetitive, f => f.WorkedCompetitive)[0];
        var outOfWork = Counts(D.OutOfWorkAtReferral, f => f.EmploymentRate.Denominator, "noemer arbeidsparticipatie")[0];
        var outOfWorkWorked = Counts(D.OutOfWorkWorked, f => f.EmploymentRate.Numerator, "teller arbeidsparticipatie")[0];
        Shares(D.EmploymentRate, f => f.EmploymentRate, "minimaal 31%, gemiddeld 41%, excellent 50%: " + D.BenchmarkSource, outOfWorkWorked, outOfWork);
        var rateRow = row;
        Judged(D.Benchmark, Band, outOfWorkWorked, outOfWork);
        CellWriter.Text(sheet.Cell(row, noteColumn), D.BenchmarkSource);
        var firstStarts = Counts(D.FirstJobStarts, f => f.FirstJobStarts, "minstens 4 betaalde uren")[0];
        Middle(D.DaysToFirstJobMedian, f => f.DaysToFirstJob, d => d.Median);
        Middle(D.DaysToFirstJobMean, f => f.DaysToFirstJob, d => d.Mean);
        var starts = Counts(D.JobStarts, f => f.JobStarts)[0];
        var endings = Counts(D.JobEndings, f => f.JobEndings)[0];
        var otherStarts = Counts(D.OtherStarts, f => f.OtherPlacementStarts, report.Policy.DoelgroepbaanCompetitive
            ? "proefplaatsing, werkervaringsplek, overig" : "proefplaatsing, werkervaringsplek, overig, doelgroepbaan")[0];
        var otherEndings = Counts(D.OtherEndings, f => f.OtherPlacementEndings)[0];
        var doelgroepbanen = Counts(D.DoelgroepbaanStarts, f => f.DoelgroepbaanStarts, report.Policy.DoelgroepbaanCompetitive
            ? "telt mee als competitief (instelling)" : "telt niet mee als competitief (instelling)")[0];
        var reached = report.IsOpen ? "; tot en met vandaag" : "";
        Shares(D.Sustained13, f => f.Sustained13Weeks, "grens: startdatum + 91 dagen valt in het kwartaal" + reached);
        Shares(D.Sustained26, f => f.Sustained26Weeks, "grens: startdatum + 182 dagen valt in het kwartaal" + reached);
        Shares(D.Working20Hours, f => f.Working20HoursOrMore, "per persoon, lopende competitieve banen opgeteld, laatste dag");
        Middle(D.MedianHours, f => f.WeeklyHours, d => d.Median, "per persoon, laatste dag");
        Shares(D.Jobs20Hours, f => f.Jobs20HoursOrMore, "per baan, lopend op de laatste dag");
        Middle(D.JobMedianHours, f => f.JobWeeklyHours, d => d.Median, "per baan, lopend op de laatste dag");
        var openSignals = Counts(D.OpenSignals, f => f == report.Current ? report.SignalTotals.OpenAtEnd : report.PreviousSignalTotals.OpenAtEnd)[0];
        var lastRow = row;

        StateIdentities(cells, report.Current, referrals, referralsEmployed, active, worked, outOfWork, outOfWorkWorked, firstStarts, starts);
        cells.Same(Keys.JobStarts, starts);
        cells.Same(Keys.JobEndings, endings);
        cells.Same(Keys.OtherStarts, otherStarts);
        cells.Same(Keys.OtherEndings, otherEndings);
        cells.Same(Keys.OpenSignals, openSignals);
        cells.Same(Keys.OutOfWork, outOfWork);
        cells.Same(Keys.OutOfWorkWorked, outOfWorkWorked);
        cells.Same(Keys.DoelgroepbaanStarts, doelgroepbanen);

        HighlightBands(sheet.Range(rateRow, 2, rateRow, quarters.Length + 1));
        row += 2;
        SheetLayout.Header(sheet, row, "Benchmark arbeidsparticipatie", "Grens", "Bron");
        foreach (var (label, value) in new[] { ("Minimaal", Minimal), ("Gemiddeld", AverageLevel), ("Excellent", Excellent) })
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), label);
            CellWriter.Number(sheet.Cell(row, 2), value, Formats.WholePercent);
            CellWriter.Text(sheet.Cell(row, 3), D.BenchmarkSource);
        }
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, noteColumn));
    }

    /// <summary>Keys of counts that another sheet shows again or adds up.</summary>
    public static class Keys
    {
        public const string JobStarts = "summary.jobStarts";
        public const string JobEndings = "summary.jobEndings";
        public const string OtherStarts = "summary.otherStarts";
        public const string OtherEndings = "summary.otherEndings";
        public const string OpenSignals = "signals.openAtEnd";
        public const string OutOfWork = "summary.outOfWorkAtReferral";
        public const string OutOfWorkWorked = "summary.outOfWorkWorked";
        public const string DoelgroepbaanStarts = "summary.doelgroepbaanStarts";
    }

    /// <summary>
    /// The differences a reader can take between the summary's counts, each a group of people no cell shows: referrals
    /// without work, and the active caseload split by work at referral and by work in the quarter (a 2 × 2 table with
    /// its margins); later job starts are job starts minus first job starts.
    /// </summary>
    private static void StateIdentities(
        CellWriter cells, OutcomeFigures now, Tally referrals, Tally referralsEmployed, Tally active, Tally worked, Tally outOfWork,
        Tally outOfWorkWorked, Tally firstStarts, Tally starts)
    {
        cells.Complement(referrals, referralsEmployed);
        var outOfWorkIdle = cells.Complement(outOfWork, outOfWorkWorked);
        var employedWorked = cells.Complement(worked, outOfWorkWorked);
        var employedActive = cells.Complement(active, outOfWork);
        var idle = cells.Complement(active, worked);
        var employedIdle = cells.Unseen(now.ActiveCaseload - now.EmploymentRate.Denominator - now.WorkedCompetitive + now.EmploymentRate.Numerator);
        cells.Sum(employedActive, [employedWorked, employedIdle]);
        cells.Sum(idle, [outOfWorkIdle, employedIdle]);
        cells.Complement(starts, firstStarts);
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
