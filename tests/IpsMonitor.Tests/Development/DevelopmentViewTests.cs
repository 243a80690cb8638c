using System.Text.RegularExpressions;
using IpsMonitor.Development;
using IpsMonitor.Tests.Caseload;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Development;

public sealed partial class DevelopmentViewTests
{
    [Fact]
    public async Task TheDevelopmentViewShowsThreeStoredCheckInsAndNoSupervisorAnswerOrSignal()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await DevelopmentFixture.CandidateWithThreeCheckInsAsync(p);
        var named = await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-a",
            new { fte = 1, name = "Sanne de Vries", phone = "06 1234 5678" });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, id, CancellationToken.None);
        var signals = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}/signals")).EnumerateArray().ToList();
        var (_, token) = await DevelopmentFixture.LinkAsync(p, id);
        using var anonymous = p.Anonymous();

        var response = await anonymous.GetAsync(new Uri("d/" + token, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["5", "6", "8"], Drawn(html, ItemIds.WorkAbility));
        Assert.Equal(["2", "3", "4"], Drawn(html, ItemIds.Energy));
        Assert.Equal(["3", "4", "4"], Drawn(html, ItemIds.Satisfaction));
        Assert.Equal(["2", "3", "4"], Drawn(html, ItemIds.Fit));
        Assert.Equal(["12", "16", "20.5"], Drawn(html, ItemIds.HoursWorked));
        Assert.Equal(["24", "24", "24"], Drawn(html, ItemIds.DesiredHours));
        Assert.Equal(["5", "6", "8"], Written(html, ItemIds.WorkAbility));
        Assert.Equal(["12", "16", "20,5"], Written(html, ItemIds.HoursWorked));
        Assert.Equal(["Nee", "Ja", "Ja"], Written(html, ItemIds.HasGoals));
        Assert.Contains("3 maart 2026", html, StringComparison.Ordinal);
        Assert.Contains("Je werkvermogen is gegroeid: van 5 naar 8.", html, StringComparison.Ordinal);
        Assert.Contains("Je wilt graag meer uren werken (24 uur) dan nu (20,5 uur).", html, StringComparison.Ordinal);
        var page = Dom.Parse(html);
        // Urgent help names the candidate's own coach with a number to call, as the questionnaires do.
        Assert.Equal(UiText.Dutch.UrgentHelpTitle, page.QuerySelector(".help h2")?.Text());
        Assert.Contains("Bel dan je IPS-begeleider Sanne de Vries op 06 1234 5678 of je huisarts.", page.QuerySelector(".help")?.TextContent, StringComparison.Ordinal);
        Assert.Contains("tel:0612345678", page.QuerySelectorAll(".help a").Select(a => a.GetAttribute("href")));
        Assert.Equal("Werkvermogen", page.QuerySelector("svg title#work_ability-title")?.Text());

        // Nothing of the supervisor and no signal, although both exist.
        Assert.DoesNotContain(DevelopmentFixture.SupervisorMarker, html, StringComparison.Ordinal);
        Assert.DoesNotMatch(SupervisorItem(), html);
        Assert.NotEmpty(signals);
        foreach (var signal in signals)
        {
            Assert.DoesNotContain(signal.GetProperty("explanationNl").GetString()!, html, StringComparison.Ordinal);
            Assert.DoesNotContain(signal.GetProperty("type").GetString()!, html, StringComparison.Ordinal);
        }
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Actor.StartsWith("respondent:dl-", StringComparison.Ordinal) && r.Action == "open development view" && r.CandidateId == id);
    }

    [Fact]
    public async Task TheViewSpeaksEnglishToAnEnglishCandidateAndSwitchesLanguage()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await DevelopmentFixture.CandidateWithThreeCheckInsAsync(p, language: "en");
        var (_, token) = await DevelopmentFixture.LinkAsync(p, id);
        using var anonymous = p.Anonymous();

        var english = await anonymous.GetStringAsync(new Uri("d/" + token, UriKind.Relative));
        var dutch = await anonymous.GetStringAsync(new Uri($"d/{token}?lang=nl", UriKind.Relative));

        Assert.Equal("My development", Dom.Parse(english).QuerySelector("h1")?.Text());
        Assert.Contains("Your work ability has grown: from 5 to 8.", english, StringComparison.Ordinal);
        Assert.Equal(["12", "16", "20.5"], Written(english, ItemIds.HoursWorked));
        Assert.Equal(UiText.English.UrgentHelpTitle, Dom.Parse(english).QuerySelector(".help h2")?.Text());
        Assert.Equal("Mijn ontwikkeling", Dom.Parse(dutch).QuerySelector("h1")?.Text());
        Assert.Equal(["?lang=nl", "?lang=fr"], Dom.Parse(english).QuerySelectorAll(".top a").Select(a => a.GetAttribute("href")));
    }

    [Fact]
    public async Task ADevelopmentLinkIsStoredHashedWorksAgainAndStopsWhenRevokedOrExpired()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await DevelopmentFixture.CandidateWithThreeCheckInsAsync(p);
        using var anonymous = p.Anonymous();
        var (link, token) = await DevelopmentFixture.LinkAsync(p, id);

        Assert.StartsWith("http://127.0.0.1:7071/api/d/", link, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.CoachB.PostAsync($"candidates/{id}/development-links", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.CoachB.DeleteAsync($"candidates/{id}/development-links")).StatusCode);
        Assert.DoesNotContain(await AllValuesAsync(p), v => v.Contains(token, StringComparison.Ordinal));
        // Reusable, also as pasted from a chat app with a ')' or '.' glued to it.
        foreach (var path in new[] { $"d/{token}", $"d/{token}", $"d/{token})", $"d/{token}." })
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri(path, UriKind.Relative))).StatusCode);
        Assert.Equal(4, (await AccessTests.AuditRows(p)).Count(r => r.Action == "open development view"));
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Actor.StartsWith("coach:", StringComparison.Ordinal) && r.Action == "issue development link" && r.CandidateId == id);

        var revoke = await p.CoachA.DeleteAsync($"candidates/{id}/development-links");
        Assert.Equal(1, (await revoke.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("revoked").GetInt32());
        var revoked = await anonymous.GetAsync(new Uri("d/" + token, UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, revoked.StatusCode);
        Assert.Contains("Deze link werkt niet", await revoked.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var (_, second) = await DevelopmentFixture.LinkAsync(p, id);
        p.Clock.Offset = TimeSpan.FromDays(89);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync(new Uri("d/" + second, UriKind.Relative))).StatusCode);
        p.Clock.Offset = TimeSpan.FromDays(91);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("d/" + second, UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("d/unknown-token-0123456789abcdef", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task TheThankYouPageLeadsTheCandidateToTheirDevelopmentButASupervisorLinkNeverOpensIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        await p.StartJobAsync(id, new DateOnly(2026, 6, 1), consent: true);
        var catalog = p.Service<QuestionnaireCatalog>();
        using var candidate = await Visitor.LinkAsync(p, id);
        using var supervisor = await Visitor.LinkAsync(p, id, "supervisor");
        await candidate.AnswerAllAsync();
        await supervisor.AnswerAllAsync();
        using var anonymous = p.Anonymous();

        var thanks = await (await candidate.GetAsync("?sent=1&lang=nl")).Content.ReadAsStringAsync();
        var supervisorThanks = await (await supervisor.GetAsync("?sent=1")).Content.ReadAsStringAsync();
        var view = await anonymous.GetAsync(new Uri($"q/{candidate.Token}/development?lang=nl", UriKind.Relative));
        var refused = await anonymous.GetAsync(new Uri($"q/{supervisor.Token}/development", UriKind.Relative));

        Assert.Contains($"href=\"{candidate.Token}/development?lang=nl\"", thanks, StringComparison.Ordinal);
        Assert.DoesNotContain("/development", supervisorThanks, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, view.StatusCode);
        Assert.Single(Drawn(await view.Content.ReadAsStringAsync(), ItemIds.WorkAbility));
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
    }

    [Fact]
    public async Task StoppingEveryLinkOrDischargingStopsTheCheckInLinksWayToTheDevelopmentViewForGood()
    {
        await using var p = await TestProgramme.StartAsync();
        var stopped = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var discharged = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        using var first = await Visitor.LinkAsync(p, stopped);
        using var second = await Visitor.LinkAsync(p, discharged);
        await first.AnswerAllAsync();
        await second.AnswerAllAsync();
        using var anonymous = p.Anonymous();
        async Task<HttpStatusCode> ViewAsync(Visitor v) =>
            (await anonymous.GetAsync(new Uri($"q/{v.Token}/development?lang=nl", UriKind.Relative))).StatusCode;
        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK], [await ViewAsync(first), await ViewAsync(second)]);

        // "Alle links naar Mijn ontwikkeling stoppen", after a lost phone: the answered check-in's link is one of them.
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.DeleteAsync($"candidates/{stopped}/development-links")).StatusCode);
        // Discharge, then a new referral: the old link stays stopped.
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{discharged}/discharge",
            new { dischargeDate = p.Today, reason = "ownChoice" })).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{discharged}/referrals",
            new { referralDate = p.Today, employedAtReferral = false })).StatusCode);

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound], [await ViewAsync(first), await ViewAsync(second)]);
        // The answers themselves stay: the coach's page and the workbook still count them.
        foreach (var id in new[] { stopped, discharged })
            Assert.Contains((await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None)),
                f => f.Invitation.State == InvitationState.Answered && f.TokenHash is null);
    }

    [Fact]
    public async Task ErasingACandidateErasesTheirDevelopmentLinks()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, token) = await DevelopmentFixture.LinkedCandidateAsync(p);

        Assert.Equal(HttpStatusCode.NoContent, (await p.Coordinator.DeleteAsync($"candidates/{id}")).StatusCode);

        Assert.Empty(await RowsAsync(p));
        using var anonymous = p.Anonymous();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync(new Uri("d/" + token, UriKind.Relative))).StatusCode);
    }

    /// <summary>The values the chart draws for one series, in order.</summary>
    internal static List<string> Drawn(string html, string series) =>
        [.. Dom.Parse(html).QuerySelectorAll($"svg [data-series={series}]").Select(e => e.GetAttribute("data-value") ?? "")];

    /// <summary>The values the page writes out as text for one item, in order.</summary>
    internal static List<string> Written(string html, string item) =>
        [.. Dom.Parse(html).QuerySelectorAll($"span[data-item={item}]").Select(e => e.Text())];

    [GeneratedRegex("data-(item|series)=\"s_")]
    private static partial Regex SupervisorItem();

    private static async Task<List<TableEntity>> RowsAsync(TestProgramme p)
    {
        var table = p.Table(DevelopmentLinkStore.Table);
        var rows = new List<TableEntity>();
        await foreach (var row in table.QueryAsync<TableEntity>())
            rows.Add(row);
        return rows;
    }

    private static async Task<List<string>> AllValuesAsync(TestProgramme p) =>
        (await RowsAsync(p)).SelectMany(r => r.Select(kv => kv.Value?.ToString() ?? "").Append(r.PartitionKey).Append(r.RowKey)).ToList();
}
