using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>Plaatsingen: starts, endings and open placements by kind of placement and by sector.</summary>
internal static class PlacementSheet
{
    public const string Name = "Plaatsingen";
    public const string KindGrouping = "Soort plaatsing";

    public static string KindLabel(PlacementKind kind) => kind switch
    {
        PlacementKind.Regular => "Regulier",
        PlacementKind.Doelgroepbaan => "Doelgroepbaan",
        PlacementKind.Proefplaatsing => "Proefplaatsing",
        PlacementKind.Werkervaringsplek => "Werkervaringsplek",
        _ => "Overig",
    };

    /// <param name="previous">Outside the team: what the previous quarter's external workbook published, if it has one.</param>
    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells, PublishedFigures? previous = null)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Plaatsingen per soort en per sector", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            "Indeling", "Categorie", "Gestart in kwartaal", "Beëindigd in kwartaal", "Lopend einde kwartaal");
        var row = SheetLayout.HeaderRow;

        Tally[] Line(string grouping, string category, PlacementCounts counts)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), grouping);
            CellWriter.Text(sheet.Cell(row, 2), category);
            return
            [
                cells.Count(sheet.Cell(row, 3), counts.Starts),
                cells.Count(sheet.Cell(row, 4), counts.Endings),
                cells.Count(sheet.Cell(row, 5), counts.OpenAtEnd),
            ];
        }

        var kinds = report.ByKind.Select(k => Line(KindGrouping, KindLabel(k.Kind), k.Counts)).ToList();
        // The summary's own doelgroepbaan line is this line's starts again.
        var doelgroepbaan = report.ByKind.Select((k, i) => (k.Kind, i)).First(k => k.Kind == PlacementKind.Doelgroepbaan).i;
        cells.Same(SummarySheet.Keys.DoelgroepbaanStarts, kinds[doelgroepbaan][0]);
        var sectors = Sectors(report.BySector, cells.IsExtern).Select(s => Line("Sector (regulier werk)", s.Label, s.Counts)).ToList();

        // Kinds cover every counting placement, sectors the competitive ones: the summary's job starts and endings, and
        // its other placements, are the sums a reader can take. Open placements are shown nowhere else; the open
        // competitive and other placements are unseen parts of the kinds' sum.
        var starts = cells.Find(SummarySheet.Keys.JobStarts);
        var endings = cells.Find(SummarySheet.Keys.JobEndings);
        var otherStarts = cells.Find(SummarySheet.Keys.OtherStarts);
        var otherEndings = cells.Find(SummarySheet.Keys.OtherEndings);
        if (starts is not null && endings is not null && otherStarts is not null && otherEndings is not null)
        {
            cells.Sum(starts, sectors.Select(s => s[0]));
            cells.Sum(endings, sectors.Select(s => s[1]));
            cells.Identity([(1, starts), (1, otherStarts), .. kinds.Select(k => (-1, k[0]))]);
            cells.Identity([(1, endings), (1, otherEndings), .. kinds.Select(k => (-1, k[1]))]);
        }
        var competitiveOpen = cells.Unseen(sectors.Sum(s => s[2].Value));
        cells.Sum(competitiveOpen, sectors.Select(s => s[2]));
        var otherOpen = cells.Unseen(kinds.Sum(k => k[2].Value) - competitiveOpen.Value);
        cells.Identity([(1, competitiveOpen), (1, otherOpen), .. kinds.Select(k => (-1, k[2]))]);
        if (cells.IsExtern && previous is { OpenAtEndByKind.Count: > 0 })
            StockAndFlow(report, cells, previous, kinds);
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, row, 5));
    }

    /// <summary>
    /// Between consecutive quarters a reader takes running now = running then + started − ended, per kind, with "running
    /// then" from the previous quarter's frozen external workbook. It is stated as exact, although a job held at referral
    /// or one ended on the previous quarter's last day make it approximate: a reader may assume it, so it is protected.
    /// A count the previous file hid is unknown here too, and protected as any small count of this file is.
    /// </summary>
    private static void StockAndFlow(QuarterlyReport report, CellWriter cells, PublishedFigures previous, List<Tally[]> kinds)
    {
        for (var i = 0; i < report.ByKind.Count && i < previous.OpenAtEndByKind.Count; i++)
        {
            var then = previous.OpenAtEndByKind[i].Number is { } number
                ? cells.Published((int)number)
                : cells.Unseen(report.PreviousByKind.ElementAtOrDefault(i)?.Counts.OpenAtEnd ?? 0);
            cells.Identity((1, kinds[i][2]), (-1, then), (-1, kinds[i][0]), (1, kinds[i][1]));
        }
    }

    /// <summary>
    /// Inside the team the sector as recorded (a catalogue section with its name, or free text from before the catalogue);
    /// outside it every section of the catalogue, in catalogue order and also at zero, with free text counted as "anders".
    /// </summary>
    public static IReadOnlyList<(string Label, PlacementCounts Counts)> Sectors(IReadOnlyList<SectorFigures> bySector, bool external)
    {
        if (!external)
            return [.. bySector.Select(s => (SectorCatalogue.Find(s.Sector)?.Label ?? s.Sector, s.Counts))];
        var totals = SectorCatalogue.All.ToDictionary(s => s.Code, _ => new PlacementCounts(0, 0, 0), StringComparer.Ordinal);
        foreach (var figures in bySector)
        {
            var code = SectorCatalogue.Classify(figures.Sector).Code;
            var sum = totals[code];
            totals[code] = new(sum.Starts + figures.Counts.Starts, sum.Endings + figures.Counts.Endings, sum.OpenAtEnd + figures.Counts.OpenAtEnd);
        }
        return [.. SectorCatalogue.All.Select(s => (s.Label, totals[s.Code]))];
    }
}
