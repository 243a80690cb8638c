using ClosedXML.Excel;

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
        // Outside the team this quarter only: the previous quarter is in its own frozen external workbook.
        var external = cells.IsExtern;
        SheetLayout.Header(sheet, SheetLayout.HeaderRow,
            external
                ? ["Respondent", "Gesloten uitnodigingen", "Beantwoord", "Respons"]
                : ["Respondent", "Gesloten uitnodigingen", "Beantwoord", "Respons", "Respons vorig kwartaal"]);
        var row = SheetLayout.HeaderRow;
        foreach (var response in report.Responses)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), RespondentLabel(response.Respondent));
            var closed = cells.Count(sheet.Cell(row, 2), response.Current.Denominator);
            var answered = cells.Count(sheet.Cell(row, 3), response.Current.Numerator);
            cells.Complement(closed, answered);
            cells.Share(sheet.Cell(row, 4), response.Current, answered, closed);
            if (!external)
                cells.Share(sheet.Cell(row, 5), response.Previous);
        }

        row += 2;
        var scoresHeader = row;
        SheetLayout.Header(sheet, row,
            external
                ? ["Respondent", "Schaal", "Vraag-id", "n", "Gemiddelde"]
                : ["Respondent", "Schaal", "Vraag-id", "n", "Gemiddelde", "n vorig kwartaal", "Gemiddelde vorig kwartaal", "Verandering"]);
        foreach (var scale in report.Scales)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), RespondentLabel(scale.Respondent));
            CellWriter.Text(sheet.Cell(row, 2), ScaleItems.LabelOf(scale.ItemId));
            CellWriter.Text(sheet.Cell(row, 3), scale.ItemId);
            cells.Same(Key(scale), cells.Count(sheet.Cell(row, 4), scale.Current.Count));
            cells.Mean(sheet.Cell(row, 5), scale.Current);
            if (external)
                continue;
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
            cells.Same(Key(shared.Candidate), cells.Count(sheet.Cell(row, 3), candidate.Count));
            cells.Mean(sheet.Cell(row, 4), supervisor);
            cells.Same(Key(shared.Supervisor), cells.Count(sheet.Cell(row, 5), supervisor.Count));
            cells.MeanDifference(sheet.Cell(row, 6), candidate, supervisor);
        }
        if (!external)
            AddReminderResponses(sheet, row + 2, report, cells);
        cells.Finally(() => SheetLayout.Finish(sheet, scoresHeader, scoresLast, external ? 5 : 8));
    }

    public const string BeforeReminders = "Vóór een herinnering";

    /// <summary>For the team only: a funder's workbook gets no breakdown this fine.</summary>
    private static void AddReminderResponses(IXLWorksheet sheet, int row, QuarterlyReport report, CellWriter cells)
    {
        SheetLayout.Header(sheet, row, "Respondent", "Moment", "Nog open op dat moment", "Daarna beantwoord", "Respons");
        foreach (var response in report.ReminderResponses)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), RespondentLabel(response.Respondent));
            CellWriter.Text(sheet.Cell(row, 2), response.AfterReminder == 0 ? BeforeReminders : $"Na herinnering {response.AfterReminder}");
            var open = cells.Count(sheet.Cell(row, 3), response.Current.Denominator);
            var answered = cells.Count(sheet.Cell(row, 4), response.Current.Numerator);
            cells.Share(sheet.Cell(row, 5), response.Current, answered, open);
        }
    }

    private static string Key(ScaleFigures scale) => $"scale.{scale.Respondent}.{scale.ItemId}";
}
