using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Kandidaten, for the internal workbook only: pseudonymous id and facts. No names, no contact details, no free text,
/// not even the coach's local reference, since that points into the coach's own records.
/// </summary>
internal static class CandidateSheet
{
    public const string Name = "Kandidaten";

    public static string StatusLabel(CandidateStatus status) => status switch
    {
        CandidateStatus.Working => "Werkt",
        CandidateStatus.OtherPlacement => "Andere plaatsing",
        CandidateStatus.LookingForWork => "Zoekt werk",
        _ => "Uitgestroomd",
    };

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Kandidaten in de actieve caseload", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            "Kandidaat-id", "Begeleider (code)", "Aanmelddatum", "Werk bij aanmelding", "Uitstroomdatum", "Status einde kwartaal",
            "Eerste baanstart", "Dagen tot eerste baan", "Baanstarts in kwartaal", "Laatste baanstart",
            "Contracturen per week einde kwartaal", "Open signalen einde kwartaal");
        var row = SheetLayout.HeaderRow;
        foreach (var line in report.Candidates)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), line.CandidateId);
            CellWriter.Text(sheet.Cell(row, 2), line.CoachId);
            CellWriter.Date(sheet.Cell(row, 3), line.ReferralDate);
            CellWriter.Text(sheet.Cell(row, 4), line.EmployedAtReferral ? "Ja" : "Nee");
            CellWriter.Date(sheet.Cell(row, 5), line.DischargeDate);
            CellWriter.Text(sheet.Cell(row, 6), StatusLabel(line.Status));
            CellWriter.Date(sheet.Cell(row, 7), line.FirstJobStart);
            if (line.DaysToFirstJob is { } days)
                CellWriter.Number(sheet.Cell(row, 8), days, Formats.Count);
            cells.Count(sheet.Cell(row, 9), line.JobStartsInQuarter);
            CellWriter.Date(sheet.Cell(row, 10), line.LatestJobStart);
            if (line.HoursAtEnd is { } hours)
                CellWriter.Number(sheet.Cell(row, 11), (double)hours, Formats.OneDecimal);
            cells.Count(sheet.Cell(row, 12), line.OpenSignalsAtEnd);
        }
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, row, 12));
    }
}
