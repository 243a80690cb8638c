using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>How the browser tests sign a staff member in: as a person does, with their key on the sign-in page.</summary>
internal static class BrowserSignIn
{
    /// <summary>
    /// Opens <paramref name="path"/> signed out, which sends the browser to sign-in, types the key there and waits until
    /// the page asked for shows; from the sign-in page itself the staff member lands on their start page: a coach on
    /// "Vandaag", a coordinator on the caseload.
    /// </summary>
    public static async Task WithKeyAsync(IPage page, TestProgramme p, string key, string path = "staff/caseload")
    {
        await page.GotoAsync(new Uri(p.Host.BaseAddress, path).ToString());
        Assert.EndsWith("/staff/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        await page.GetByLabel("Persoonlijke sleutel").FillAsync(key);
        await page.GetByLabel("Persoonlijke sleutel").PressAsync("Enter");
        var landing = path == "staff/sign-in" ? "staff/(today|caseload)" : Regex.Escape(path);
        try
        {
            await page.WaitForURLAsync(new Regex("/" + landing + "$"), new() { Timeout = 60_000 });
        }
        catch (TimeoutException)
        {
            // Say where the browser stayed and what the page said, so a refused or lost sign-in can be told apart.
            var said = await page.InnerTextAsync("body", new() { Timeout = 5_000 });
            Assert.Fail($"Signed in, but the browser stayed at {page.Url}: {said[..Math.Min(said.Length, 600)]}");
        }
    }
}
