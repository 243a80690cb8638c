using ClosedXML.Excel;
using IpsMonitor.Caseload;

namespace IpsMonitor.Workbooks;

/// <summary>Plaatsingen: starts, endings and open placements by kind of placement and by sector.</summary>
internal static class PlacementSheet
{
    public const string Name = "Plaatsingen";

    public static string KindLabel(PlacementKind kind) => kind switch
    {
        PlacementKind.Regular => "Regulier",
        PlacementKind.Doelgroepbaan => "Doelgroepbaan",
        PlacementKind.Proefplaatsing => "Proefplaatsing",
        PlacementKind.Werkervaringsplek => "Werkervaringsplek",
        _ => "Overig",
    };

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Plaatsingen per soort en per sector", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            "Indeling", "Categorie", "Gestart in kwartaal", "Beëindigd in kwartaal", "Lopend einde kwartaal");
        var row = SheetLayout.HeaderRow;

        void Line(string grouping, string category, PlacementCounts counts)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), grouping);
            CellWriter.Text(sheet.Cell(row, 2), category);
            cells.Count(sheet.Cell(row, 3), counts.Starts);
            cells.Count(sheet.Cell(row, 4), counts.Endings);
            cells.Count(sheet.Cell(row, 5), counts.OpenAtEnd);
        }

        foreach (var kind in report.ByKind)
            Line("Soort plaatsing", KindLabel(kind.Kind), kind.Counts);
        foreach (var sector in report.BySector)
            Line("Sector (regulier werk)", sector.Sector, sector.Counts);
        SheetLayout.Finish(sheet, SheetLayout.HeaderRow, row, 5);
    }
}
