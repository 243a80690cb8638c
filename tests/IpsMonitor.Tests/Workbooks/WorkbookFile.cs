using ClosedXML.Excel;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>Writes a report the way production does and opens the bytes again, as a reader of the file would.</summary>
internal static class WorkbookFile
{
    public static readonly DateTimeOffset GeneratedAt = DateTimeOffset.Parse("2026-10-01T02:15:00+02:00", System.Globalization.CultureInfo.InvariantCulture);

    public static byte[] Bytes(QuarterlyReport report, WorkbookVariant variant)
    {
        using var stream = new MemoryStream();
        QuarterlyWorkbook.Write(report, variant, GeneratedAt, stream);
        return stream.ToArray();
    }

    public static XLWorkbook Open(QuarterlyReport report, WorkbookVariant variant) => new(new MemoryStream(Bytes(report, variant)));

    /// <summary>The row whose first cell holds the label, searched from the top.</summary>
    public static IXLRow Row(IXLWorksheet sheet, string label) =>
        sheet.RowsUsed().First(r => r.Cell(1).GetString() == label);

    public static IEnumerable<IXLCell> AllCells(XLWorkbook workbook) => workbook.Worksheets.SelectMany(s => s.CellsUsed());

    /// <summary>Every cell value as text with its sheet and address, for comparing two files.</summary>
    public static IReadOnlyList<string> Snapshot(XLWorkbook workbook) =>
        [.. AllCells(workbook).Select(c => $"{c.Worksheet.Name}!{c.Address}={c.DataType}:{c.Value}|{c.Style.NumberFormat.Format}")];
}
