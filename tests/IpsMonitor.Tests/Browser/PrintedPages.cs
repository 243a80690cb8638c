using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>A page printed to A4 as Chromium prints it, kept as a test artefact, counted by its page objects.</summary>
internal static partial class PrintedPages
{
    public static async Task<int> CountAsync(IPage page, string keepAs)
    {
        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
        var folder = Path.Combine(Repo.Root, "TestResults", "screenshots", "staff");
        Directory.CreateDirectory(folder);
        await File.WriteAllBytesAsync(Path.Combine(folder, keepAs + ".pdf"), pdf);
        return PageObject().Count(System.Text.Encoding.Latin1.GetString(pdf));
    }

    [GeneratedRegex(@"/Type\s*/Page(?![a-zA-Z])")]
    private static partial Regex PageObject();
}
