using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Signalen: opened, resolved and still open, by type. The team sees this quarter next to the one before; outside the
/// team it is this quarter only, with the open count at its start, so the flow (open at the end = open at the start +
/// opened − resolved) is stated in the sheet and suppression takes it into account.
/// </summary>
internal static class SignalSheet
{
    public const string Name = "Signalen";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Signalen per type", report, cells.Variant);
        string[] labels = cells.IsExtern
            ? ["Type", "Open begin kwartaal", "Geopend", "Opgelost", "Open einde kwartaal"]
            : ["Type", "Geopend", "Opgelost", "Open einde kwartaal", "Geopend vorig kwartaal", "Opgelost vorig kwartaal", "Open einde vorig kwartaal"];
        SheetLayout.Header(sheet, SheetLayout.HeaderRow, labels);
        var row = SheetLayout.HeaderRow;
        var columns = new List<Tally[]>();

        Tally[] Line(string type, SignalCounts now, SignalCounts before)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), type);
            int[] values = cells.IsExtern
                ? [before.OpenAtEnd, now.Opened, now.Resolved, now.OpenAtEnd]
                : [now.Opened, now.Resolved, now.OpenAtEnd, before.Opened, before.Resolved, before.OpenAtEnd];
            var tallies = values.Select((v, i) => cells.Count(sheet.Cell(row, i + 2), v)).ToArray();
            if (cells.IsExtern)
                cells.Identity((1, tallies[3]), (-1, tallies[0]), (-1, tallies[1]), (1, tallies[2]));
            return tallies;
        }

        foreach (var signal in report.Signals)
            columns.Add(Line(signal.Type, signal.Current, signal.Previous));
        var lastRow = row;
        row++;
        var totals = Line("Totaal", report.SignalTotals, report.PreviousSignalTotals);
        for (var c = 0; c < totals.Length; c++)
            cells.Sum(totals[c], columns.Select(line => line[c]));
        cells.Same(SummarySheet.Keys.OpenSignals, totals[cells.IsExtern ? 3 : 2]);
        sheet.Row(row).Style.Font.SetBold();
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, labels.Length));
    }
}
