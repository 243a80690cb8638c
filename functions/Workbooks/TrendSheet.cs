using ClosedXML.Excel;
using D = IpsMonitor.Workbooks.MetricDefinitions;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Trend: the last eight quarters, one row each (oldest first), with the employment rate, job starts and 13- and 26-week
/// sustainment as real numbers and percentages, and a sparkline under each column. Inside the team every quarter is
/// computed from today's data. Outside it only this quarter is (under the small-cell rule); each earlier quarter repeats
/// what that quarter's own external workbook published, so no recomputed copy of a frozen figure can be compared with it.
/// </summary>
internal static class TrendSheet
{
    public const string Name = "Trend";
    public const string SparklineLabel = "Verloop";

    public static readonly string[] Columns = [D.Period, D.EmploymentRate, D.JobStarts, D.Sustained13, D.Sustained26];

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells, IReadOnlyList<PublishedFigures>? published)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Trend over acht kwartalen", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow, [.. Columns, "Toelichting"]);
        var row = SheetLayout.HeaderRow;
        foreach (var figures in report.Trend)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), figures.Quarter.ToString());
            if (!cells.IsExtern)
                Computed(sheet, row, figures, cells);
            else if (figures.Quarter == report.Quarter)
                Current(sheet, row, figures, cells);
            else
                Published(sheet, row, published?.FirstOrDefault(p => p.Quarter == figures.Quarter));
        }
        var lastRow = row;

        if (report.Trend.Count > 1)
        {
            row += 2;
            CellWriter.Text(sheet.Cell(row, 1), SparklineLabel);
            for (var column = 2; column <= Columns.Length; column++)
                sheet.SparklineGroups.Add(sheet.Cell(row, column), sheet.Range(SheetLayout.HeaderRow + 1, column, lastRow, column))
                    .SetShowMarkers(XLSparklineMarkers.All);
            sheet.Row(row).Height = 30;
        }
        cells.Finally(() =>
        {
            SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, Columns.Length + 1);
            for (var column = 2; column <= Columns.Length; column++)
                sheet.Column(column).Width = Math.Max(sheet.Column(column).Width, 14);
        });
    }

    private static void Computed(IXLWorksheet sheet, int row, OutcomeFigures figures, CellWriter cells)
    {
        cells.Share(sheet.Cell(row, 2), figures.EmploymentRate);
        cells.Count(sheet.Cell(row, 3), figures.JobStarts);
        cells.Share(sheet.Cell(row, 4), figures.Sustained13Weeks);
        cells.Share(sheet.Cell(row, 5), figures.Sustained26Weeks);
    }

    /// <summary>This quarter outside the team: the same cells as the summary's, hidden with them.</summary>
    private static void Current(IXLWorksheet sheet, int row, OutcomeFigures figures, CellWriter cells)
    {
        cells.Share(sheet.Cell(row, 2), figures.EmploymentRate, cells.Find(SummarySheet.Keys.OutOfWorkWorked), cells.Find(SummarySheet.Keys.OutOfWork));
        cells.Same(SummarySheet.Keys.JobStarts, cells.Count(sheet.Cell(row, 3), figures.JobStarts));
        cells.Share(sheet.Cell(row, 4), figures.Sustained13Weeks);
        cells.Share(sheet.Cell(row, 5), figures.Sustained26Weeks);
        CellWriter.Text(sheet.Cell(row, 6), "dit kwartaal");
    }

    private static void Published(IXLWorksheet sheet, int row, PublishedFigures? figures)
    {
        for (var i = 0; i < Columns.Length - 1; i++)
        {
            var cell = sheet.Cell(row, i + 2);
            if (figures?.Values[i] is { Number: { } number, Format: var format })
                cell.SetValue(number).Style.NumberFormat.Format = format;
            else
                CellWriter.Text(cell, figures?.Values[i].Text ?? CellWriter.Missing);
        }
        CellWriter.Text(sheet.Cell(row, 6), figures is null ? "geen externe versie" : $"zoals gepubliceerd in externe versie {figures.Version}");
    }
}

/// <summary>
/// What one quarter's external workbook published for the trend columns (employment rate, job starts, 13 and 26 weeks),
/// cell by cell: a number with its format, or the text shown (the mark, a dash).
/// </summary>
internal sealed record PublishedFigures(Quarter Quarter, int Version, IReadOnlyList<PublishedCell> Values)
{
    /// <summary>The running placements at that quarter's end per kind (Plaatsingen sheet), in the order of the kinds.</summary>
    public IReadOnlyList<PublishedCell> OpenAtEndByKind { get; init; } = [];
}

internal sealed record PublishedCell(double? Number, string Format, string? Text);
