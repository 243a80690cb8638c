using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>Signalen: opened, resolved and still open, by type, this quarter and the one before.</summary>
internal static class SignalSheet
{
    public const string Name = "Signalen";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Signalen per type", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            "Type", "Geopend", "Opgelost", "Open einde kwartaal",
            "Geopend vorig kwartaal", "Opgelost vorig kwartaal", "Open einde vorig kwartaal");
        var row = SheetLayout.HeaderRow;

        void Line(string type, SignalCounts now, SignalCounts before)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), type);
            cells.Count(sheet.Cell(row, 2), now.Opened);
            cells.Count(sheet.Cell(row, 3), now.Resolved);
            cells.Count(sheet.Cell(row, 4), now.OpenAtEnd);
            cells.Count(sheet.Cell(row, 5), before.Opened);
            cells.Count(sheet.Cell(row, 6), before.Resolved);
            cells.Count(sheet.Cell(row, 7), before.OpenAtEnd);
        }

        foreach (var signal in report.Signals)
            Line(signal.Type, signal.Current, signal.Previous);
        var lastRow = row;
        row++;
        Line("Totaal", report.SignalTotals, report.PreviousSignalTotals);
        sheet.Row(row).Style.Font.SetBold();
        SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, 7);
    }
}
