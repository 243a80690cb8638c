using ClosedXML.Excel;
using L = IpsMonitor.Workbooks.LoopDefinitions;
using P = IpsMonitor.Workbooks.ProgressDefinitions;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Onderwijs en redenen: education started and running, work or education for IPS-A+O, trial placements converted into a
/// contract, job endings and discharges by reason, and the driegesprek loop with the contacts in work. Every count and
/// share goes through the cell writer, so outside the team the small-cell rule and its identities cover them as they
/// cover the summary.
/// </summary>
internal static class ProgressSheet
{
    public const string Name = "Onderwijs en redenen";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Onderwijs, proefplaatsingen en redenen", report, cells.Variant);
        // As on the summary: outside the team only this quarter, the previous one has its own frozen external workbook.
        var quarters = cells.IsExtern ? new[] { report.Current } : [report.Current, report.Previous];
        var noteColumn = quarters.Length + 2;
        SheetLayout.Header(sheet, SheetLayout.HeaderRow, ["Indicator", .. quarters.Select(f => f.Quarter.ToString()), "Toelichting"]);
        var row = SheetLayout.HeaderRow;

        // Only the current column takes part in identities: the previous column is intern only.
        Tally Count(string name, Func<ProgressFigures, int> value, string note = "", Func<LoopFigures, int>? loop = null)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            var tallies = quarters.Select((f, i) => cells.Count(sheet.Cell(row, i + 2), loop is null ? value(f.Progress) : loop(f.Loop))).ToArray();
            CellWriter.Text(sheet.Cell(row, noteColumn), note);
            return tallies[0];
        }

        void Share(string name, Func<ProgressFigures, Ratio> value, Tally numerator, Tally denominator, string note = "")
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            for (var i = 0; i < quarters.Length; i++)
                cells.Share(sheet.Cell(row, i + 2), value(quarters[i].Progress), i == 0 ? numerator : null, i == 0 ? denominator : null);
            CellWriter.Text(sheet.Cell(row, noteColumn), note);
        }

        var educationStarts = Count(P.EducationStarts, p => p.EducationStarts);
        cells.Complement(educationStarts, Count(P.EducationAsGoal, p => p.EducationStartsAsGoal));
        Count(P.InEducation, p => p.InEducationAtEnd, "personen, laatste dag van het kwartaal");
        var combinedActive = Count(P.CombinedActive, p => p.WorkOrEducation.Denominator, "noemer werk of onderwijs");
        var combined = Count(P.CombinedWorking, p => p.WorkOrEducation.Numerator, "teller werk of onderwijs");
        cells.Complement(combinedActive, combined);
        Share(P.WorkOrEducation, p => p.WorkOrEducation, combined, combinedActive, "alleen kandidaten van IPS-A+O-begeleiders");

        var decided = Count(P.TrialsDecided, p => p.TrialsDecided, "besluit met datum in het kwartaal");
        var contract = Count(P.TrialsContract, p => p.TrialsContract);
        var extended = Count(P.TrialsExtended, p => p.TrialsExtended);
        var stopped = Count(P.TrialsStopped, p => p.TrialsStopped);
        cells.Sum(decided, [contract, extended, stopped]);
        Share(P.TrialConversion, p => p.TrialConversion, contract, decided, "contract gedeeld door alle besluiten");

        var endings = Count(MetricDefinitions.JobEndings, p => p.JobEndingsByReason.Sum(), "zoals op de Samenvatting");
        cells.Same(SummarySheet.Keys.JobEndings, endings);
        var endingReasons = Enum.GetValues<JobEndReason>()
            .Select((reason, i) => Count(P.EndingReason(reason), p => p.JobEndingsByReason[i], P.EndingReasonNote)).ToList();
        cells.Sum(endings, endingReasons);

        var discharges = Count(P.Discharges, p => p.Discharges);
        var dischargeReasons = Enum.GetValues<DischargeReason>()
            .Select((reason, i) => Count(P.DischargeReasonLabel(reason), p => p.DischargesByReason[i], P.DischargeReasonNote)).ToList();
        cells.Sum(discharges, dischargeReasons);

        // The driegesprek loop: each share beside its counts, under the same small-cell rule.
        Tally LoopCount(string name, Func<LoopFigures, int> value, string note = "") => Count(name, _ => 0, note, value);
        void LoopShare(string name, Func<LoopFigures, Ratio> value, Tally numerator, Tally denominator)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            for (var i = 0; i < quarters.Length; i++)
                cells.Share(sheet.Cell(row, i + 2), value(quarters[i].Loop), i == 0 ? numerator : null, i == 0 ? denominator : null);
        }
        void LoopRatio(string whole, string part, string share, Func<LoopFigures, Ratio> value)
        {
            var denominator = LoopCount(whole, f => value(f).Denominator);
            var numerator = LoopCount(part, f => value(f).Numerator);
            cells.Complement(denominator, numerator);
            LoopShare(share, value, numerator, denominator);
        }
        LoopRatio(L.PastOnboarding, L.RecentDriegesprek, L.RecentDriegesprekShare, f => f.RecentDriegesprek);
        LoopRatio(L.Active, L.WithGoal, L.WithGoalShare, f => f.DevelopmentGoal);
        LoopRatio(L.ReviewsDue, L.ReviewedOnTime, L.ReviewedOnTimeShare, f => f.AdjustmentsReviewedOnTime);
        LoopRatio(L.AgreementsDue, L.AgreementsOnTime, L.AgreementsOnTimeShare, f => f.AgreementsDoneOnTime);
        var inWork = LoopCount(L.CandidatesInWork, f => f.CandidatesInWork);
        var contacts = LoopCount(L.ContactsInWork, f => f.ContactsInWork);
        row++;
        CellWriter.Text(sheet.Cell(row, 1), L.MonthsInWork);
        for (var i = 0; i < quarters.Length; i++)
            cells.Derived(sheet.Cell(row, i + 2), quarters[i].Loop.MonthsInWork, Formats.TwoDecimals, [i == 0 ? inWork : null],
                quarters[i].Loop.CandidatesInWork);
        row++;
        CellWriter.Text(sheet.Cell(row, 1), L.ContactsPerMonth);
        for (var i = 0; i < quarters.Length; i++)
            cells.Derived(sheet.Cell(row, i + 2), quarters[i].Loop.ContactsPerMonth, Formats.TwoDecimals,
                [i == 0 ? inWork : null, i == 0 ? contacts : null], quarters[i].Loop.CandidatesInWork, quarters[i].Loop.ContactsInWork);

        var lastRow = row;
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, noteColumn));
    }
}
