using System.Globalization;
using System.Text.RegularExpressions;
using IpsMonitor.Tests.Workspace;
using Microsoft.Playwright;
using ZXing;
using ZXing.Common;

namespace IpsMonitor.Tests.Browser;

/// <summary>A coach in real headless Chromium: from the caseload to the candidate, the chart, a signal, a link and its QR code.</summary>
public sealed class CoachWorkspaceBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private Task<IPage> PageAsync(int width, int height, bool bypassCsp = false) => chromium.StaffPageAsync(width, height, bypassCsp);

    /// <summary>Coach A signed in on a desktop-sized window, on the caseload.</summary>
    private async Task<IPage> CoachAtDeskAsync(TestProgramme p)
    {
        var page = await PageAsync(1280, 800);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"]);
        return page;
    }

    [Fact]
    public async Task ACoachFindsTheStalledCandidateSeesBothPerspectivesAcknowledgesHandsOverALinkAndSignsOut()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        var page = await CoachAtDeskAsync(p);

        // The caseload puts the candidate whose development stalls first, with the signal as a badge.
        var firstRow = page.Locator("tbody tr").First;
        Assert.Contains("Ontwikkeling staat stil", await firstRow.InnerTextAsync(), StringComparison.Ordinal);
        await firstRow.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/staff/candidates/{seeded.Stalled}$"));

        // Both perspectives on work ability, with the stored values.
        var chart = page.Locator("svg[data-dimension=work_ability]");
        Assert.Equal(2, await chart.Locator("g.series").CountAsync());
        Assert.Equal(seeded.CandidateWorkAbility.Select(x => x.Value.ToString(CultureInfo.InvariantCulture)),
            await chart.Locator("g[data-series=candidate] circle[data-value]").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.value)"));
        Assert.Equal(seeded.SupervisorWorkAbility.Select(x => x.Value.ToString(CultureInfo.InvariantCulture)),
            await chart.Locator("g[data-series=supervisor] circle[data-value]").EvaluateAllAsync<string[]>("cs => cs.map(c => c.dataset.value)"));

        // Acknowledge the signal with a note.
        var signal = page.Locator($"article.signal[data-type={SignalTypes.DevelopmentStagnation}]");
        await signal.GetByLabel("Notitie (niet verplicht)").FillAsync("Besproken: bestellingen erbij vanaf december.");
        // Locators wait for the page the click leads to; a load-state wait could see the old page.
        await signal.GetByRole(AriaRole.Button, new() { Name = "Markeer als gezien" }).ClickAsync();
        var acknowledged = page.Locator($"article.signal[data-type={SignalTypes.DevelopmentStagnation}] [data-acknowledged]");
        Assert.Contains("Besproken: bestellingen erbij vanaf december.", await acknowledged.InnerTextAsync(), StringComparison.Ordinal);
        var (stored, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None);
        Assert.Equal("coach-a", stored.Single(s => s.Type == SignalTypes.DevelopmentStagnation).AcknowledgedBy);

        // Hand over a link: the QR code, decoded from the rendered pixels, is the link shown.
        await page.GetByRole(AriaRole.Button, new() { Name = "Klaarzetten" }).ClickAsync();
        var link = (await page.Locator("[data-link]").InnerTextAsync()).Trim();
        Assert.Matches("/api/q/[A-Za-z0-9_-]{43}$", link);
        Assert.Equal(link, await DecodeQrAsync(page, page.Locator(".qr svg")));
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.Equal(seeded.Stalled, (await p.Service<CheckInStore>().FindByTokenAsync(token, CancellationToken.None))!.Invitation.CandidateId);
        Directory.CreateDirectory(PageActions.StaffScreenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(PageActions.StaffScreenshots, "candidate-link-1280.png"), FullPage = true });

        // Sign out: back to sign-in, and the pages are closed again.
        await page.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("/staff/sign-in"));
        Assert.Contains("Je bent uitgelogd", await page.ContentAsync(), StringComparison.Ordinal);
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{seeded.Stalled}").ToString());
        Assert.EndsWith("/staff/sign-in", new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheDriegesprekPreparationPrintsOnExactlyOneA4Page()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        var page = await CoachAtDeskAsync(p);
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{seeded.Stalled}").ToString());

        var pages = await PrintedPages.CountAsync(page, "driegesprek");
        Assert.True(pages == 1, $"the agenda prints on {pages} pages");
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        var printed = await page.Locator("main").InnerTextAsync();
        Assert.Contains("Voorbereiding driegesprek", printed, StringComparison.Ordinal);
        Assert.Contains("Een nieuwe taak erbij", printed, StringComparison.Ordinal);
        Assert.Contains("Extra pauzes", printed, StringComparison.Ordinal);
        Assert.DoesNotContain("Check-ins", printed, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(StaffViewports.Sizes), MemberType = typeof(StaffViewports))]
    public async Task EveryStaffPagePassesTheAccessibilityCheckAndDoesNotScrollSidewaysAtThisSizeOrAt200PercentText(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        var page = await PageAsync(width, height, bypassCsp: true);
        var problems = new List<string>();

        async Task CheckAsync(string name)
        {
            problems.AddRange(await PageActions.StaffPageProblemsAsync(page, name));
        }

        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/sign-in").ToString());
        await CheckAsync("sign-in");
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coordinator"]);
        await CheckAsync("caseload");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{seeded.Stalled}").ToString());
        await CheckAsync("candidate");
        await page.GetByRole(AriaRole.Button, new() { Name = "Klaarzetten" }).ClickAsync();
        await page.Locator("[data-link]").WaitForAsync();
        await CheckAsync("link");
        await page.GetByRole(AriaRole.Button, new() { Name = "Link voor de kandidaat maken" }).ClickAsync();
        await page.Locator("[data-link]").WaitForAsync();
        await CheckAsync("development-link");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/team").ToString());
        await CheckAsync("team");
        // A coach sent without name, phone or model: each field marked, with its message above it.
        await page.EvaluateAsync("() => document.querySelector('form[action$=\"team/coaches\"]').noValidate = true");
        await page.Locator("form[action$='team/coaches'] button[type=submit]").ClickAsync();
        await page.Locator("#form-errors").WaitForAsync();
        await CheckAsync("team-refused");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/enrolment").ToString());
        await CheckAsync("enrolment");
        // The browser's own checks of required fields would stop the post: the server's answer is what is checked here.
        await page.EvaluateAsync("() => document.querySelector('form[action$=\"enrolment\"]').noValidate = true");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kandidaat aanmelden" }).ClickAsync();
        await page.Locator("#form-errors").WaitForAsync();
        await CheckAsync("enrolment-refused");
        // Each line of the summary takes the keyboard to its field.
        foreach (var link in await page.Locator("#form-errors a").AllAsync())
        {
            var target = Uri.UnescapeDataString((await link.GetAttributeAsync("href"))![1..]);
            await link.FocusAsync();
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal(target, await page.EvaluateAsync<string>("() => document.activeElement.id"));
            Assert.Equal("true", await page.EvaluateAsync<string>("() => document.activeElement.getAttribute('aria-invalid')"));
        }
        await page.GotoAsync(new Uri(p.Host.BaseAddress, "staff/candidates/k-unknown?lang=en").ToString());
        await CheckAsync("no-access-en");

        Assert.Empty(problems);
    }

    /// <summary>Rasterises the QR code's SVG in the browser and reads it back with ZXing.</summary>
    private static async Task<string> DecodeQrAsync(IPage page, ILocator svg)
    {
        var png = await svg.ScreenshotAsync();
        var blank = await page.Context.NewPageAsync();
        var pixels = await blank.EvaluateAsync<JsonElement>("""
            async (b64) => {
              const img = new Image(); img.src = 'data:image/png;base64,' + b64; await img.decode();
              const c = document.createElement('canvas'); c.width = img.width; c.height = img.height;
              const g = c.getContext('2d'); g.drawImage(img, 0, 0);
              return { w: c.width, h: c.height, data: Array.from(g.getImageData(0, 0, c.width, c.height).data) };
            }
            """, Convert.ToBase64String(png));
        await blank.CloseAsync();
        var rgba = pixels.GetProperty("data").EnumerateArray().Select(v => (byte)v.GetInt32()).ToArray();
        var source = new RGBLuminanceSource(rgba, pixels.GetProperty("w").GetInt32(), pixels.GetProperty("h").GetInt32(), RGBLuminanceSource.BitmapFormat.RGBA32);
        var result = new MultiFormatReader().decode(new BinaryBitmap(new HybridBinarizer(source)), new Dictionary<DecodeHintType, object> { [DecodeHintType.POSSIBLE_FORMATS] = new List<BarcodeFormat> { BarcodeFormat.QR_CODE } });
        Assert.NotNull(result);
        return result.Text;
    }
}
