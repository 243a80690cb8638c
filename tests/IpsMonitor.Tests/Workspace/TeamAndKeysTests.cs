using System.Text.RegularExpressions;

namespace IpsMonitor.Tests.Workspace;

/// <summary>Keys expire and can be revoked, at once for the API and the browser; coaches move their caseload before they go.</summary>
public sealed partial class TeamAndKeysTests
{
    [Fact]
    public async Task AKeyIsListedWithoutItsSecretAndARevokedKeyStopsAtOnceForTheApiAndItsSessions()
    {
        await using var p = await TestProgramme.StartAsync();
        using var session = await StaffSession.SignInAsync(p, "coach-a");
        var listed = await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/keys");
        var coachKey = listed!.Single(k => k.GetProperty("coachId").GetString() == "coach-a");

        Assert.DoesNotContain("ipsm_", JsonSerializer.Serialize(listed), StringComparison.Ordinal);
        var issued = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-b", label = "standaard" });
        Assert.Equal(p.Today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("expiresOn").GetString());
        var standard = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/keys"))!.Single(k => k.GetProperty("label").GetString() == "standaard");
        Assert.Equal(IpsMonitor.Platform.ProgrammeTime.EndOf(p.Today.AddYears(1)), standard.GetProperty("expiresAt").GetDateTimeOffset());
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);

        var revoked = await p.Coordinator.PostAsync(new Uri($"programmes/{TestProgramme.Id}/keys/{coachKey.GetProperty("keyId").GetString()}/revoke", UriKind.Relative), null);

