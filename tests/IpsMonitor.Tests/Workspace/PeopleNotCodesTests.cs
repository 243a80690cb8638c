using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>The staff pages name people, not codes (see the test's comments for each page).</summary>
public sealed class PeopleNotCodesTests
{
    private const string Sanne = "Sanne de Vries";

    /// <summary>
    /// A candidate reads by the coach's local reference with the pseudonymous id beside it, a coach by name (the code
    /// only when no name is recorded), and the team page flags a coach that candidates and supervisors cannot reach.
    /// </summary>
    [Fact]
    public async Task CandidatesReadByLocalReferenceAndCoachesByNameOnEveryPageThatNamesThem()
    {
        await using var p = await TestProgramme.StartAsync();
        var seeded = await CoachHistory.SeedAsync(p);
        var access = p.Service<AccessStore>();
        await access.SaveCoachAsync(new Coach("coach-a", TestProgramme.Id, 1m) { Name = Sanne }, CancellationToken.None);
        await access.SaveCoachAsync(new Coach("coach-b", TestProgramme.Id, 0.5m) { Name = "Ali Demir", Phone = "020 123 4567" },
            CancellationToken.None);
        var store = p.Service<SignalStore>();
        var (signals, _) = await store.LoadAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None);
        var stagnation = signals.Single(s => s.Type == SignalTypes.DevelopmentStagnation);
        await store.AcknowledgeAsync(TestProgramme.Id, seeded.Stalled, stagnation.Id, "coach-a", null, p.Clock.GetUtcNow(),
            CancellationToken.None);
        // As the acknowledging handler does, so the worklists' rows say it too.
        await p.Service<CaseloadSummaries>().RefreshAsync(TestProgramme.Id, seeded.Stalled, CancellationToken.None);

        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var candidate = Dom.Parse(await coach.PageAsync($"candidates/{seeded.Stalled}"));
        Assert.Equal($"Kandidaat dossier-17 ({seeded.Stalled})", candidate.QuerySelector("h1")?.Text());
        // The code is set apart in small type, so the heading stays short on a phone.
        Assert.Equal($"({seeded.Stalled})", candidate.QuerySelector("h1 .title-code")?.Text().Trim());
        var facts = candidate.QuerySelectorAll("dl.facts dt").ToDictionary(dt => dt.Text(), dt => dt.NextElementSibling?.Text());
        Assert.Equal("Sanne de Vries", facts[StaffText.Nl.Coach]);
        var card = candidate.GetElementById("signal-" + stagnation.Id);
        Assert.StartsWith("Gezien door Sanne de Vries op ", card?.QuerySelector("[data-acknowledged]")?.Text(), StringComparison.Ordinal);
        Assert.NotNull(card);
        Assert.Contains(card.QuerySelectorAll("ul.evidence li"), li => li.Text().StartsWith("Kandidaat gaf wil meer uitdaging ja (", StringComparison.Ordinal));
        Assert.Contains("wants_challenge = 1", card.QuerySelector("details.technical")?.Text(), StringComparison.Ordinal);
        Assert.StartsWith($"Driegesprek · dossier-17 ({seeded.Stalled}) · Medewerker productie bij Bakkerij De Korenaar · ",
            candidate.QuerySelector("#driegesprek .agenda-header")?.Text(), StringComparison.Ordinal);

        // "Vandaag" of a coach names who saw the signal from the coach's own row.
        var today = Dom.Parse(await coach.PageAsync("today"));
        Assert.Contains(today.QuerySelectorAll("ol.worklist > li"), li => li.Text().Contains("Gezien door Sanne de Vries op ", StringComparison.Ordinal));

        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var caseload = Dom.Parse(await coordinator.PageAsync("caseload"));
        var link = caseload.QuerySelector($"a[data-candidate='{seeded.Stalled}']");
        Assert.Equal("dossier-17", link?.Text());
        Assert.Equal($"({seeded.Stalled})", link?.ParentElement?.QuerySelector(".hint")?.Text());
        Assert.Equal("Sanne de Vries", link?.Closest("tr")?.QuerySelector($"td[data-label='{StaffText.Nl.Coach}']")?.Text());
        var filter = caseload.QuerySelectorAll("#coach option").Select(o => (o.GetAttribute("value"), o.Text())).ToList();
        Assert.Contains(("coach-a", "Sanne de Vries"), filter);

        var team = Dom.Parse(await coordinator.PageAsync("team"));
        Assert.StartsWith("Sanne de Vries (coach-a)", team.QuerySelector("tr[data-coach='coach-a'] td")?.Text(), StringComparison.Ordinal);
        Assert.NotNull(team.QuerySelector("tr[data-coach='coach-a'] [data-no-contact]"));
        Assert.Null(team.QuerySelector("tr[data-coach='coach-b'] [data-no-contact]"));

        var audit = Dom.Parse(await coordinator.PageAsync("audit"));
        var rows = audit.QuerySelectorAll("tbody tr").Select(tr => tr.QuerySelectorAll("td").Select(td => td.Text()).ToList()).ToList();
        Assert.Contains(rows, r => r[1] == "Sanne de Vries (begeleider)" && r[3] == $"dossier-17 ({seeded.Stalled})");
        Assert.DoesNotContain(rows, r => r[1].Contains("coach-a", StringComparison.Ordinal));

        // The key form names the coach a key is for; the quarter and fidelity pages name the coaches their figures hold.
        Assert.Contains(("coach-a", "Sanne de Vries (coach-a)"),
            team.QuerySelectorAll("#keys-coachId option").Select(o => (o.GetAttribute("value"), o.Text())));
        await IpsMonitor.Tests.Workbooks.WorkbookDownloads.RebuildAsync(p.Coordinator, Quarter.Containing(p.Today));
        var overview = Dom.Parse(await coordinator.PageAsync("quarter"));
        Assert.Equal(Sanne, overview.QuerySelector("tr[data-coach='coach-a'] th")?.Text());
        var fidelity = Dom.Parse(await coordinator.PageAsync("fidelity"));
        var perCoach = fidelity.QuerySelectorAll("[data-evidence='1'] li").Select(li => li.Text()).ToList();
        Assert.Contains(perCoach, line => line.StartsWith(Sanne + ": ", StringComparison.Ordinal));
        Assert.DoesNotContain(perCoach, line => line.StartsWith("coach-a", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ManyCoachesAreNamedFromOneReadOfTheCoachListAndAFewOneByOneAlike()
    {
        await using var p = await TestProgramme.StartAsync();
        var access = p.Service<AccessStore>();
        var ids = Enumerable.Range(1, 12).Select(n => $"coach-{n:00}").ToList();
        foreach (var id in ids)
            await access.SaveCoachAsync(new Coach(id, TestProgramme.Id, 1m) { Name = "Naam " + id }, CancellationToken.None);

        var many = await StaffNames.NamedAsync(access, TestProgramme.Id, [.. ids, "coach-unknown"], CancellationToken.None);
        var few = await StaffNames.NamedAsync(access, TestProgramme.Id, ["coach-03", "coach-unknown"], CancellationToken.None);

        Assert.Equal(ids.Select(id => "Naam " + id), ids.Select(many.Coach));
        Assert.Equal(("Naam coach-03", "coach-unknown"), (few.Coach("coach-03"), few.Coach("coach-unknown")));
        Assert.Equal("coach-unknown", many.Coach("coach-unknown"));
        Assert.Equal("coach-04", few.Coach("coach-04"));
    }
}
