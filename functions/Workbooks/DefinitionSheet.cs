using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>Definities: every metric's precise definition and the versions the numbers were computed with.</summary>
internal static class DefinitionSheet
{
    public const string Name = "Definities";

    public static void Add(XLWorkbook workbook, QuarterlyReport report, WorkbookVariant variant, DateTime generatedLocal, ExternRelease? release = null)
    {
        var sheet = SheetLayout.Start(workbook, Name, "Definities", report, variant);
        SheetLayout.Header(sheet, SheetLayout.HeaderRow, "Indicator", "Definitie");
        var row = SheetLayout.HeaderRow;
        foreach (var definition in MetricDefinitions.All)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), definition.Name);
            CellWriter.Text(sheet.Cell(row, 2), definition.Definition);
        }
        var lastRow = row;

        row += 2;
        SheetLayout.Header(sheet, row, "Versies en herkomst", "Waarde");
        void Fact(string name, string value)
        {
            row++;
            CellWriter.Text(sheet.Cell(row, 1), name);
            CellWriter.Text(sheet.Cell(row, 2), value);
        }
        Fact("Definitieversie", report.DefinitionVersion);
        Fact("Versie regel kleine aantallen", SmallCells.RuleVersion);
        Fact("Versie signaalregels", report.SignalRuleVersion ?? "niet opgegeven");
        Fact("Tijdzone", report.ZoneId);
        Fact("Programma", report.ProgrammeId);
        Fact("Kwartaal", report.Quarter.ToString());
        Fact("Versie", variant == WorkbookVariant.Extern ? "Extern" : "Intern");
        if (release is not null)
            Fact("Externe uitgave", release.Label());
        Fact("Doelgroepbaan telt als competitief (Outcomes:DoelgroepbaanCompetitive)", report.Policy.DoelgroepbaanCompetitive ? "ja" : "nee");
        foreach (var model in Enum.GetValues<Caseload.CoachModel>())
            Fact("Caseloadnorm en scoreband " + CaseloadNorms.Label(model), report.Policy.Norms.Table(model));
        Fact("Bron benchmarks arbeidsparticipatie", MetricDefinitions.BenchmarkSource);
        Fact("Bron normen en scorebanden", "IPS-trouwschaal (25 items), item 1 caseload en item 11 competitief werk");
        if (report.IsOpen && report.Policy.Today is { } today)
            Fact("Mijlpalen tot en met", today.ToString("dd-MM-yyyy", System.Globalization.CultureInfo.InvariantCulture));
        row++;
        CellWriter.Text(sheet.Cell(row, 1), "Gegenereerd op");
        sheet.Cell(row, 2).SetValue(generatedLocal).Style.NumberFormat.Format = Formats.DateTime;
        sheet.Cell(row, 2).Style.Alignment.SetHorizontal(XLAlignmentHorizontalValues.Left);

        // The team corrects these rows; a funder's copy needs no job ids.
        if (variant == WorkbookVariant.Intern && report.Corrected.Count > 0)
        {
            row += 2;
            SheetLayout.Header(sheet, row, "Gecorrigeerde plaatsing (kandidaat / baan)", "Vastgelegd → telt als");
            foreach (var job in report.Corrected)
            {
                row++;
                CellWriter.Text(sheet.Cell(row, 1), $"{job.CandidateId} / {job.JobId}");
                CellWriter.Text(sheet.Cell(row, 2), $"{PlacementSheet.KindLabel(job.RecordedKind)}, "
                    + $"{(job.RecordedCompetitive ? "competitief" : "niet competitief")} → {PlacementSheet.KindLabel(job.CountedKind)}");
            }
        }

        SheetLayout.Finish(sheet, SheetLayout.HeaderRow, lastRow, 2);
        // Definitions are paragraphs: wrap them in a readable column instead of one very wide line.
        sheet.Column(2).Width = 100;
        sheet.Column(2).Style.Alignment.SetWrapText();
        sheet.Column(1).Style.Alignment.SetVertical(XLAlignmentVerticalValues.Top);
    }
}
