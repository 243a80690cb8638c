using System.Globalization;
using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>The frame every sheet shares: a title block, a header row, and finishing touches for screen and print.</summary>
internal static class SheetLayout
{
    /// <summary>Rows 1–2 hold the title, row 3 is blank; tables start here so every sheet freezes the same rows.</summary>
    public const int HeaderRow = 4;

    private const double MinWidth = 8;
    private const double MaxWidth = 60;

    public static IXLWorksheet Start(XLWorkbook workbook, string name, string title, QuarterlyReport report, WorkbookVariant variant)
    {
        var sheet = workbook.AddWorksheet(name);
        CellWriter.Text(sheet.Cell(1, 1), title);
        sheet.Cell(1, 1).Style.Font.SetBold().Font.SetFontSize(14);
        var period = string.Create(
            CultureInfo.InvariantCulture, $"{report.Quarter.Start:dd-MM-yyyy} t/m {report.Quarter.End:dd-MM-yyyy}");
        var audience = variant == WorkbookVariant.Extern ? $"externe versie, verborgen aantallen als '{SmallCells.Mark}' (zie Definities)" : "interne versie";
        CellWriter.Text(sheet.Cell(2, 1), $"Programma {report.ProgrammeId} · {report.Quarter} ({period}) · {audience}");
        return sheet;
    }

    public static void Header(IXLWorksheet sheet, int row, params string[] labels)
    {
        for (var column = 0; column < labels.Length; column++)
            CellWriter.Text(sheet.Cell(row, column + 1), labels[column]);
        var header = sheet.Range(row, 1, row, labels.Length);
        header.Style.Font.SetBold();
        header.Style.Fill.SetBackgroundColor(XLColor.FromHtml("#DDEBF7"));
        header.Style.Border.SetBottomBorder(XLBorderStyleValues.Thin);
    }

    /// <summary>Freezes the header, filters the main table and sets up printing: landscape, one page wide.</summary>
    public static void Finish(IXLWorksheet sheet, int tableHeaderRow, int tableLastRow, int tableColumns)
    {
        sheet.SheetView.FreezeRows(HeaderRow);
        sheet.Range(tableHeaderRow, 1, Math.Max(tableHeaderRow, tableLastRow), tableColumns).SetAutoFilter();
        FitColumns(sheet);
        sheet.PageSetup.PageOrientation = XLPageOrientation.Landscape;
        sheet.PageSetup.FitToPages(1, 0);
        sheet.PageSetup.SetRowsToRepeatAtTop(HeaderRow, HeaderRow);
    }

    /// <summary>
    /// ClosedXML's AdjustToContents measures text with System.Drawing, which is unavailable on Linux hosts; a width from
    /// the formatted text length is close enough and the same on every machine.
    /// </summary>
    private static void FitColumns(IXLWorksheet sheet)
    {
        var widths = new SortedDictionary<int, double>();
        foreach (var cell in sheet.CellsUsed())
        {
            if (cell.Address.RowNumber < HeaderRow)
                continue;
            var column = cell.Address.ColumnNumber;
            var width = ShownLength(cell) * (cell.Style.Font.Bold ? 1.1 : 1.0) + 2;
            widths[column] = Math.Max(widths.GetValueOrDefault(column), width);
        }
        foreach (var (column, width) in widths)
            sheet.Column(column).Width = Math.Clamp(width, MinWidth, MaxWidth);
    }

    /// <summary>About as many characters as the cell shows; formatting every cell for real is slow on large sheets.</summary>
    private static int ShownLength(IXLCell cell) => cell.DataType switch
    {
        XLDataType.DateTime => Formats.Date.Length,
        XLDataType.Number => cell.GetDouble().ToString("0.0", CultureInfo.InvariantCulture).Length + 1,
        _ => cell.GetString().Length,
    };
}
