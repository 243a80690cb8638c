using ClosedXML.Excel;
using D = IpsMonitor.Workbooks.MetricDefinitions;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Reads back what the external workbooks of the quarters before this one published, for the external Trend sheet: the
/// summary cells of each quarter's current external version, as they stand in the frozen file. A quarter without an
/// external workbook is simply absent.
/// </summary>
internal sealed class PublishedTrend(WorkbookBlobs blobs)
{
    private static readonly string[] Labels = [D.EmploymentRate, D.JobStarts, D.Sustained13, D.Sustained26];

    public async Task<IReadOnlyList<PublishedFigures>> ReadAsync(string programmeId, Quarter quarter, CancellationToken ct)
    {
        var found = new List<PublishedFigures>();
        var earlier = quarter;
        for (var i = 1; i < QuarterTrend.Quarters; i++)
        {
            earlier = earlier.Previous;
            if ((await blobs.ReadManifestAsync(programmeId, earlier, ct)).Manifest?.File(WorkbookVariant.Extern) is not { } file
                || await blobs.OpenAsync(file.Blob, ct) is not { } opened)
                continue;
            using var buffer = new MemoryStream();
            await using (opened.Content)
                await opened.Content.CopyToAsync(buffer, ct);
            found.Add(Read(earlier, file.Version ?? 1, buffer));
        }
        return found;
    }

    public static PublishedFigures Read(Quarter quarter, int version, Stream file)
    {
        using var workbook = new XLWorkbook(file);
        var summary = workbook.Worksheet(SummarySheet.Name);
        var cells = Labels.Select(label => Of(summary.RowsUsed().FirstOrDefault(r => r.Cell(1).GetString() == label)?.Cell(2))).ToList();
        // The running placements per kind: next quarter's stock-and-flow starts from them.
        var placements = workbook.Worksheets.TryGetWorksheet(PlacementSheet.Name, out var sheet) ? sheet.RowsUsed().ToList() : [];
        var open = Enum.GetValues<Caseload.PlacementKind>().Select(kind => Of(placements.FirstOrDefault(r =>
            r.Cell(1).GetString() == PlacementSheet.KindGrouping && r.Cell(2).GetString() == PlacementSheet.KindLabel(kind))?.Cell(5))).ToList();
        return new PublishedFigures(quarter, version, cells) { OpenAtEndByKind = open };
    }

    private static PublishedCell Of(IXLCell? cell) =>
        cell is null ? new PublishedCell(null, "", CellWriter.Missing)
        : cell.DataType == XLDataType.Number ? new PublishedCell(cell.GetDouble(), cell.Style.NumberFormat.Format, null)
        : new PublishedCell(null, "", cell.GetString());
}
