using IpsMonitor.Development;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Development;

/// <summary>
/// A development link is personal: its holder can stop it, only through the form of the page itself, and every view
/// records a coarse place (never the address), so that a link opened from several places shows up in the audit.
/// </summary>
public sealed class DevelopmentStopTests
{
    private const string Phone = "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36";
    private const string Laptop = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) Gecko/20100101 Firefox/133.0";

    private static readonly Dictionary<string, string?> BehindFrontEnd = new()
    {
        ["Guessing:ClientHeader"] = "X-Forwarded-For",
        ["Guessing:ClientHeaderHops"] = "1",
    };

    private static HttpRequestMessage Visit(string path, string address, string userAgent, HttpMethod? method = null)
    {
        var request = new HttpRequestMessage(method ?? HttpMethod.Get, new Uri(path, UriKind.Relative));
        // App Service writes the port after the address, an IPv6 address in brackets.
        request.Headers.TryAddWithoutValidation("X-Forwarded-For", (address.Contains(':', StringComparison.Ordinal) ? $"[{address}]" : address) + ":50123");
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        return request;
    }

    private static async Task<List<TableEntity>> AuditAsync(TestProgramme p, string candidateId)
    {
        var audit = p.Service<TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(AuditLog.Table));
        return await audit.QueryAsync<TableEntity>(r => r.GetString("CandidateId") == candidateId).ToListAsync();
    }

    [Fact]
    public async Task EveryViewRecordsACoarsePlaceAndNeverTheAddress()
    {
        await using var p = await TestProgramme.StartAsync(BehindFrontEnd);
        var (id, token) = await DevelopmentFixture.LinkedCandidateAsync(p);
        using var web = p.Anonymous();

        // Home twice (two addresses of one /24, same phone), then a laptop elsewhere, then the phone on IPv6.
        foreach (var (address, agent) in new[] { ("203.0.113.10", Phone), ("203.0.113.99", Phone), ("198.51.100.4", Laptop),
            ("2001:db8:aa:1::5", Phone), ("2001:db8:aa:2::9", Phone) })
            Assert.Equal(HttpStatusCode.OK, (await web.SendAsync(Visit($"d/{token}", address, agent))).StatusCode);

        var views = (await AuditAsync(p, id)).Where(r => r.GetString("Action") == "open development view")
            .OrderByDescending(r => r.RowKey).ToList();
        Assert.Equal(5, views.Count);
        var places = views.Select(v => v.GetString("Place")).ToList();
        Assert.All(places, place => Assert.Matches("^[0-9a-f]{8}$", place));
        Assert.Equal(places[0], places[1]);
        Assert.Equal(places[3], places[4]);
        Assert.Equal(3, places.Distinct().Count());
        Assert.All(views, v => Assert.Null(v.GetString("Client")));
        Assert.DoesNotContain(views.SelectMany(v => v.Select(kv => kv.Value)).OfType<string>(),
            value => value.Contains("203.0.113", StringComparison.Ordinal) || value.Contains("2001:db8", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AStopWithoutTheFormsAntiforgeryFieldStopsNothing()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await DevelopmentFixture.LinkedCandidateAsync(p);
        using var web = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = p.Host.BaseAddress };

        var question = await web.GetAsync(new Uri($"d/{token}/stop", UriKind.Relative));
        var forged = await web.PostAsync(new Uri($"d/{token}/stop", UriKind.Relative), new FormUrlEncodedContent([]));
        var stillWorks = await web.GetAsync(new Uri($"d/{token}", UriKind.Relative));
        var af = StaffSession.Token(await question.Content.ReadAsStringAsync());
        var stop = await web.PostAsync(new Uri($"d/{token}/stop?lang=en", UriKind.Relative),
            new FormUrlEncodedContent([new("__af", af)]));
        var stopped = await web.GetAsync(new Uri($"d/{token}?lang=en", UriKind.Relative));
        var questionAfter = await web.GetAsync(new Uri($"d/{token}/stop", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, question.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillWorks.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, stop.StatusCode);
        Assert.Equal($"../{token}?lang=en", stop.Headers.Location?.OriginalString);
        Assert.Equal(HttpStatusCode.Gone, stopped.StatusCode);
        var page = Dom.Parse(await stopped.Content.ReadAsStringAsync());
        Assert.Equal(DevelopmentText.English.Stop.DoneTitle, page.QuerySelector("h1")?.TextContent);
        Assert.Equal(HttpStatusCode.Gone, questionAfter.StatusCode);
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task ThePageSaysTheLinkIsPersonalAndAsksBeforeStoppingInEachLanguage(string lang)
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await DevelopmentFixture.LinkedCandidateAsync(p);
        using var web = p.Anonymous();
        var text = DevelopmentText.For(lang);

        var view = Dom.Parse(await web.GetStringAsync(new Uri($"d/{token}?lang={lang}", UriKind.Relative)));
        var stopLink = view.QuerySelector("a[href*='/stop']");
        var question = Dom.Parse(await web.GetStringAsync(new Uri($"d/{token}/stop?lang={lang}", UriKind.Relative)));

        Assert.Contains(view.QuerySelectorAll("p"), e => e.TextContent == text.Stop.Personal);
        Assert.Equal(text.Stop.Start, stopLink?.TextContent);
        Assert.Equal($"{token}/stop?lang={lang}", stopLink?.GetAttribute("href"));
        Assert.Equal(text.Stop.Question, question.QuerySelector("h1")?.TextContent);
        Assert.Equal(text.Stop.Yes, question.QuerySelector("form button[type=submit]")?.TextContent);
        Assert.Equal($"../{token}?lang={lang}", question.QuerySelector("form a")?.GetAttribute("href"));
        Assert.NotNull(question.QuerySelector("form input[name=__af]"));
    }
}
