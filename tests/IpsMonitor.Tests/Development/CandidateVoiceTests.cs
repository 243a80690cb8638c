using System.Globalization;
using IpsMonitor.Development;
using IpsMonitor.Tests.Hostile;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Development;

/// <summary>
/// The candidate's own voice in "Mijn ontwikkeling": goals and points for the next talk, written through plain forms behind
/// their own link, read by their coach on the candidate page and the driegesprek agenda, never reachable by a supervisor.
/// </summary>
public sealed class CandidateVoiceTests
{
    private const string Goal = "Zelf mijn planning maken";
    private const string Point = "Kan ik op dinsdag beginnen om tien uur?";

    /// <summary>A candidate in a job that runs (so the agenda shows), with a development link.</summary>
    private static async Task<(string Id, string Token)> WorkingCandidateAsync(TestProgramme p)
    {
        var (id, _) = await p.EnrolInRecentJobAsync(consent: true);
        return (id, (await DevelopmentFixture.LinkAsync(p, id)).Token);
    }

    private static async Task<List<TableEntity>> VoiceRowsAsync(TestProgramme p) =>
        await p.Table(CandidateVoiceStore.Table).QueryAsync<TableEntity>().ToListAsync();

    private static async Task<List<string>> AuditActionsAsync(TestProgramme p, string candidateId)
    {
        var audit = p.Service<TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(AuditLog.Table));
        return await audit.QueryAsync<TableEntity>(r => r.GetString("CandidateId") == candidateId).Select(r => r.GetString("Action")).ToListAsync();
    }

    [Fact]
    public async Task AGoalAndAPointTheCandidateWritesAreOnTheCoachsAgendaAndCandidatePage()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await WorkingCandidateAsync(p);
        using var candidate = new VoicePosts(p, token);

        var goal = await candidate.SendAsync(VoicePosts.Form(await candidate.PageAsync(), "new-goal"), Goal);
        var point = await candidate.SendAsync(VoicePosts.Form(await candidate.PageAsync(), "new-point"), Point);
        var own = await candidate.PageAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = Dom.Parse(await coach.PageAsync("candidates/" + id));

        Assert.Equal(HttpStatusCode.SeeOther, goal.StatusCode);
        Assert.Equal($"{token}?lang=nl&saved=goals#goals", goal.Headers.Location?.OriginalString);
        Assert.Equal($"{token}?lang=nl&saved=points#points", point.Headers.Location?.OriginalString);
        Assert.Equal(Goal, own.QuerySelector("#goals textarea[id^='goal-']")?.TextContent);
        Assert.Equal(Point, own.QuerySelector("#points textarea[id^='point-']")?.TextContent);
        var agenda = page.QuerySelectorAll("#driegesprek section").ToDictionary(s => s.QuerySelector("h3")?.Text() ?? "",
            s => s.QuerySelectorAll("li").Select(li => li.Text()).ToList());
        Assert.Equal(["“" + Goal + "”"], agenda["Doelen van de kandidaat"]);
        Assert.Equal(["“" + Point + "”"], agenda["Wat de kandidaat wil bespreken"]);
        var voice = page.QuerySelector("#voice")?.Text() ?? "";
        Assert.Contains(Goal, voice, StringComparison.Ordinal);
        Assert.Contains(Point, voice, StringComparison.Ordinal);
        var actions = await AuditActionsAsync(p, id);
        Assert.Contains("write development goal", actions);
        Assert.Contains("write talk point", actions);
    }

    [Fact]
    public async Task SendingTheSameFormTwiceWritesOneGoal()
    {
        await using var p = await TestProgramme.StartAsync();
        var (_, token) = await WorkingCandidateAsync(p);
        using var candidate = new VoicePosts(p, token);
        var form = VoicePosts.Form(await candidate.PageAsync(), "new-goal");

        var first = await candidate.SendAsync(form, Goal);
        var second = await candidate.SendAsync(form, Goal);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Single(await VoiceRowsAsync(p));
    }

    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    [InlineData("fr")]
    public async Task BadInputIsAnsweredAtItsFormWithTheTextKeptAndNothingStored(string lang)
    {
        await using var p = await TestProgramme.StartAsync();
        var (_, token) = await WorkingCandidateAsync(p);
        using var candidate = new VoicePosts(p, token);
        var text = DevelopmentText.For(lang).Voice;
        var tooLong = new string('a', CandidateVoice.GoalLength + 1);

        var empty = await candidate.SendAsync(VoicePosts.Form(await candidate.PageAsync(lang), "new-goal"), " \u200B ");
        var longAnswer = await candidate.SendAsync(VoicePosts.Form(await candidate.PageAsync(lang), "new-goal"), tooLong);
        var forged = await candidate.SendAsync(VoicePosts.Form(await candidate.PageAsync(lang), "new-point"), Point, withToken: false);

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Equal(text.Empty, Dom.Parse(await empty.Content.ReadAsStringAsync()).QuerySelector("#new-goal-error")?.TextContent);
        Assert.Equal(HttpStatusCode.BadRequest, longAnswer.StatusCode);
        var shown = Dom.Parse(await longAnswer.Content.ReadAsStringAsync());
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, text.TooLong, CandidateVoice.GoalLength), shown.QuerySelector("#new-goal-error")?.TextContent);
        Assert.Equal(tooLong, shown.QuerySelector("#new-goal")?.TextContent);
        Assert.Equal("true", shown.QuerySelector("#new-goal")?.GetAttribute("aria-invalid"));
        Assert.Equal("new-goal-error", shown.QuerySelector("#new-goal")?.GetAttribute("aria-describedby"));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        var again = Dom.Parse(await forged.Content.ReadAsStringAsync());
        Assert.Equal(text.FormExpired, again.QuerySelector("#new-point-error")?.TextContent);
        Assert.Equal(Point, again.QuerySelector("#new-point")?.TextContent);
        Assert.Empty(await VoiceRowsAsync(p));
    }

    [Fact]
    public async Task AFourthGoalWaitsUntilOneIsReachedOrRemoved()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await WorkingCandidateAsync(p);
        using var candidate = new VoicePosts(p, token);
        var form = VoicePosts.Form(await candidate.PageAsync(), "new-goal");
        foreach (var n in new[] { 1, 2, 3 })
            await candidate.WriteAsync("goal", $"Doel {n}");

        var full = await candidate.PageAsync();
        var fourth = await candidate.SendAsync(form, "Doel 4");
        var first = full.QuerySelector("#goals textarea[id^='goal-']")!;
        var reached = await candidate.SendAsync(VoicePosts.Form(full, first.Id!), "Doel 1", "reached");
        var second = VoicePosts.Form(await candidate.PageAsync(), full.QuerySelectorAll("#goals textarea[id^='goal-']")[1].Id!);
        var removed = await candidate.SendAsync(second, "Doel 2", "remove");
        var after = await candidate.PageAsync();

        Assert.Null(full.QuerySelector("#new-goal"));
        Assert.Contains(full.QuerySelectorAll("#goals p"), e => e.TextContent == DevelopmentText.Dutch.Voice.GoalsFull);
        Assert.Equal(HttpStatusCode.BadRequest, fourth.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, reached.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, removed.StatusCode);
        Assert.Equal(["Doel 3"], after.QuerySelectorAll("#goals textarea[id^='goal-']").Select(t => t.TextContent));
        Assert.StartsWith("Doel 1 (bereikt op ", after.QuerySelector("#goals .reached li")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(after.QuerySelector("#new-goal"));
        Assert.Contains("remove development goal", await AuditActionsAsync(p, id));
    }

    [Fact]
    public async Task APointTheCoachMarksDiscussedLeavesTheAgendaAndTheCandidatesList()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await WorkingCandidateAsync(p);
        using var candidate = new VoicePosts(p, token);
        await candidate.WriteAsync("point", Point);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = Dom.Parse(await coach.PageAsync("candidates/" + id));
        var action = page.QuerySelector("#voice form")?.GetAttribute("action") ?? "";

        var discussed = await coach.PostAsync(action[(action.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..], [], "candidates/" + id);
        var after = Dom.Parse(await coach.PageAsync("candidates/" + id));

        Assert.Equal(HttpStatusCode.SeeOther, discussed.StatusCode);
        Assert.DoesNotContain(Point, after.QuerySelector("#driegesprek")?.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(Point, after.QuerySelector("#voice")?.Text(), StringComparison.Ordinal);
        Assert.Null((await candidate.PageAsync()).QuerySelector("#points textarea[id^='point-']"));
        Assert.NotNull((await VoiceRowsAsync(p)).Single().GetDateTimeOffset("DiscussedAt"));
        Assert.Contains("mark talk point discussed", await AuditActionsAsync(p, id));
    }

    [Fact]
    public async Task NoRouteOpenedWithASupervisorsLinkShowsOrChangesTheCandidatesGoalsOrPoints()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await WorkingCandidateAsync(p);
        using (var candidate = new VoicePosts(p, token))
        {
            await candidate.WriteAsync("goal", Goal);
            await candidate.WriteAsync("point", Point);
        }
        var issued = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var link = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        var supervisor = link[(link.LastIndexOf('/') + 1)..];
        using var web = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = p.Host.BaseAddress };
        var before = await VoiceRowsAsync(p);
        var routes = HttpRoute.All.Where(r => r.IsLink).ToList();
        Assert.Contains(routes, r => r.Template == "d/{token}" && r.Method == "POST");

        foreach (var route in routes)
        {
            var path = route.Path(_ => supervisor);
            var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path, UriKind.Relative));
            if (route.Method == "POST")
                request.Content = new FormUrlEncodedContent([new("list", "goals"), new("id", "abc123"), new("text", "Overgenomen"), new("action", "save")]);
            var answer = await web.SendAsync(request);
            var body = await answer.Content.ReadAsStringAsync();
            Assert.True((int)answer.StatusCode < 500, $"{route}: {(int)answer.StatusCode}");
            Assert.DoesNotContain(Goal, body, StringComparison.Ordinal);
            Assert.DoesNotContain(Point, body, StringComparison.Ordinal);
            if (route.Template.StartsWith("d/", StringComparison.Ordinal))
                Assert.NotEqual(HttpStatusCode.SeeOther, answer.StatusCode);
        }
        Assert.Equal(before.Select(r => r.RowKey).Order(), (await VoiceRowsAsync(p)).Select(r => r.RowKey).Order());
    }

    [Fact]
    public async Task TheExportHoldsTheGoalsAndPointsAndErasureRemovesThem()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await WorkingCandidateAsync(p);
        using (var candidate = new VoicePosts(p, token))
        {
            await candidate.WriteAsync("goal", Goal);
            await candidate.WriteAsync("point", Point);
        }

        var export = await p.Coordinator.GetFromJsonAsync<JsonElement>($"candidates/{id}/export");
        var erased = await p.Coordinator.DeleteAsync(new Uri($"candidates/{id}", UriKind.Relative));

        Assert.Equal(Goal, export.GetProperty("goals")[0].GetProperty("text").GetString());
        Assert.Equal("active", export.GetProperty("goals")[0].GetProperty("state").GetString());
        Assert.Equal(Point, export.GetProperty("talkPoints")[0].GetProperty("text").GetString());
        Assert.Equal(HttpStatusCode.NoContent, erased.StatusCode);
        Assert.Empty(await VoiceRowsAsync(p));
    }
}
