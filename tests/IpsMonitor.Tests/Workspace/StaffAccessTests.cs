using Azure;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>Who reaches which staff page, and what a forged, revoked or guessing client gets.</summary>
public sealed class StaffAccessTests
{
    [Fact]
    public async Task APageWithoutASessionSendsTheBrowserToSignInAndTheSessionCookieIsHttpOnlyAndStrict()
    {
        await using var p = await TestProgramme.StartAsync();
        using var anonymous = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "staff/") };

        var caseload = await anonymous.GetAsync(new Uri("caseload", UriKind.Relative));
        using var session = await StaffSession.SignInAsync(p, "coach-a");
        var cookie = session.Cookies.GetAllCookies().Single(c => c.Name == "ipsm_staff");
        var page = await session.GetAsync("caseload");

        Assert.Equal(HttpStatusCode.SeeOther, caseload.StatusCode);
        Assert.Equal("/api/staff/sign-in", new Uri(p.Host.BaseAddress, caseload.Headers.Location!).AbsolutePath);
        Assert.EndsWith("?next=caseload", caseload.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.True(cookie.HttpOnly);
        Assert.False(cookie.Secure, "plain HTTP on loopback");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("no-store", page.Headers.CacheControl?.ToString());
        Assert.Contains("frame-ancestors 'none'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task BehindATlsFrontEndEveryStaffCookieIsSecureAlthoughTheWorkerSeesPlainHttpOnLoopback()
    {
        // The public address is https; the request reaches the worker as plain HTTP from a loopback hop.
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["CheckIns:LinkBaseUrl"] = "https://ipsmonitor.example/api/q/" });
        using var raw = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "staff/") };

        using var signInPage = await raw.GetAsync(new Uri("sign-in?lang=en", UriKind.Relative));
        var cookies = signInPage.Headers.GetValues("Set-Cookie").ToList();
        var af = cookies.Single(c => c.StartsWith("ipsm_af=", StringComparison.Ordinal));
        using var signIn = new HttpRequestMessage(HttpMethod.Post, new Uri("sign-in", UriKind.Relative))
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__af"] = StaffSession.Token(await signInPage.Content.ReadAsStringAsync()),
                ["key"] = p.Keys["coach-a"],
            }),
        };
        signIn.Headers.Add("Cookie", af[..af.IndexOf(';', StringComparison.Ordinal)]);
        using var signedIn = await raw.SendAsync(signIn);
        cookies.AddRange(signedIn.Headers.GetValues("Set-Cookie"));

        Assert.Equal(HttpStatusCode.SeeOther, signedIn.StatusCode);
        foreach (var name in new[] { "ipsm_af", StaffPages.SessionCookie, StaffPages.LanguageCookie })
        {
            var set = cookies.Single(c => c.StartsWith(name + "=", StringComparison.Ordinal));
            Assert.Contains("; secure", set, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task ACoachSeesOnlyTheirOwnCaseloadAndNoOtherCandidateOrProgrammeByAnyId()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        await p.Service<AccessStore>().EnsureProgrammeAsync("team-b", "Team B", CancellationToken.None);
        var elsewhere = new Candidate("k-elsewhere", "team-b", "coach-x", null, "nl", [new Referral(new DateOnly(2026, 1, 5), false, null, null)]);
        await p.Service<CaseloadStore>().EnrolAsync(elsewhere, null, CancellationToken.None);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var caseload = await coach.PageAsync("caseload");
        Assert.Contains(seeded.Stalled, caseload, StringComparison.Ordinal);
        Assert.Contains(seeded.Calm, caseload, StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.OtherCoach, caseload, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync($"candidates/{seeded.Stalled}")).StatusCode);
        foreach (var id in new[] { seeded.OtherCoach, elsewhere.Id, "k-doesnotexist", "..%2Fcaseload" })
        {
            var page = await coach.GetAsync($"candidates/{id}");
            Assert.Equal(HttpStatusCode.Forbidden, page.StatusCode);
            var form = await coach.PostAsync($"candidates/{id}/discharge", new() { ["dischargeDate"] = "2026-11-01", ["reason"] = "Moved" }, "caseload");
            Assert.Equal(HttpStatusCode.Forbidden, form.StatusCode);
        }
        Assert.Null((await p.Service<CaseloadStore>().FindAsync(elsewhere.Id, CancellationToken.None))!.Candidate.CurrentReferral.DischargeDate);
        Assert.Null((await p.Service<CaseloadStore>().FindAsync(seeded.OtherCoach, CancellationToken.None))!.Candidate.CurrentReferral.DischargeDate);
    }

    [Fact]
    public async Task ACoordinatorSeesTheWholeProgrammeAndCanFilterByCoach()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var all = await coordinator.PageAsync("caseload");
        var coachB = await coordinator.PageAsync("caseload?coach=coach-b");

        Assert.Contains(seeded.OtherCoach, all, StringComparison.Ordinal);
        Assert.Contains(seeded.Stalled, all, StringComparison.Ordinal);
        Assert.Contains(seeded.OtherCoach, coachB, StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.Stalled, coachB, StringComparison.Ordinal);
        Assert.True(all.IndexOf(seeded.Stalled, StringComparison.Ordinal) < all.IndexOf(seeded.Calm, StringComparison.Ordinal), "the candidate with an open signal comes first");
    }

    [Fact]
    public async Task AFormWithoutAValidAntiforgeryTokenGets400AndNothingIsWritten()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var fields = new Dictionary<string, string> { ["disclosure"] = "Full", ["supervisorConsent"] = "false" };

        var missing = await coach.PostAsync($"candidates/{seeded.Stalled}/jobs/{seeded.JobId}/consent", fields, "caseload", withToken: false);
        var forged = await coach.PostAsync($"candidates/{seeded.Stalled}/jobs/{seeded.JobId}/consent", new(fields) { ["__af"] = "CfDJ8forged" }, "caseload", withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, missing.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var job = await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, seeded.Stalled, seeded.JobId, CancellationToken.None);
        Assert.True(job!.Supervisor.Consent);
        Assert.Equal(Disclosure.SupervisorOnly, job.Disclosure);

        var real = await coach.PostAsync($"candidates/{seeded.Stalled}/jobs/{seeded.JobId}/consent", fields, $"candidates/{seeded.Stalled}");
        Assert.Equal(HttpStatusCode.SeeOther, real.StatusCode);
        job = await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, seeded.Stalled, seeded.JobId, CancellationToken.None);
        Assert.False(job!.Supervisor.Consent);
        Assert.Equal(Disclosure.Full, job.Disclosure);
    }

    [Fact]
    public async Task ARevokedKeysSessionIsRefusedAtOnce()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        Assert.Equal(HttpStatusCode.OK, (await coach.GetAsync("caseload")).StatusCode);

        var keys = p.Table(AccessStore.KeysTable);
        await keys.UpdateEntityAsync(new TableEntity(Secrets.Hash(p.Keys["coach-a"]), "key") { ["Revoked"] = true }, ETag.All, TableUpdateMode.Merge);

        var after = await coach.GetAsync("caseload");
        Assert.Equal(HttpStatusCode.SeeOther, after.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.GetAsync("caseload")).StatusCode);
    }

    [Fact]
    public async Task RepeatedWrongKeysAreRefusedForAWhileButTheRightKeyStillSignsIn()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["Guessing:KeyFailures"] = "2" });
        // Guesses are counted in windows of 15 minutes on the clock: start in the middle of one, so the three wrong keys
        // (a second's wait each) never straddle the start of the next window, which counts afresh.
        var window = TimeSpan.FromMinutes(new GuessOptions().WindowMinutes).Ticks;
        p.Clock.Offset = TimeSpan.FromTicks(window / 2 - p.Clock.GetUtcNow().UtcTicks % window);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "staff/") };
        async Task<HttpResponseMessage> TryAsync(string key) => await client.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = StaffSession.Token(await client.GetStringAsync(new Uri("sign-in", UriKind.Relative))),
            ["key"] = key,
        }));

        var first = await TryAsync("ipsm_wrong-1");
        var second = await TryAsync("ipsm_wrong-2");
        var third = await TryAsync("ipsm_wrong-3");
        var right = await TryAsync(p.Keys["coach-a"]);

        Assert.Equal(HttpStatusCode.Unauthorized, first.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Contains("te veel", await third.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.SeeOther, right.StatusCode);
    }

    [Fact]
    public async Task EachPageReadOfACandidateWritesExactlyOneAuditRow()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        await coach.PageAsync($"candidates/{seeded.Stalled}");
        await coach.PageAsync("caseload");

        var audit = p.Table(AuditLog.Table);
        var rows = await audit.QueryAsync<TableEntity>().ToListAsync();
        Assert.Single(rows, r => r.GetString("CandidateId") == seeded.Stalled && r.GetString("Action") == "view candidate page");
        var list = Assert.Single(rows, r => r.GetString("Action")?.StartsWith("view caseload page", StringComparison.Ordinal) == true);
        Assert.Contains(seeded.Stalled, list.GetString("CandidateIds"), StringComparison.Ordinal);
        Assert.All(rows, r => Assert.StartsWith("coach:", r.GetString("Actor"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task TheJobChangeFormTakesADutchDecimalCommaAndRedirectsBackToTheJob()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var answer = await coach.PostAsync($"candidates/{seeded.Stalled}/jobs/{seeded.JobId}", new() { ["contractHoursPerWeek"] = "27,5" }, $"candidates/{seeded.Stalled}");

        Assert.Equal(HttpStatusCode.SeeOther, answer.StatusCode);
        // The saved notice takes focus (#saved); the query names the job it was about.
        Assert.EndsWith($"?saved=job-{seeded.JobId}#saved", answer.Headers.Location!.ToString(), StringComparison.Ordinal);
        var job = await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, seeded.Stalled, seeded.JobId, CancellationToken.None);
        Assert.Equal(27.5m, job!.ContractHoursPerWeek);
    }

    [Fact]
    public async Task AJobStartFromTheFormTakesASectorFromTheCatalogueAndADecimalComma()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var fields = new Dictionary<string, string>
        {
            ["employer"] = "Zorggroep Noord", ["jobTitle"] = "Medewerker facilitair", ["sector"] = "Q", ["startDate"] = p.Today.AddDays(-3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["contractHoursPerWeek"] = "12,5", ["kind"] = "Regular", ["competitive"] = "true",
        };

        var refused = await coach.PostAsync($"candidates/{seeded.Calm}/jobs", new(fields) { ["sector"] = "Zorg en zo" }, $"candidates/{seeded.Calm}");
        var saved = await coach.PostAsync($"candidates/{seeded.Calm}/jobs", fields, $"candidates/{seeded.Calm}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var sectors = Dom.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("#jobstart-sector");
        Assert.NotNull(sectors?.QuerySelector("option[value='Q']"));
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var job = Assert.Single(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, seeded.Calm, CancellationToken.None));
        Assert.Equal(("Q", 12.5m), (job.Sector, job.ContractHoursPerWeek));
    }

    [Fact]
    public async Task SigningInFromADeepLinkReturnsToThatPageButNeverToAnotherSite()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "staff/") };
        async Task<string> SignInAsync(string next) => (await client.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = StaffSession.Token(await client.GetStringAsync(new Uri("sign-in?next=" + Uri.EscapeDataString(next), UriKind.Relative))),
            ["key"] = p.Keys["coach-a"],
            ["next"] = next,
        }))).Headers.Location!.ToString();

        var deep = (await client.GetAsync(new Uri($"candidates/{seeded.Stalled}", UriKind.Relative))).Headers.Location!.ToString();

        // A filtered list keeps its filter and page through signing in, as its form encoded them.
        var filtered = $"check-ins?candidate={seeded.Stalled}&state=open&page=2&q=a+b%C3%A9";
        var deepFiltered = (await client.GetAsync(new Uri(filtered, UriKind.Relative))).Headers.Location!.ToString();
        var tooLong = (await client.GetAsync(new Uri("caseload?q=" + new string('x', 395), UriKind.Relative))).Headers.Location!.ToString();
        var signInPage = Dom.Parse(await client.GetStringAsync(new Uri("sign-in?next=" + Uri.EscapeDataString(filtered), UriKind.Relative)));

        Assert.EndsWith($"next=candidates%2F{seeded.Stalled}", deep, StringComparison.Ordinal);
        Assert.EndsWith($"/api/staff/candidates/{seeded.Stalled}", await SignInAsync($"candidates/{seeded.Stalled}"), StringComparison.Ordinal);
        Assert.EndsWith("next=" + Uri.EscapeDataString(filtered), deepFiltered, StringComparison.Ordinal);
        Assert.EndsWith("/api/staff/" + filtered, await SignInAsync(filtered), StringComparison.Ordinal);
        // A wrong key first: the form shown again still goes back to that page.
        var wrong = await client.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = StaffSession.Token(await client.GetStringAsync(new Uri("sign-in?next=" + Uri.EscapeDataString(filtered), UriKind.Relative))),
            ["key"] = "not-a-key",
            ["next"] = filtered,
        }));
        var again = Dom.Parse(await wrong.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.Equal(filtered, again.QuerySelector("input[name='next']")?.GetAttribute("value"));
        Assert.Equal("key-hint key-error", again.QuerySelector("#key")?.GetAttribute("aria-describedby"));
        Assert.False(string.IsNullOrWhiteSpace(again.QuerySelector("#key-error")?.TextContent));
        Assert.EndsWith("next=caseload", tooLong, StringComparison.Ordinal);
        Assert.Equal("?lang=en&next=" + Uri.EscapeDataString(filtered), signInPage.QuerySelector("a[lang='en']")?.GetAttribute("href"));
        foreach (var hostile in new[]
        {
            "//evil.example/x", "https://evil.example", "/api/health", "../health", "caseload?x=<b>", "caseload?x=\r\nSet-Cookie:a",
            "caseload?next=//evil.example", "?x=1", "caseload?x=\"", "caseload#x", "caseload?x=1#y", "sign-out", "sign-in?next=caseload",
        })
            Assert.EndsWith("/api/staff/today", await SignInAsync(hostile), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AFormWithInvalidInputShowsTheApisValidationInDutchKeepsWhatWasTypedAndSavesNothing()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var answer = await coach.PostAsync($"candidates/{seeded.Stalled}/jobs/{seeded.JobId}/end",
            new() { ["endDate"] = "2001-01-01", ["reason"] = "" }, $"candidates/{seeded.Stalled}");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#form-errors");
        Assert.NotNull(summary);
        Assert.Contains("Er is niets opgeslagen", page.Body?.Text(), StringComparison.Ordinal);
        var endDate = summary.QuerySelector("li[data-field='endDate'] a");
        Assert.Equal($"#jobend-{seeded.JobId}-endDate", endDate?.GetAttribute("href"));
        Assert.Contains("Reden: kies een reden uit de lijst", summary.Text(), StringComparison.Ordinal);
        var input = page.GetElementById($"jobend-{seeded.JobId}-endDate");
        Assert.NotNull(input);
        Assert.Equal(("endDate", "date", "2001-01-01", "true"),
            (input.GetAttribute("name"), input.GetAttribute("type"), input.GetAttribute("value"), input.GetAttribute("aria-invalid")));
        Assert.True(input.HasAttribute("required"));
        Assert.Equal($"jobend-{seeded.JobId}-endDate-error", input.GetAttribute("aria-describedby"));
        Assert.Equal(input, page.GetElementById($"jobend-{seeded.JobId}-endDate-error")?.NextElementSibling);
        var job = await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, seeded.Stalled, seeded.JobId, CancellationToken.None);
        Assert.Null(job!.EndDate);
    }

    [Fact]
    public async Task ASessionWhoseKeyIsRevokedSaysSoOnTheSignInPageAndAWrongKeySaysWhatToDo()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var key = await p.Service<AccessStore>().FindKeyAsync(p.Keys["coach-a"], CancellationToken.None);
        var revoked = await p.Coordinator.PostAsync(new Uri($"programmes/{TestProgramme.Id}/keys/{key!.KeyId}/revoke", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);

        var away = await coach.GetAsync("today");
        Assert.Equal(HttpStatusCode.SeeOther, away.StatusCode);
        var signIn = Dom.Parse(await coach.PageAsync(away.Headers.Location!.OriginalString.Split("staff/")[^1]));
        Assert.Contains(StaffText.Nl.SessionGone, signIn.QuerySelector("main")!.Text(), StringComparison.Ordinal);

        // The revoked key itself is refused in words that say what to do, the same as for a mistyped key.
        using var raw = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
            { BaseAddress = new Uri(p.Host.BaseAddress, "staff/") };
        var form = await raw.GetStringAsync(new Uri("sign-in", UriKind.Relative));
        var refused = await raw.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = StaffSession.Token(form), ["key"] = p.Keys["coach-a"],
        }));
        Assert.Equal(HttpStatusCode.Unauthorized, refused.StatusCode);
        Assert.Contains(StaffText.Nl.WrongKey, Dom.Parse(await refused.Content.ReadAsStringAsync()).QuerySelector("main")!.Text(), StringComparison.Ordinal);
    }
}
