using System.Globalization;
using ClosedXML.Excel;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Writes a quarterly report as an .xlsx. Only the report and the given instant go in, so the same report always gives
/// the same cells; the caller decides where the bytes go.
/// </summary>
internal static class QuarterlyWorkbook
{
    /// <param name="release">Which version of the external workbook this is; null for the internal one (and in tests of the cells alone).</param>
    /// <param name="published">For the external workbook: what earlier quarters' external workbooks published, for its Trend sheet.</param>
    public static void Write(
        QuarterlyReport report, WorkbookVariant variant, DateTimeOffset generatedAt, Stream output,
        ExternRelease? release = null, IReadOnlyList<PublishedFigures>? published = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);

        var cells = new CellWriter(variant);
        var generatedLocal = ProgrammeTime.Local(generatedAt);
        using var workbook = new XLWorkbook();
        SummarySheet.Add(workbook, report, cells);
        TrendSheet.Add(workbook, report, cells, published);
        CoachSheet.Add(workbook, report, cells);
        PlacementSheet.Add(workbook, report, cells, published?.FirstOrDefault(p => p.Quarter == report.Quarter.Previous));
        ProgressSheet.Add(workbook, report, cells);
        if (variant == WorkbookVariant.Intern)
            CandidateSheet.Add(workbook, report, cells);
        if (variant == WorkbookVariant.Intern)
            FidelitySheet.Add(workbook, report, cells);
        SignalSheet.Add(workbook, report, cells);
        QuestionnaireSheet.Add(workbook, report, cells);
        DefinitionSheet.Add(workbook, report, variant, generatedLocal, release);
        cells.Complete();
        workbook.Worksheet(1).SetTabActive();

        var title = $"IPS kwartaaluitkomsten {report.ProgrammeId} {report.Quarter}"
            + (release is null ? "" : $" (externe {release.Label()})");
        workbook.Properties.Title = title;
        workbook.Properties.Subject = variant == WorkbookVariant.Extern ? "Externe versie" : "Interne versie";
        // Set explicitly: the library would otherwise stamp the machine's user name and clock into the file.
        workbook.Properties.Author = "IpsMonitor";
        workbook.Properties.LastModifiedBy = "IpsMonitor";
        workbook.Properties.Created = generatedAt.UtcDateTime;
        workbook.Properties.Modified = generatedAt.UtcDateTime;
        workbook.CustomProperties.Add("Programma", report.ProgrammeId);
        workbook.CustomProperties.Add("Kwartaal", report.Quarter.ToString());
        workbook.CustomProperties.Add("Gegenereerd op", generatedAt.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        workbook.CustomProperties.Add("Definitieversie", report.DefinitionVersion);
        workbook.CustomProperties.Add("Versie", variant.ToString());
        if (release is not null)
            workbook.CustomProperties.Add("Externe versie", release.Version);
        workbook.SaveAs(output);
    }
}
