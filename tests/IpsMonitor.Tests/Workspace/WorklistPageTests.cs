using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>"Vandaag" and the check-ins board over HTTP with a real session, against rows written by the product.</summary>
public sealed class WorklistPageTests
{
    private static async Task<List<TableEntity>> AuditRowsAsync(TestProgramme p, string action)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in p.Table(AuditLog.Table).QueryAsync<TableEntity>())
            if (row.GetString("Action")?.StartsWith(action, StringComparison.Ordinal) == true)
                rows.Add(row);
        return rows;
    }

    [Fact]
    public async Task ACoachLandsOnVandaagWhichListsOnlyTheirCandidatesInDeadlineOrderAndAuditsEveryCandidateShown()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var landing = await LandingAsync(p, "coach-a");

        var page = Dom.Parse(await coach.PageAsync("today"));
        var lines = page.QuerySelectorAll("ol.worklist > li").ToList();
        var audit = Assert.Single(await AuditRowsAsync(p, "view today page"));

        Assert.EndsWith("/api/staff/today", landing, StringComparison.Ordinal);
        Assert.Equal(seeded.Order, lines.Select(l => l.GetAttribute("data-candidate")));
        Assert.Equal(["Signal", "CheckInExpiring", "Signal", "Signal"], lines.Select(l => l.GetAttribute("data-reason")));
        Assert.Equal("true", lines[^1].GetAttribute("data-handled"));
        Assert.Contains("Gezien door coach-a", lines[^1].Text(), StringComparison.Ordinal);
        Assert.Contains("Wat te doen: Neem contact op met de kandidaat.", lines[0].Text(), StringComparison.Ordinal);
        Assert.Contains("baan-gestopt", lines[0].QuerySelector("a[data-candidate]")?.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain(seeded.OtherCoach, page.DocumentElement.OuterHtml, StringComparison.Ordinal);
        Assert.Equal(seeded.Order.Order(StringComparer.Ordinal),
            audit.GetString("CandidateIds").Split(',').Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task APagePastTheEndOfEitherWorklistSendsTheBrowserToTheLastPageWithItsFiltersAndShowsNothingOfItsOwn()
    {
        await using var p = await TestProgramme.StartAsync();
        await TodayFixture.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        // A coach's lines are paged by line, a coordinator's by candidate: both lists fit on one page here.
        var asked = new[]
        {
            (coach, "today?page=2"), (coach, "check-ins?state=Expiring&page=3"),
            (coordinator, "today?coach=coach-a&page=2"), (coordinator, "check-ins?state=Answered&page=9&after=x"),
        };
        var answers = new List<HttpResponseMessage>();
        foreach (var (who, path) in asked)
            answers.Add(await who.GetAsync(path));
        var first = Dom.Parse(await coach.PageAsync("today?page=1"));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.SeeOther, a.StatusCode));
        Assert.Equal(["/api/staff/today?page=1", "/api/staff/check-ins?state=Expiring&page=1",
            "/api/staff/today?coach=coach-a&page=1", "/api/staff/check-ins?state=Answered&page=1"],
            answers.Select(a => a.Headers.Location?.ToString()));
        Assert.NotEmpty(first.QuerySelectorAll("ol.worklist > li"));
        // Only the first page was shown, so only it is audited.
        Assert.Single(await AuditRowsAsync(p, "view today page"));
        Assert.Empty(await AuditRowsAsync(p, "view check-ins page"));
    }

    [Fact]
    public async Task TheCheckInsBoardShowsWhereEachCheckInStandsAndTheResponsePerCoachAndACoordinatorCanPickACoach()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var board = Dom.Parse(await coach.PageAsync("check-ins?lang=en"));
        var rows = board.QuerySelectorAll("table[data-check-ins] tbody tr").ToList();
        var rate = Assert.Single(board.QuerySelectorAll("table[data-rates] tbody tr"));
        var missedOnly = Dom.Parse(await coach.PageAsync("check-ins?state=Missed"));
        var otherCoach = Dom.Parse(await coordinator.PageAsync("check-ins?coach=coach-b"));
        var lookedUp = Dom.Parse(await coordinator.PageAsync("check-ins?candidate=gezien"));
        var audit = await AuditRowsAsync(p, "view check-ins page");

        Assert.Equal([(seeded.Expiring, "Expiring"), (seeded.Acknowledged, "Answered")],
            rows.Select(r => (r.QuerySelector("a[data-candidate]")?.GetAttribute("data-candidate"), r.GetAttribute("data-state"))));
        Assert.Equal("1", rate.QuerySelector("[data-answered]")?.Text());
        Assert.Equal("1", rate.QuerySelector("[data-sent]")?.Text());
        Assert.Contains("100% (1 of 1)", rate.Text(), StringComparison.Ordinal);
        Assert.Empty(missedOnly.QuerySelectorAll("table[data-check-ins] tbody tr"));
        Assert.Empty(otherCoach.QuerySelectorAll("table[data-check-ins] tbody tr"));
        Assert.Equal([seeded.Acknowledged], lookedUp.QuerySelectorAll("table[data-check-ins] a[data-candidate]")
            .Select(a => a.GetAttribute("data-candidate")));
        Assert.Null(lookedUp.QuerySelector("table[data-rates]"));
        Assert.Equal("coach-b", otherCoach.QuerySelector("#coach option[selected]")?.GetAttribute("value"));
        Assert.Contains(audit, row => row.GetString("CandidateIds") is { } ids && ids.Contains(seeded.Expiring, StringComparison.Ordinal));
    }

    /// <summary>
    /// A code or reference that finds no one says so, rather than "no check-ins", which would read as a candidate who was
    /// never asked. Another coach's candidate reads the same as one who does not exist.
    /// </summary>
    [Fact]
    public async Task ALookUpThatFindsNoCandidateSaysSoTheSameForACandidateOfAnotherCoach()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var unknown = Dom.Parse(await coach.PageAsync("check-ins?candidate=" + Uri.EscapeDataString("bestaat<niet>")));
        var otherCoach = Dom.Parse(await coach.PageAsync("check-ins?candidate=" + seeded.OtherCoach));
        var english = Dom.Parse(await coach.PageAsync("check-ins?lang=en&candidate=ander-team"));
        var own = Dom.Parse(await coach.PageAsync("check-ins?candidate=gezien"));

        Assert.Equal("Geen kandidaat gevonden met code of eigen kenmerk ‘bestaat<niet>’.", unknown.QuerySelector("p[role=status]")?.Text());
        Assert.Equal($"Geen kandidaat gevonden met code of eigen kenmerk ‘{seeded.OtherCoach}’.", otherCoach.QuerySelector("p[role=status]")?.Text());
        Assert.Equal("No candidate found with code or own reference ‘ander-team’.", english.QuerySelector("p[role=status]")?.Text());
        Assert.All([unknown, otherCoach, english], page => Assert.Null(page.QuerySelector("table[data-check-ins]")));
        Assert.Equal("bestaat<niet>", unknown.QuerySelector("input#candidate")?.GetAttribute("value"));
        // A coordinator of another programme finds no one either.
        using var elsewhere = await StaffSession.SignInWithKeyAsync(p, await p.Service<AccessStore>()
            .CreateKeyAsync("team-b", StaffRole.Coordinator, null, "other", CancellationToken.None));
        var otherProgramme = Dom.Parse(await elsewhere.PageAsync("check-ins?candidate=" + seeded.Acknowledged));
        Assert.Equal($"Geen kandidaat gevonden met code of eigen kenmerk ‘{seeded.Acknowledged}’.", otherProgramme.QuerySelector("p[role=status]")?.Text());
        Assert.Null(otherProgramme.QuerySelector("table[data-check-ins]"));
        // The English page before it chose English for this session.
        Assert.Equal("1 check-in of ‘gezien’", own.QuerySelector("p[role=status]")?.Text());
    }

    /// <summary>
    /// A coordinator looks up in the whole programme whatever coach the filter names; a candidate found with nothing to show
    /// is named; what no code holds (a direction override, a lone invisible character) is dropped before the look-up and
    /// never shown back; and the language switch keeps the look-up and the filters.
    /// </summary>
    [Fact]
    public async Task ALookUpNamesWhatItFoundDropsInvisibleCharactersAndSurvivesTheLanguageSwitch()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var otherFilter = Dom.Parse(await coordinator.PageAsync("check-ins?coach=coach-b&candidate=gezien"));
        var nothingToShow = Dom.Parse(await coordinator.PageAsync("check-ins?state=Missed&candidate=gezien"));
        var turned = Dom.Parse(await coordinator.PageAsync("check-ins?candidate=" + Uri.EscapeDataString("gez\u202Eien")));
        var upper = Dom.Parse(await coordinator.PageAsync("check-ins?candidate=" + seeded.Acknowledged.ToUpperInvariant()));
        var pasted = Dom.Parse(await coordinator.PageAsync("check-ins?candidate=" + Uri.EscapeDataString("gezien\u200B")));
        var audit = Dom.Parse(await coordinator.PageAsync("audit?month=2026-11&lang=nl")).QuerySelector("a[lang=en]")?.GetAttribute("href");
        var invisible = Dom.Parse(await coordinator.PageAsync("check-ins?candidate=" + Uri.EscapeDataString("\u200B ")));
        var english = Dom.Parse(await coordinator.PageAsync("check-ins?state=Answered&candidate=gezien&lang=nl"))
            .QuerySelector("a[lang=en]")?.GetAttribute("href");

        Assert.Equal([seeded.Acknowledged], otherFilter.QuerySelectorAll("table[data-check-ins] a[data-candidate]").Select(a => a.GetAttribute("data-candidate")));
        Assert.Equal("Geen check-ins van ‘gezien’ met de stand ‘Gemist’.", nothingToShow.QuerySelector("p[role=status]")?.Text());
        Assert.Equal("", otherFilter.QuerySelector("#coach option[selected]")?.GetAttribute("value"));
        Assert.Equal("1 check-in van ‘gezien’", pasted.QuerySelector("p[role=status]")?.Text());
        Assert.EndsWith("/audit?month=2026-11&lang=en", audit, StringComparison.Ordinal);
        Assert.Equal([seeded.Acknowledged], turned.QuerySelectorAll("table[data-check-ins] a[data-candidate]").Select(a => a.GetAttribute("data-candidate")));
        Assert.Equal("gezien", turned.QuerySelector("input#candidate")?.GetAttribute("value"));
        Assert.Equal([seeded.Acknowledged], upper.QuerySelectorAll("table[data-check-ins] a[data-candidate]").Select(a => a.GetAttribute("data-candidate")));
        Assert.Equal("", invisible.QuerySelector("input#candidate")?.GetAttribute("value"));
        Assert.Equal(2, invisible.QuerySelectorAll("table[data-check-ins] tbody tr").Length);
        Assert.Equal("?state=Answered&candidate=gezien&lang=en", english);
        var inEnglish = Dom.Parse(await coordinator.PageAsync("check-ins" + english));
        Assert.Equal("1 check-in of ‘gezien’", inEnglish.QuerySelector("p[role=status]")?.Text());
        Assert.Equal("Answered", inEnglish.QuerySelector("#state option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task ADeactivatedCoachIsLeftOutOfTheWorklistFiltersAndMarkedLastInTheCaseloadFilter()
    {
        await using var p = await TestProgramme.StartAsync();
        var access = p.Service<AccessStore>();
        var coachB = await access.GetCoachAsync(TestProgramme.Id, "coach-b", CancellationToken.None);
        await access.SaveCoachAsync(coachB! with { Active = false, Name = "Bram Bakker" }, CancellationToken.None);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        static List<(string Value, string Label)> Options(string html) => [.. Dom.Parse(html).QuerySelectorAll("select#coach option")
            .Select(o => (o.GetAttribute("value") ?? "", o.TextContent.Trim()))];

        foreach (var list in new[] { "today", "check-ins" })
        {
            var options = Options(await coordinator.PageAsync(list));
            Assert.Contains(options, o => o.Value == "coach-a");
            Assert.DoesNotContain(options, o => o.Value == "coach-b");
        }
        var caseload = Options(await coordinator.PageAsync("caseload"));
        Assert.Equal(("coach-b", "Bram Bakker (" + IpsMonitor.Workspace.StaffText.For("nl").Inactive + ")"), caseload[^1]);
    }

    [Fact]
    public async Task AnUnreadableStoredRowIsSkippedAndCountedInsteadOfBreakingEitherWorklist()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        // "Vandaag" reads the open signals from the signal list's rows, in the coach's partition.
        await p.Table(SignalIndexStore.Table).AddEntityAsync(new TableEntity(CaseloadSummaryStore.CoachPartition(TestProgramme.Id, "coach-a"),
            $"o|7|0639000000000000000|{seeded.LongSearch}|s-bad") { [SignalIndexRows.SignalColumn] = "{", [SignalIndexRows.CoachColumn] = "coach-a" });
        // Both read the coach's candidates from the caseload summaries' index rows.
        await p.Table(CaseloadSummaryStore.Table).AddEntityAsync(new TableEntity(CaseloadSummaryStore.CoachPartition(TestProgramme.Id, "coach-a"),
            string.Join('|', CaseloadOrder.Due, CaseloadOrder.InIpsGroup, "20260101", "k-bad")) { [CaseloadSummaryRows.SummaryColumn] = "{" });
        // Neither reads check-in rows: the summaries hold the recent check-ins, so a damaged one is not even seen.
        await p.Table(CheckInStore.Table).AddEntityAsync(new TableEntity(TestProgramme.Id, seeded.Expiring + "|c-bad")
        {
            ["Respondent"] = "Nobody", ["ExpiresAt"] = p.Clock.GetUtcNow().AddDays(3), ["State"] = "Open",
        });
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var today = Dom.Parse(await coach.PageAsync("today"));
        var board = Dom.Parse(await coach.PageAsync("check-ins"));

        Assert.Equal(seeded.Order, today.QuerySelectorAll("ol.worklist > li").Select(l => l.GetAttribute("data-candidate")));
        Assert.Equal("2", today.QuerySelector("[data-unreadable-rows]")?.GetAttribute("data-unreadable-rows"));
        Assert.Equal("1", board.QuerySelector("[data-unreadable-rows]")?.GetAttribute("data-unreadable-rows"));
    }

    [Fact]
    public async Task ASummaryWrittenBeforeItKeptTheRecentCheckInsStillPutsTheExpiringCheckInOnBothWorklists()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await TodayFixture.SeedAsync(p);
        // As an older version wrote them: every row of the candidate's summary without the recent check-ins.
        var table = p.Table(CaseloadSummaryStore.Table);
        var rows = 0;
        await foreach (var row in table.QueryAsync<TableEntity>(r => r.RowKey.CompareTo("") > 0))
            if (row.GetString(CaseloadSummaryRows.SummaryColumn) is { } json && json.Contains(seeded.Expiring, StringComparison.Ordinal)
                && System.Text.Json.Nodes.JsonNode.Parse(json) is System.Text.Json.Nodes.JsonObject summary
                && summary.Remove("recentCheckIns"))
            {
                row[CaseloadSummaryRows.SummaryColumn] = summary.ToJsonString();
                await table.UpdateEntityAsync(row, Azure.ETag.All, TableUpdateMode.Replace);
                rows++;
            }
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var today = Dom.Parse(await coach.PageAsync("today"));
        var board = Dom.Parse(await coach.PageAsync("check-ins"));

        Assert.True(rows >= 2, $"{rows} summary rows rewritten");
        Assert.Equal(seeded.Order, today.QuerySelectorAll("ol.worklist > li").Select(l => l.GetAttribute("data-candidate")));
        Assert.Contains(board.QuerySelectorAll("[data-candidate]"), l => l.GetAttribute("data-candidate") == seeded.Expiring);
    }

    /// <summary>Signs in from the sign-in page itself, with no page to return to: the answer is the role's start page.</summary>
    private static async Task<string> LandingAsync(TestProgramme p, string who)
    {
        using var client = new HttpClient(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false })
        {
            BaseAddress = new Uri(p.Host.BaseAddress, "staff/"),
        };
        using var answer = await client.PostAsync(new Uri("sign-in", UriKind.Relative), new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__af"] = StaffSession.Token(await client.GetStringAsync(new Uri("sign-in", UriKind.Relative))),
                ["key"] = p.Keys[who],
            }));
        return answer.Headers.Location?.ToString() ?? "";
    }
}
