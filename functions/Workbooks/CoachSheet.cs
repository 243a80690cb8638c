using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Per begeleider: caseload at quarter end against the fidelity norm of the coach's model, with item 1's score band; by
/// coach code inside the team, as "Begeleider 1…n" outside it.
/// </summary>
internal static class CoachSheet
{
    public const string Name = "Per begeleider";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name,
            "Caseload per IPS-begeleider op " + report.Quarter.End.ToString("dd-MM-yyyy",
            null), report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            cells.IsExtern ? "Begeleider" : "Begeleider (code)", "Model", "Fte", "Norm (modelnorm × fte)", "Caseload einde kwartaal",
            "Caseload t.o.v. norm", "Scoreband item 1 (1–5)", "Werkend einde kwartaal");
        var row = SheetLayout.HeaderRow;
        var caseloads = new List<Tally>();
        var working = new List<Tally>();
        var idle = new List<Tally>();
        foreach (var (coach, number) in report.Coaches.Select((c, i) => (c, i + 1)))
        {
            row++;
            // Outside the team a coach is a number in the order of the codes, never the code: codes are free text.
            CellWriter.Text(sheet.Cell(row, 1), cells.IsExtern ? ExternName(number) : coach.CoachId);
            CellWriter.Text(sheet.Cell(row, 2), CaseloadNorms.Label(coach.Model));
            CellWriter.Number(sheet.Cell(row, 3), coach.Fte is { } fte ? (double)fte : null, Formats.TwoDecimals);
            CellWriter.Number(sheet.Cell(row, 4), coach.Norm, Formats.OneDecimal);
            var caseload = cells.Count(sheet.Cell(row, 5), coach.Caseload);
            // With the norm visible, caseload ÷ norm gives the caseload back: hidden with it, and so is the band.
            cells.Derived(sheet.Cell(row, 6), coach.CaseloadOfNorm, Formats.WholePercent, [caseload], coach.Caseload);
            cells.Derived(sheet.Cell(row, 7), coach.ScoreBand, Formats.Count, [caseload], coach.Caseload);
            var inWork = cells.Count(sheet.Cell(row, 8), coach.InWork);
            caseloads.Add(caseload);
            working.Add(inWork);
            idle.Add(cells.Complement(caseload, inWork));
        }
        var lastRow = row;
        if (report.Coaches.Count > 0)
        {
            var caseload = report.Coaches.Sum(c => c.Caseload);
            var norm = report.Coaches.Sum(c => c.Norm ?? 0);
            row += 2;
            CellWriter.Text(sheet.Cell(row, 1), "Totaal");
            CellWriter.Number(sheet.Cell(row, 3), (double)report.Coaches.Sum(c => c.Fte ?? 0), Formats.TwoDecimals);
            CellWriter.Number(sheet.Cell(row, 4), norm, Formats.OneDecimal);
            var total = cells.Count(sheet.Cell(row, 5), caseload);
            cells.Derived(sheet.Cell(row, 6), norm > 0 ? caseload / norm : null, Formats.WholePercent, [total], caseload);
            var totalInWork = cells.Count(sheet.Cell(row, 8), report.Coaches.Sum(c => c.InWork));
            cells.Sum(total, caseloads);
            cells.Sum(totalInWork, working);
            cells.Sum(cells.Complement(total, totalInWork), idle);
            sheet.Row(row).Style.Font.SetBold();
        }
        // Over the norm is worth a look; a text cell is never between two numbers, so the mark stays plain.
        sheet.Range(SheetLayout.HeaderRow + 1, 6, Math.Max(row, SheetLayout.HeaderRow + 1), 6)
            .AddConditionalFormat().WhenBetween(1 + 1e-9, 1e6).Fill.SetBackgroundColor(XLColor.FromHtml("#F8CBAD"));
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, 8));
    }

    public static string ExternName(int number) => "Begeleider " + number.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