        Assert.Equal(HttpStatusCode.NoContent, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await p.CoachA.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await session.GetAsync("caseload")).StatusCode);
        Assert.True((await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/keys"))!
            .Single(k => k.GetProperty("coachId").GetString() == "coach-a").GetProperty("revoked").GetBoolean());
        Assert.Equal(HttpStatusCode.NotFound, (await p.Coordinator.PostAsync(new Uri($"programmes/{TestProgramme.Id}/keys/000000000000/revoke", UriKind.Relative), null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.CoachB.GetAsync(new Uri($"programmes/{TestProgramme.Id}/keys", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task AnExpiredKeyIsRefusedAndAnExpiryOutsideTodayToTwoYearsIsRefused()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var created = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-b", label = "kort", expiresOn = today.AddDays(2) });
        var tooLong = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-b", label = "lang", expiresOn = today.AddYears(3) });
        using var shortLived = TestProgramme.Client(p.Host, (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!);

        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await shortLived.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);
        p.Clock.Offset = TimeSpan.FromDays(3);
        Assert.Equal(HttpStatusCode.Unauthorized, (await shortLived.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ACoachIsDeactivatedOnlyAfterTheirCaseloadMovedAndTheMoveIsAudited()
    {
        await using var p = await TestProgramme.StartAsync();
        var first = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var second = await p.EnrolIdAsync(new DateOnly(2026, 6, 2));
        var deactivate = new Uri($"programmes/{TestProgramme.Id}/coaches/coach-a/deactivate", UriKind.Relative);

        var refused = await p.Coordinator.PostAsync(deactivate, null);
        var foreign = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/reassignments", new { fromCoachId = "coach-b", toCoachId = "coach-a", candidateIds = new[] { first } });
        var moved = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/reassignments", new { fromCoachId = "coach-a", toCoachId = "coach-b", candidateIds = new[] { first, second } });
        var done = await p.Coordinator.PostAsync(deactivate, null);
        var again = await p.Coordinator.PostAsync(deactivate, null);

        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        // Posted twice, the deactivation is done and audited once.
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var deactivations = new List<TableEntity>();
        await foreach (var row in p.Table(AuditLog.Table).QueryAsync<TableEntity>())
            if (row.GetString("Action").StartsWith("deactivate coach coach-a", StringComparison.Ordinal))
                deactivations.Add(row);
        Assert.Single(deactivations);
        Assert.Equal("coach-b", (await p.Service<CaseloadStore>().FindAsync(first, CancellationToken.None))!.Candidate.CoachId);
        Assert.Equal(HttpStatusCode.Unauthorized, (await p.CoachA.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);
        Assert.False((await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None))!.Active);
        var enrolIntoGone = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", new { referralDate = new DateOnly(2026, 6, 3), employedAtReferral = false, coachId = "coach-a" });
        Assert.Equal(HttpStatusCode.BadRequest, enrolIntoGone.StatusCode);
    }

    [Fact]
    public async Task OnTheTeamPageACoordinatorChoosesACoachAndMovesSomeOfTheirCandidates()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var first = await p.EnrolIdAsync(p.Today.AddDays(-10));
        var second = await p.EnrolIdAsync(p.Today.AddDays(-11));
        string[] Listed(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("input[name=candidateIds]").Select(i => i.GetAttribute("value") ?? "").Order(StringComparer.Ordinal)];

        // The page lists no candidates until a coach is chosen: it reads per coach, whatever the programme's size.
        var team = Dom.Parse(await coordinator.PageAsync("team"));
        Assert.Empty(Listed(team));
        Assert.EndsWith("team?from=coach-a#reassign-title", team.QuerySelector("[data-move-from] a")?.GetAttribute("href"), StringComparison.Ordinal);
        var chosen = Dom.Parse(await coordinator.PageAsync("team?from=coach-a"));
        Assert.Equal(new[] { first, second }.Order(StringComparer.Ordinal), Listed(chosen));
        Assert.Equal("true", chosen.QuerySelector("[data-move-from] a")?.GetAttribute("aria-current"));

        var moved = await coordinator.PostAsync("team/reassignments",
            new() { ["fromCoachId"] = "coach-a", ["toCoachId"] = "coach-b", ["candidateIds"] = first }, "team?from=coach-a");
        var refused = await coordinator.PostAsync("team/reassignments",
            new() { ["fromCoachId"] = "coach-a", ["toCoachId"] = "coach-b", ["candidateIds"] = "k-unknown" }, "team?from=coach-a");

        Assert.Equal(HttpStatusCode.SeeOther, moved.StatusCode);
        var after = Dom.Parse(await coordinator.PageAsync("team?from=coach-a"));
        Assert.Equal([second], Listed(after));
        Assert.StartsWith("1 / ", after.QuerySelector("tr[data-coach='coach-a'] td:nth-child(3)")?.Text().Trim(), StringComparison.Ordinal);
        Assert.StartsWith("1 / ", after.QuerySelector("tr[data-coach='coach-b'] td:nth-child(3)")?.Text().Trim(), StringComparison.Ordinal);
        // A refused move comes back with the same coach's candidates to choose from.
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal([second], Listed(Dom.Parse(await refused.Content.ReadAsStringAsync())));
    }

    [Fact]
    public async Task OnTheTeamPageACoordinatorAddsACoachIssuesAKeyThatSignsInAndRevokesIt()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var added = await coordinator.PostAsync("team/coaches",
            new() { ["coachId"] = "coach-c", ["fte"] = "0,8", ["name"] = "Carla Peeters", ["phone"] = "06 1111 2222", ["model"] = "IpsA" }, "team");
        var issued = await coordinator.PostAsync("team/keys", new() { ["label"] = "Nieuwe collega", ["role"] = "Coach", ["coachId"] = "coach-c" }, "team");
        var html = await coordinator.PageAsync(issued.Headers.Location!.OriginalString);
        var key = KeyPattern().Match(html).Value;
        using var newcomer = new HttpClient(new HttpClientHandler { CookieContainer = new(), AllowAutoRedirect = false }) { BaseAddress = new Uri(p.Host.BaseAddress, "staff/") };
        var signIn = await newcomer.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__af"] = StaffSession.Token(await newcomer.GetStringAsync(new Uri("sign-in", UriKind.Relative))),
            ["key"] = key,
        }));
        var keyId = (await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None)).Single(k => k.CoachId == "coach-c").KeyId;
        var revoked = await coordinator.PostAsync($"team/keys/{keyId}/revoke", [], "team");

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Contains("role=\"status\"", await coordinator.PageAsync("team?saved=1"), StringComparison.Ordinal);
        Assert.Equal(0.8m, (await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-c", CancellationToken.None))!.Fte);
        Assert.Equal(HttpStatusCode.SeeOther, issued.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, signIn.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await newcomer.GetAsync(new Uri("caseload", UriKind.Relative))).StatusCode);
        Assert.DoesNotContain(key, await coordinator.PageAsync("team"), StringComparison.Ordinal);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        Assert.Equal(HttpStatusCode.Forbidden, (await coach.GetAsync("team")).StatusCode);
    }

    [Fact]
    public async Task AKeyFormErrorNamesTheFieldByItsLabel()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var answer = await coordinator.PostAsync("team/keys", new() { ["label"] = "a\u0000b", ["role"] = "Coordinator" }, "team");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
        var label = page.QuerySelector("label[for=keys-label]")!.TextContent.Trim();
        Assert.StartsWith(label + ":", page.QuerySelector(".errors li[data-field=label]")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    /// <summary>Every field of every team request, found by reflection, has Dutch words on the Dutch team page.</summary>
    [Fact]
    public void EveryFieldOfTheTeamFormsIsExplainedInDutch()
    {
        var fields = new[] { typeof(CoachRequest), typeof(KeyRequest), typeof(ReassignRequest) }
            .SelectMany(t => t.GetProperties()).Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name))
            .Append("coachId").Distinct().ToList();

        Assert.All(fields, field =>
        {
            const string english = "An English sentence from the API.";
            Assert.NotEqual(english, IpsMonitor.Workspace.StaffText.Nl.FieldError(field, english));
            // English words its own text where the API's would read as developer help (enum names), else uses the API's.
            Assert.False(string.IsNullOrWhiteSpace(IpsMonitor.Workspace.StaffText.En.FieldError(field, english)));
        });
    }

    [Fact]
    public async Task ARefusedTeamFormAnswersInDutchOnTheDutchPage()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var coach = await coordinator.PostAsync("team/coaches", new() { ["coachId"] = "<script>", ["fte"] = "-1", ["name"] = new string('x', 101), ["phone"] = "06 1111 2222", ["model"] = "IpsA" }, "team");
        var move = await coordinator.PostAsync("team/reassignments", new() { ["fromCoachId"] = "coach-a", ["toCoachId"] = "coach-a" }, "team");

        foreach (var response in new[] { coach, move })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            var summary = Dom.Parse(await response.Content.ReadAsStringAsync()).QuerySelector("main .errors[role=alert]");
            Assert.NotNull(summary);
            Assert.NotEmpty(summary.QuerySelectorAll("li[data-field]"));
            var errors = summary.Text();
            Assert.DoesNotMatch(new Regex(@"\b(The|A|Name|Choose|Give|At most)\b"), errors);
        }
    }

    [GeneratedRegex("ipsm_[A-Za-z0-9_-]{43}")]
    private static partial Regex KeyPattern();
}
