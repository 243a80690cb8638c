using System.Diagnostics;
using static IpsMonitor.Tests.Workbooks.ProgrammeFixture;

namespace IpsMonitor.Tests.Workbooks;

/// <summary>A real spreadsheet application must open the file, not only the library that wrote it.</summary>
public sealed class SpreadsheetApplicationTests
{
    private const string Soffice = "/usr/bin/soffice";

    // Comma-separated, double quotes, UTF-8, cells as shown (formatted), first sheet.
    private const string CsvFilter = "csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,true,false,false,1";

    [Fact]
    public async Task LibreOfficeOpensTheWorkbookAndShowsTheSummaryNumbers()
    {
        var directory = Directory.CreateTempSubdirectory("ipsmonitor-workbook-");
        // Each run gets its own profile, so parallel runs do not fight over one.
        var profile = Path.Combine(Path.GetTempPath(), "lo-" + Guid.NewGuid().ToString("N"));
        try
        {
            var file = Path.Combine(directory.FullName, "kwartaal.xlsx");
            await File.WriteAllBytesAsync(file, WorkbookFile.Bytes(Report(), WorkbookVariant.Intern));

            await Convert(file, directory.FullName, profile);

            // Asked for one sheet, LibreOffice names the file after it.
            var csv = Assert.Single(Directory.GetFiles(directory.FullName, "*.csv"));
            Assert.EndsWith("kwartaal-Samenvatting.csv", csv, StringComparison.Ordinal);
            var lines = await File.ReadAllLinesAsync(csv);
            Assert.Contains("Indicator,2026-Q3,2026-Q2,Toelichting", lines);
            Assert.Contains("Aanmeldingen,4,1,", lines);
            Assert.Contains("Actieve caseload,10,8,", lines);
            Assert.Contains(lines, l => l.StartsWith("Arbeidsparticipatie,77.8%,50.0%,", StringComparison.Ordinal));
            Assert.Contains("Dagen van aanmelding tot eerste baan (mediaan),162.0,76.5,", lines);
            Assert.Contains("Minimaal,31%,internationale referentie (VS/VK),", lines);
        }
        finally
        {
            directory.Delete(recursive: true);
            if (Directory.Exists(profile))
                Directory.Delete(profile, recursive: true);
        }
    }

    private static async Task Convert(string file, string outDir, string profile)
    {
        var start = new ProcessStartInfo(Soffice)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "-env:UserInstallation=file://" + profile, "--headless", "--convert-to", CsvFilter, "--outdir", outDir, file })
            start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var errors = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("LibreOffice did not convert the workbook within 60 s.");
        }
        Assert.True(process.ExitCode == 0, $"soffice exited {process.ExitCode}: {await output} {await errors}");
    }
}
