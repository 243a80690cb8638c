using System.Globalization;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>What a page must pass on a phone: axe-core's serious and critical rules, and reflow at 200% text.</summary>
internal static class PhoneChecks
{
    /// <summary>
    /// Doubles the browser's default text size, as a person does in the browser's settings (16 px to 32 px). The pages size
    /// their text relative to it, so everything in rem and em doubles, as WCAG 1.4.4 asks for.
    /// </summary>
    public static async Task DoubleTextSizeAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Page.enable");
        await cdp.SendAsync("Page.setFontSizes", new Dictionary<string, object>
        {
            ["fontSizes"] = new Dictionary<string, object> { ["standard"] = 32, ["fixed"] = 26 },
        });
    }

    /// <summary>The root element's computed font size in CSS px.</summary>
    public static async Task<double> RootFontSizeAsync(IPage page) =>
        double.Parse((await page.EvaluateAsync<string>("() => getComputedStyle(document.documentElement).fontSize")).Replace("px", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);

    /// <summary>How wide the page is laid out in CSS px; wider than the viewport means sideways scrolling.</summary>
    public static Task<int> PageWidthAsync(IPage page) =>
        page.EvaluateAsync<int>("() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth)");

    /// <summary>The first few elements that stick out on the right, to say what makes a page scroll sideways.</summary>
    public static Task<string> WideElementsAsync(IPage page) =>
        page.EvaluateAsync<string>("""
            () => [...document.body.querySelectorAll('*')].filter(e => e.getBoundingClientRect().right > 360.5)
              .slice(0, 3).map(e => `${e.tagName.toLowerCase()}.${e.className.baseVal ?? e.className} "${(e.textContent ?? '').trim().slice(0, 30)}"`).join('; ')
            """);

    /// <summary>Runs axe-core (from the project's npm packages) on the current page; returns serious and critical violations.</summary>
    public static async Task<IReadOnlyList<string>> AxeAsync(IPage page) => (await PageActions.AxeAsync(page, null)).ToList();

    /// <summary>Screenshots kept with the test output (bin/…/artefacts/screenshots), for a person to look at: the screen and the whole page.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artefacts", "screenshots");
        Directory.CreateDirectory(folder);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png") });
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + "-full.png"), FullPage = true });
    }

    /// <summary>
    /// What a person on a 360 px phone meets on this screen, named after it: axe violations and sideways scrolling. The
    /// screen is kept as a screenshot beside them.
    /// </summary>
    public static async Task CheckAsync(IPage page, string name, List<string> problems)
    {
        problems.AddRange((await AxeAsync(page)).Select(v => $"{name}: {v}"));
        if (await PageWidthAsync(page) is var width and > 360)
            problems.Add($"{name} is {width} px wide: {await WideElementsAsync(page)}");
        await ScreenshotAsync(page, $"{name}-360x740");
    }

    /// <summary>Presses Tab until the focus is on an element that matches the selector, as a keyboard user gets there.</summary>
    public static async Task TabToAsync(IPage page, string selector)
    {
        for (var presses = 0; presses < 120; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<bool>("s => document.activeElement?.matches(s) ?? false", selector))
                return;
        }
        throw new Xunit.Sdk.XunitException($"Tab never reached {selector}.");
    }
}
