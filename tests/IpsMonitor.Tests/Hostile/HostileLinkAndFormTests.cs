using IpsMonitor.Tests.CheckIns;
using IpsMonitor.Tests.Workspace;
using IpsMonitor.Workspace;
using Xunit.Abstractions;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// Hostile tokens on every personal-link route and hostile posts on every staff form (both taken from functions.metadata),
/// and markup typed into every kind of text that staff pages and questionnaires show again.
/// </summary>
public sealed class HostileLinkAndFormTests(ITestOutputHelper output)
{
    private const string Markup = "<script>alert(1)</script><img src=x onerror=alert(2)>\"'";

    [Fact]
    public async Task UnknownReissuedRevokedOtherKindAndExpiredTokensGetTheFriendlyPageOnEveryLinkRoute()
    {
        await using var world = await RouteWorld.StartAsync();
        var candidateId = world.Values["candidateId"];
        var oldToken = world.Values["token"];
        var reissued = await world.P.CoachA.PostAsJsonAsync($"candidates/{candidateId}/invitations", new { respondent = "candidate" });
        var fresh = (await reissued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!.Split('/')[^1];
        var revokedDevelopment = world.Values["developmentToken"];
        Assert.Equal(HttpStatusCode.OK, (await world.P.CoachA.DeleteAsync(new Uri($"candidates/{candidateId}/development-links", UriKind.Relative))).StatusCode);
        var cases = new HostileCases();
        var before = await world.StoredAsync();
        (string Name, string Token)[] tokens =
        [
            ("an unknown token", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"), ("the link before it was reissued", oldToken),
            ("a revoked development link", revokedDevelopment), ("a staff key", world.P.Keys["coordinator"]), ("an empty-looking token", "%20"),
            ("a token with markup", "%3Cscript%3E"), ("a questionnaire token for the other view", fresh),
        ];
        var links = HttpRoute.All.Where(r => r.IsLink).ToList();
        Assert.True(links.Count >= 4, string.Join(", ", links));

        foreach (var route in links)
            foreach (var (name, token) in tokens)
            {
                // A questionnaire token opens the questionnaire (that is its own route); on the development routes it is of the wrong kind.
                if (token == fresh && route.Template.StartsWith("q/{token}", StringComparison.Ordinal) && route.Template != "q/{token}/development")
                    continue;
                var content = route.HasBody ? new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "submit", ["step"] = "1" }) : null;
                await cases.CheckAsync($"{route} with {name}", await world.SendAsync(route, route.Path(_ => token), content));
            }
        foreach (var route in links.Where(r => r.HasBody))
        {
            await cases.CheckAsync($"{route} with JSON", await world.SendAsync(route, route.Path(_ => fresh), new StringContent("{\"action\":\"submit\"}", Encoding.UTF8, "application/json")));
            await cases.CheckAsync($"{route} with 10 MB", await world.SendAsync(route, route.Path(_ => fresh),
                new StringContent("action=next&step=1&x=" + new string('a', 10 * 1024 * 1024), Encoding.UTF8, "application/x-www-form-urlencoded")));
        }
        // Last: move past the link's 14 days; the fresh link is then expired.
        world.P.Clock.Offset = TimeSpan.FromDays(20);
        foreach (var route in links.Where(r => r.Template.StartsWith("q/{token}", StringComparison.Ordinal) && r.Template != "q/{token}/development"))
            await cases.CheckAsync($"{route} with an expired link", await world.SendAsync(route, route.Path(_ => fresh),
                route.HasBody ? new FormUrlEncodedContent(new Dictionary<string, string> { ["action"] = "next", ["step"] = "1" }) : null));

        output.WriteLine($"links: {cases.Count} cases");
        Assert.True(cases.Failures.Count == 0, string.Join("\n", cases.Failures));
        Assert.Equal(before, await world.StoredAsync());
    }

