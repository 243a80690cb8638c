using System.Text.RegularExpressions;
using System.Globalization;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>What the browser tests do on a questionnaire page: answer, check accessibility, enlarge text, measure, capture.</summary>
internal static class PageActions
{
    /// <summary>Answers one item as a person would: taps a box, or types into a field through the keyboard.</summary>
    public static async Task AnswerAsync(IPage page, Item item, string? number = null)
    {
        switch (item)
        {
            case ScaleItem s:
                await page.Locator($"label:has(input[name='{s.Id}'][value='{Math.Min(s.Max, 7)}'])").ClickAsync();
                break;
            case NumberItem n:
                await TypeAsync(page, $"input[name='{n.Id}']", number ?? (n.Id == ItemIds.DesiredHours ? "32" : "24"));
                break;
            case YesNoItem y:
                await page.Locator($"label:has(input[name='{y.Id}'][value='yes'])").ClickAsync();
                break;
            case ChoiceItem c:
                await page.Locator($"label:has(input[name='{c.Id}'][value='{c.Options[0].Id}'])").ClickAsync();
                break;
            default:
                await page.Locator($"textarea[name='{item.Id}']").FillAsync("Een vaste collega & <b>meer</b> taken");
                break;
        }
    }

    /// <summary>Clears a field and types key by key, as on a phone keyboard.</summary>
    public static async Task TypeAsync(IPage page, string selector, string text)
    {
        var field = page.Locator(selector);
        await field.ClickAsync();
        await field.PressAsync("Control+A");
        await field.PressAsync("Backspace");
        await field.PressSequentiallyAsync(text);
    }

    public static async Task PressAsync(IPage page, string action)
    {
        await page.Locator($"button:not([aria-hidden])[name=action][value={action}]").ClickAsync();
        await LoadedAsync(page);
    }

    /// <summary>
    /// Waits until the page the last click led to has loaded, by asking the document, not by waiting for its load event:
    /// an event that fired before the wait began is never seen, and the wait then runs out however fast the page was.
    /// (The click itself waits until the navigation it started has committed.)
    /// </summary>
    public static async Task LoadedAsync(IPage page)
    {
        for (var tries = 0; tries < 900; tries++)
        {
            try
            {
                if (await page.EvaluateAsync<string>("() => document.readyState") == "complete")
                    return;
            }
            catch (PlaywrightException)
            {
                // The document was replaced while it was asked: the next one is asked next time.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"{page.Url} did not finish loading in 90 seconds.");
    }

    /// <summary>
    /// Presses Enter on what has the focus, as a keyboard user follows a link or sends a form, and waits until the page it
    /// leads to is loaded. The wait is set before the key goes down, so a page that arrives at once is never missed.
    /// </summary>
    public static async Task EnterAsync(IPage page, Regex arrivesAt)
    {
        // A pattern the current address already matches would let the wait end before anything happened.
        if (arrivesAt.IsMatch(page.Url))
            throw new Xunit.Sdk.XunitException($"{page.Url} already matches {arrivesAt}.");
        var arrived = page.WaitForURLAsync(arrivesAt);
        await page.Keyboard.PressAsync("Enter");
        await arrived;
    }

    /// <summary>
    /// Sets the browser's default text size to 32 px instead of 16 px: 200% text, as a person sets it in the browser's
    /// settings. It holds for every page the tab opens afterwards.
    /// </summary>
    public static async Task DoubleTextSizeAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Page.setFontSizes", new Dictionary<string, object>
        {
            ["fontSizes"] = new Dictionary<string, object> { ["standard"] = 32, ["fixed"] = 26 },
        });
    }

    /// <summary>
    /// What sticks out sideways: the page wider than the window, or a box's content (a radio button, a word) outside its
    /// box. Empty when everything reflows.
    /// </summary>
    public static async Task<IReadOnlyList<string>> SidewaysOverflowAsync(IPage page)
    {
        var found = await page.EvaluateAsync<string[]>("""
            () => {
              const out = [];
              const width = document.documentElement.clientWidth;
              if (document.documentElement.scrollWidth > width) out.push(`page ${document.documentElement.scrollWidth} wide in ${width}`);
              for (const el of document.querySelectorAll('main *')) {
                const r = el.getBoundingClientRect();
                if (r.width > 0 && r.right > width + 0.5 && !el.closest('.visually-hidden')) out.push(`${el.tagName.toLowerCase()}.${el.className} ends at ${Math.round(r.right)}`);
              }
              for (const box of document.querySelectorAll('.box')) {
                const b = box.getBoundingClientRect();
                for (const inner of box.querySelectorAll('input, span')) {
                  const r = inner.getBoundingClientRect();
                  if (r.left < b.left - 0.5 || r.right > b.right + 0.5) out.push(`${inner.tagName.toLowerCase()} spills out of its box: "${box.innerText}"`);
                }
              }
              return out;
            }
            """);
        return found.Select(f => $"{page.Url}: {f}").ToList();
    }

    /// <summary>Keeps a screenshot as a test artefact under TestResults/screenshots; a failure to write never fails a test.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        try
        {
            var dir = Repo.PathOf("TestResults", "screenshots");
            Directory.CreateDirectory(dir);
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(dir, name + ".png"), FullPage = true });
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or PlaywrightException)
        {
        }
    }

    /// <summary>Where the staff pages' screenshots are kept, unless a test names its own folder.</summary>
    public static readonly string StaffScreenshots = Path.Combine(Repo.Root, "TestResults", "screenshots", "staff");

    /// <summary>
    /// The staff-page check: axe's serious and critical findings, and sideways scrolling at this width with 100% and 200%
    /// text, as problems named by the page; a full-page screenshot at 200% goes to <paramref name="screenshots"/> (default: staff).
    /// </summary>
    public static async Task<IReadOnlyList<string>> StaffPageProblemsAsync(IPage page, string name, string? screenshots = null)
    {
        screenshots ??= StaffScreenshots;
        var problems = (await AxeAsync(page, null)).ToList();
        var width = page.ViewportSize?.Width ?? 0;
        foreach (var size in new[] { "100%", "200%" })
        {
            await page.EvaluateAsync("s => document.documentElement.style.fontSize = s", size);
            if (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"))
                problems.Add($"{name} at {width} px and {size} text scrolls sideways");
            // On a phone the menu wraps compactly: it never fills most of the first screen, even at 200% text.
            var height = page.ViewportSize?.Height ?? 0;
            if (width <= 400 && await page.EvaluateAsync<double>("() => document.querySelector('header.top')?.getBoundingClientRect().height ?? 0") is var menu
                && menu > height * 0.5)
                problems.Add($"{name} at {width} px and {size} text: the menu is {menu:0} px of a {height} px screen");
        }
        Directory.CreateDirectory(screenshots);
        await page.ScreenshotAsync(new() { Path = Path.Combine(screenshots, $"{name}-{width}-200.png"), FullPage = true });
        await page.EvaluateAsync("() => document.documentElement.style.fontSize = ''");
        return problems;
    }

    /// <summary>Runs axe-core (from the project's npm packages) on the page; returns serious and critical violations.</summary>
    public static async Task<IEnumerable<string>> AxeAsync(IPage page, string? url)
    {
        if (url is not null)
            await page.GotoAsync(url);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Repo.PathOf("node_modules", "axe-core", "axe.min.js") });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } })).violations" +
            ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{page.Url}: {v.GetProperty("id").GetString()} at {v.GetProperty("nodes").GetString()}"))
            .ToList();
    }
}
