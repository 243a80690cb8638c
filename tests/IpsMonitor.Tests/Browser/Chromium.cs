using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// Debian's headless Chromium driven by Playwright, one browser per test class. The flags keep it from reaching out to
/// the network, which this machine does not allow.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A phone-sized page. CSP is bypassed only so the accessibility checker can be injected; the app itself runs no script.</summary>
    public async Task<IPage> PhoneAsync(bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 740 },
            IsMobile = true,
            HasTouch = true,
            BypassCSP = bypassCsp,
            Locale = "nl-NL",
        });
        // The suite runs many hosts and browsers in parallel on a small machine; a slow page is not a failure.
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    /// <summary>A staff page of the given size that accepts downloads, with the same patient timeouts as <see cref="PhoneAsync"/>.</summary>
    public async Task<IPage> StaffPageAsync(int width, int height, bool bypassCsp = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            BypassCSP = bypassCsp,
            Locale = "nl-NL",
            AcceptDownloads = true,
        });
        context.SetDefaultTimeout(90_000);
        context.SetDefaultNavigationTimeout(90_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        playwright?.Dispose();
    }
}