    /// <summary>The antiforgery cookie and field the sign-in page hands this session (or a browser without one).</summary>
    private static async Task<(string Cookie, string Field)> PairAsync(RouteWorld world, StaffSession? session)
    {
        using var raw = new HttpClient(new HttpClientHandler { UseCookies = false }) { BaseAddress = new Uri(world.P.Host.BaseAddress, "staff/") };
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri("sign-in", UriKind.Relative));
        if (session is not null)
            request.Headers.Add("Cookie", $"{StaffPages.SessionCookie}={session.Cookies.GetCookies(new Uri(world.P.Host.BaseAddress, "staff/"))[StaffPages.SessionCookie]!.Value}");
        using var page = await raw.SendAsync(request);
        var set = page.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("ipsm_af=", StringComparison.Ordinal));
        return (set["ipsm_af=".Length..set.IndexOf(';', StringComparison.Ordinal)], StaffSession.Token(await page.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task EveryStaffFormRefusesPostsWithoutSessionOrTokenOrAsJsonOrTooLargeAndNothingIsStored()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = HttpRoute.All.Where(r => r.IsPage && r.Method == "POST" && !r.Template.EndsWith("sign-in", StringComparison.Ordinal)).ToList();
        Assert.True(forms.Count >= 10, string.Join(", ", forms));
        var cases = new HostileCases();
        // Antiforgery pairs (cookie and field) made for another staff member's session, and for no session at all.
        using var other = await StaffSession.SignInAsync(world.P, "coach-b");
        var foreign = new[] { ("another session", await PairAsync(world, other)), ("no session", await PairAsync(world, null)) };
        var session = world.Staff.Cookies.GetCookies(new Uri(world.P.Host.BaseAddress, "staff/"))[StaffPages.SessionCookie]!.Value;
        var before = await world.StoredAsync();

        foreach (var route in forms)
        {
            foreach (var (whose, (cookie, field)) in foreign)
            {
                using var raw = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = world.P.Host.BaseAddress };
                using var forged = new HttpRequestMessage(HttpMethod.Post, new Uri(world.PathOf(route), UriKind.Relative))
                {
                    Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = field, ["note"] = "x" }),
                };
                forged.Headers.Add("Cookie", $"{StaffPages.SessionCookie}={session}; ipsm_af={cookie}");
                await cases.CheckAsync($"{route} with the antiforgery pair of {whose}", await raw.SendAsync(forged));
            }
            var path = world.PathOf(route);
            var anonymous = await world.Web.PostAsync(new Uri(path, UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "x" }));
            await cases.CheckAsync($"{route} without a session", anonymous, allowed: [303]);
            if (anonymous.StatusCode == HttpStatusCode.SeeOther && !anonymous.Headers.Location!.ToString().Contains("sign-in", StringComparison.Ordinal))
                cases.Fail($"{route} without a session went to {anonymous.Headers.Location}");
            using var noToken = new HttpRequestMessage(HttpMethod.Post, new Uri(path["staff/".Length..], UriKind.Relative)) { Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["note"] = "x" }) };
            await cases.CheckAsync($"{route} without the antiforgery field", await world.Staff.SendAsync(noToken));
            await cases.CheckAsync($"{route} as JSON", await world.SendAsync(route, path, new StringContent("{\"note\":\"x\"}", Encoding.UTF8, "application/json")));
            await cases.CheckAsync($"{route} with 10 MB", await world.SendAsync(route, path,
                new StringContent("note=" + new string('a', 10 * 1024 * 1024), Encoding.UTF8, "application/x-www-form-urlencoded")));
            await cases.CheckAsync($"{route} as multipart", await world.SendAsync(route, path, new MultipartFormDataContent { { new StringContent("x"), "note" } }));
        }

        output.WriteLine($"forms: {cases.Count} cases");
        Assert.True(cases.Failures.Count == 0, string.Join("\n", cases.Failures));
        Assert.Equal(before, await world.StoredAsync());
    }

    [Fact]
    public async Task MarkupInEveryShownTextIsStoredAsTextAndShownEscapedOnStaffPagesAndQuestionnaires()
    {
        await using var p = await TestProgramme.StartAsync();
        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-a", new { fte = 1, name = Markup })).StatusCode);
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var job = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = Markup, jobTitle = Markup, sector = "C", startDate = new DateOnly(2026, 6, 1), contractHoursPerWeek = 16, competitive = true,
            kind = "regular",
            supervisor = new { consent = true, name = Markup, email = "chef@example.org", disclosure = "full" },
        });
        Assert.True(job.StatusCode == HttpStatusCode.Created, await job.Content.ReadAsStringAsync());
        var jobId = (await job.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var consent = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new
        {
            disclosure = "full", supervisorConsent = true, supervisorName = Markup, supervisorEmail = "chef@example.org", candidateFirstName = "D'Arcy",
        });
        Assert.True(consent.StatusCode == HttpStatusCode.OK, await consent.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Created, (await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-a", label = Markup })).StatusCode);
        using var candidate = await Visitor.LinkAsync(p, id);
        var texts = (await candidate.DefinitionAsync()).Groups.SelectMany(g => g.Items).OfType<TextItem>().ToDictionary(i => i.Id, _ => Markup);
        Assert.NotEmpty(texts);
        await candidate.AnswerAllAsync(texts);
        using var supervisor = await Visitor.LinkAsync(p, id, "supervisor");
        using var staff = await StaffSession.SignInAsync(p, "coordinator");

        var pages = new Dictionary<string, string>
        {
            ["candidate page"] = await staff.PageAsync($"candidates/{id}"),
            ["caseload"] = await staff.PageAsync("caseload"),
            ["team"] = await staff.PageAsync("team"),
            ["supervisor questionnaire"] = await (await supervisor.GetAsync()).Content.ReadAsStringAsync(),
            ["candidate's next questionnaire"] = await (await (await Visitor.LinkAsync(p, id)).GetAsync()).Content.ReadAsStringAsync(),
        };

        foreach (var (name, html) in pages)
        {
            Assert.False(html.Contains("<script>alert", StringComparison.OrdinalIgnoreCase), $"{name} shows a script tag");
            Assert.False(html.Contains("<img src=x", StringComparison.OrdinalIgnoreCase), $"{name} shows an img tag");
        }
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", pages["candidate page"], StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", pages["supervisor questionnaire"], StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", pages["team"], StringComparison.Ordinal);
    }
}
