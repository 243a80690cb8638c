using ClosedXML.Excel;
using IpsMonitor.Fidelity;
using IpsMonitor.Platform;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Modelgetrouwheid (internal workbook only): the last fidelity review held on or before the quarter's end, item by
/// item with its scores, notes, totals and action points, and the product's own figures for the quarter beside items 1
/// and 11. The figures are evidence for the reviewers, computed as on the other sheets; they are never a score.
/// </summary>
internal static class FidelitySheet
{
    public const string Name = "Modelgetrouwheid";
    public const string CaseloadPerFte = "Caseload per fulltime begeleider (item 1)";
    public const string RunningPlacements = "Lopende plaatsingen (item 11)";
    public const string CompetitivePlacements = "Waarvan regulier (item 11)";
    public const string CompetitiveShare = "Aandeel regulier (item 11)";
    public const string IpsATotal = "Totaal IPS-A";
    public const string IpsOTotal = "Totaal IPS-O";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var words = FidelityText.For(Languages.Dutch);
        var review = report.LastFidelityReview;
        var evidence = FidelityEvidence.Of(report);
        var sheet = SheetLayout.Start(workbook, Name, "Modelgetrouwheid: laatste beoordeling en eigen cijfers", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            "Item", "Onderdeel", "Omschrijving", "Score (1–5)", "Toelichting", "Eigen cijfer (bewijs, geen score)");
        var row = SheetLayout.HeaderRow;
        foreach (var item in FidelityScale.Items)
        {
            foreach (var code in item.Codes)
            {
                row++;
                var score = review?.Scores.GetValueOrDefault(code);
                CellWriter.Text(sheet.Cell(row, 1), code);
                CellWriter.Text(sheet.Cell(row, 2), words.Groups[item.Group]);
                CellWriter.Text(sheet.Cell(row, 3), item.HasEducationVariant ? words.Variants[code] : words.Items[item.Number].Name);
                CellWriter.Number(sheet.Cell(row, 4), score?.Score, Formats.Count);
                CellWriter.Text(sheet.Cell(row, 5), score?.Note ?? "");
                CellWriter.Text(sheet.Cell(row, 6), item.Number switch
                {
                    FidelityScale.CaseloadItem => Figure(evidence.Caseload.PerFullTimeCoach, "0.0") + " per fulltime begeleider",
                    FidelityScale.CompetitiveItem => Figure(evidence.Competitive.Share, "0%") + " regulier",
                    _ => "",
                });
            }
        }
        var lastRow = row;
        row += 2;
        CellWriter.Text(sheet.Cell(row, 1), "Beoordeling");
        sheet.Cell(row, 1).Style.Font.SetBold();
        if (review is null)
        {
            CellWriter.Text(sheet.Cell(++row, 1), $"Nog geen beoordeling op of voor {report.Quarter.End:dd-MM-yyyy}.");
        }
        else
        {
            Line(sheet, ++row, "Datum", review.Date.ToDateTime(TimeOnly.MinValue), Formats.Date);
            Line(sheet, ++row, "Beoordelaars", review.Reviewers);
            Line(sheet, ++row, IpsATotal, review.IpsATotal, Formats.Count);
            Line(sheet, ++row, IpsOTotal, review.IpsOTotal, Formats.Count);
            Line(sheet, ++row, "Niveau (IPS-A)", review.IpsATotal is { } a ? words.Levels[FidelityScale.Level(a)] : CellWriter.Missing);
            Line(sheet, ++row, "Actiepunten", review.ActionPoints ?? "");
        }
        row += 2;
        CellWriter.Text(sheet.Cell(row, 1), $"Eigen cijfers {report.Quarter}, op {evidence.On:dd-MM-yyyy} (bewijs, geen score)");
        sheet.Cell(row, 1).Style.Font.SetBold();
        Line(sheet, ++row, "Kandidaten bij begeleiders met bekende fte", evidence.Caseload.Caseload, Formats.Count);
        Line(sheet, ++row, "Fte", (double)evidence.Caseload.Fte, Formats.TwoDecimals);
        Line(sheet, ++row, CaseloadPerFte, evidence.Caseload.PerFullTimeCoach, Formats.OneDecimal);
        Line(sheet, ++row, RunningPlacements, evidence.Competitive.Placements, Formats.Count);
        Line(sheet, ++row, CompetitivePlacements, evidence.Competitive.Competitive, Formats.Count);
        Line(sheet, ++row, CompetitiveShare, evidence.Competitive.Share, Formats.WholePercent);
        Line(sheet, ++row, "Doelgroepbaan telt als regulier", evidence.Competitive.DoelgroepbaanCompetitive ? "ja" : "nee");
        Line(sheet, ++row, "Berekening item 1", words.CaseloadHow);
        Line(sheet, ++row, "Berekening item 11", words.CompetitiveHow);
        cells.Finally(() => SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, 6));
    }

    private static string Figure(double? value, string format) =>
        value?.ToString(format, System.Globalization.CultureInfo.GetCultureInfo("nl-NL")) ?? CellWriter.Missing;

    private static void Line(IXLWorksheet sheet, int row, string label, string text)
    {
        CellWriter.Text(sheet.Cell(row, 1), label);
        CellWriter.Text(sheet.Cell(row, 2), text);
    }

    private static void Line(IXLWorksheet sheet, int row, string label, double? value, string format)
    {
        CellWriter.Text(sheet.Cell(row, 1), label);
        CellWriter.Number(sheet.Cell(row, 2), value, format);
    }

    private static void Line(IXLWorksheet sheet, int row, string label, DateTime value, string format)
    {
        CellWriter.Text(sheet.Cell(row, 1), label);
        sheet.Cell(row, 2).Value = value;
        sheet.Cell(row, 2).Style.NumberFormat.Format = format;
    }
}
