using IpsMonitor.Tests.Hostile;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The staff pages speak the reader's language: the choice made with the switch, else the browser's, else Dutch; every
/// catalogue a form offers is worded in that language; and an address nobody can use gets a page, not the API's JSON.
/// </summary>
public sealed class StaffLanguageTests
{
    [Fact]
    public async Task WithoutAChoiceTheStaffPagesFollowTheBrowserAndTheSwitchStillWins()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        async Task<string?> LangAsync(string path, string? browser)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(path, UriKind.Relative));
            if (browser is not null)
                request.Headers.TryAddWithoutValidation("Accept-Language", browser);
            var answer = await coach.SendAsync(request);
            Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
            return Dom.Parse(await answer.Content.ReadAsStringAsync()).DocumentElement.GetAttribute("lang");
        }

        Assert.Equal("nl", await LangAsync("caseload", null));
        Assert.Equal("en", await LangAsync("caseload", "en-US,en;q=0.9"));
        Assert.Equal("nl", await LangAsync("caseload", "fr-BE,nl;q=0.8,en;q=0.5"));
        Assert.Equal("nl", await LangAsync("caseload", "de-DE"));
        // The switch is remembered and wins over the browser from then on.
        Assert.Equal("nl", await LangAsync("caseload?lang=nl", "en-US"));
        Assert.Equal("nl", await LangAsync("caseload", "en-US"));
    }

    [Fact]
    public async Task TheEnglishJobStartFormOffersTheSectorsInEnglish()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var english = Dom.Parse(await coach.PageAsync($"candidates/{id}?lang=en"));
        var options = english.QuerySelectorAll("select[name=sector] option").Where(o => o.GetAttribute("value") is { Length: > 0 })
            .ToDictionary(o => o.GetAttribute("value")!, o => o.TextContent.Trim());

        Assert.Equal(SectorCatalogue.All.Count, options.Count);
        Assert.Equal("Other", options[SectorCatalogue.OtherCode]);
        Assert.Equal("C Manufacturing", options["C"]);
        Assert.All(SectorCatalogue.All, s => Assert.False(options[s.Code].Contains(s.Name, StringComparison.Ordinal), $"{s.Code} is Dutch: {options[s.Code]}"));
        Assert.All(new[] { StaffText.For("nl"), StaffText.For("en") }, t => Assert.Equal(
            SectorCatalogue.All.Select(s => s.Code).Order(StringComparer.Ordinal), t.SectorLabels.Keys.Order(StringComparer.Ordinal)));
    }

    [Fact]
    public async Task AnOverlongAddressOfAnyStaffPageAnswersAStaffPageInTheReadersWords()
    {
        await using var p = await TestProgramme.StartAsync();
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = p.Host.BaseAddress };
        var pages = HttpRoute.All.Where(r => r.IsPage && r.Method == "GET").ToList();
        Assert.True(pages.Count >= 10, string.Join(", ", pages));
        var failures = new List<string>();

        foreach (var route in pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get,
                new Uri(route.Path(_ => "x") + "?q=" + new string('a', 5_000) + "&lang=en", UriKind.Relative));
            request.Headers.Accept.ParseAdd("text/html");
            var answer = await browser.SendAsync(request);
            var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
            if (answer.StatusCode != HttpStatusCode.RequestUriTooLong || answer.Content.Headers.ContentType?.MediaType != "text/html"
                || page.QuerySelector("h1")?.TextContent != StaffText.For("en").AddressTooLongTitle)
                failures.Add($"{route}: {(int)answer.StatusCode} {answer.Content.Headers.ContentType?.MediaType}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task TheRhythmFormSaysWhichRhythmAnEmptyFieldMeans()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var programme = p.Service<Microsoft.Extensions.Options.IOptions<CheckInOptions>>().Value;

        var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));

        var rhythm = page.QuerySelector("form[action$='/cadence'] [data-programme-rhythm]")?.TextContent ?? "";
        Assert.Contains($"elke {programme.OnboardingWeeks} weken", rhythm, StringComparison.Ordinal);
        Assert.Contains($"daarna elke {programme.RegularWeeks} weken", rhythm, StringComparison.Ordinal);
        Assert.Contains($"zonder werk elke {programme.LookingWeeks} weken", rhythm, StringComparison.Ordinal);
    }
}
