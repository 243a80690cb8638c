using ClosedXML.Excel;
using IpsMonitor.CheckIns;

namespace IpsMonitor.Workbooks;

/// <summary>Vragenlijsten: response rates, mean scores with their change, and candidate next to supervisor.</summary>
internal static class QuestionnaireSheet
{
    public const string Name = "Vragenlijsten";

    public static string RespondentLabel(Respondent respondent) =>
        respondent == Respondent.Candidate ? "Kandidaat" : "Leidinggevende";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, CellWriter cells)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Respons en scores van de check-ins", report, cells.Variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            "Respondent", "Gesloten uitnodigingen", "Beantwoord", "Respons", "Respons vorig kwartaal");
        var row = SheetLayout.HeaderRow;
        foreach (var response in report.Responses)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), RespondentLabel(response.Respondent));
            cells.Count(sheet.Cell(row, 2), response.Current.Denominator);
            cells.Count(sheet.Cell(row, 3), response.Current.Numerator);
            cells.Share(sheet.Cell(row, 4), response.Current);
            cells.Share(sheet.Cell(row, 5), response.Previous);
        }

        row += 2;
        var scoresHeader = row;
        SheetLayout.Header(sheet, row,
            "Respondent", "Schaal", "Vraag-id", "n", "Gemiddelde", "n vorig kwartaal", "Gemiddelde vorig kwartaal", "Verandering");
        foreach (var scale in report.Scales)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), RespondentLabel(scale.Respondent));
            CellWriter.Text(sheet.Cell(row, 2), ScaleItems.LabelOf(scale.ItemId));
            CellWriter.Text(sheet.Cell(row, 3), scale.ItemId);
            cells.Count(sheet.Cell(row, 4), scale.Current.Count);
            cells.Mean(sheet.Cell(row, 5), scale.Current);
            cells.Count(sheet.Cell(row, 6), scale.Previous.Count);
            cells.Mean(sheet.Cell(row, 7), scale.Previous);
            cells.Derived(sheet.Cell(row, 8), scale.Change, Formats.Change, scale.Current.Count, scale.Previous.Count);
        }
        var scoresLast = row;

        row += 2;
        SheetLayout.Header(sheet, row,
            "Gedeelde dimensie", "Kandidaat: gemiddelde", "Kandidaat: n", "Leidinggevende: gemiddelde", "Leidinggevende: n",
            "Verschil (leidinggevende − kandidaat)");
        foreach (var shared in report.SharedDimensions)
        {
            row++;
            var (candidate, supervisor) = (shared.Candidate.Current, shared.Supervisor.Current);
            CellWriter.Text(sheet.Cell(row, 1), shared.Name);
            cells.Mean(sheet.Cell(row, 2), candidate);
            cells.Count(sheet.Cell(row, 3), candidate.Count);
            cells.Mean(sheet.Cell(row, 4), supervisor);
            cells.Count(sheet.Cell(row, 5), supervisor.Count);
            cells.Derived(sheet.Cell(row, 6), supervisor.Value - candidate.Value, Formats.Change, candidate.Count, supervisor.Count);
        }
        SheetLayout.Finish(sheet, scoresHeader, scoresLast, 8);
    }
}
