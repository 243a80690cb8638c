using System.Reflection;
using AngleSharp.Dom;
using IpsMonitor.Tests.Hostile;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Destructive staff forms are found by their <see cref="DestructiveAttribute"/>, not from a hand list: each has a
/// confirmation page on its own route that names what will happen, with a button that says the action; no other page
/// posts to it. New keys and links are shown once, from a GET that issues nothing; no choice on a form is preselected.
/// </summary>
public sealed class SafeActionTests
{
    private static readonly string[] ActionButtons =
        ["Baan beëindigen", "Uitstroom vastleggen", "Toestemming intrekken", "Sleutel intrekken", "Begeleider deactiveren", "Links stoppen"];

    /// <summary>The staff form functions marked destructive, by function name.</summary>
    internal static IReadOnlyList<string> Destructive() =>
        typeof(Features).Assembly.GetTypes().SelectMany(t => t.GetMethods())
            .Where(m => m.IsDefined(typeof(DestructiveAttribute)))
            .Select(m => m.GetCustomAttribute<Microsoft.Azure.Functions.Worker.FunctionAttribute>()!.Name).ToList();

    [Fact]
    public async Task EveryDestructiveFormIsConfirmedOnAPageThatNamesItAndNoOtherPagePostsIt()
    {
        await using var world = await RouteWorld.StartAsync();
        var destructive = Destructive();
        Assert.True(destructive.Count >= 5, string.Join(", ", destructive));
        var candidateId = world.Values["candidateId"];
        var reference = (await world.P.Service<CaseloadStore>().FindAsync(candidateId, CancellationToken.None))!.Candidate.LocalReference;
        var buttons = new List<string>();
        foreach (var name in destructive)
        {
            var post = HttpRoute.All.Single(r => r.Name == name && r.Method == "POST" && r.IsPage);
            var confirm = HttpRoute.All.SingleOrDefault(r => r.Method == "GET" && r.Template == post.Template);
            Assert.True(confirm is not null, $"{name}: no confirmation page on GET {post.Template}");
            var path = world.PathOf(post);
            var before = await world.StoredAsync();
            var page = Dom.Parse(await world.Staff.PageAsync(path["staff/".Length..]));
            Assert.Equal(before, await world.StoredAsync());

            var form = page.QuerySelectorAll("form").Single(f => (f.GetAttribute("action") ?? "").EndsWith(path, StringComparison.Ordinal));
            var button = form.QuerySelector("button[type=submit]")!.Text().Trim();
            Assert.False(button is "Opslaan" or "Save", $"{name}: the button says {button}");
            buttons.Add(button);
            Assert.NotNull(page.QuerySelector("h1"));
            Assert.NotNull(page.QuerySelector("a[href$='candidates/" + candidateId + "/'], a[href$='team'], a[href*='#job-']"));
            if (post.Template.StartsWith("staff/candidates/", StringComparison.Ordinal))
            {
                var facts = page.QuerySelector("dl.facts")!.Text();
                Assert.Contains(candidateId, facts, StringComparison.Ordinal);
                if (reference is not null)
                    Assert.Contains(reference, facts, StringComparison.Ordinal);
                if (post.Template.Contains("{jobId}", StringComparison.Ordinal))
                    Assert.Contains("Bakkerij", facts, StringComparison.Ordinal);
            }
        }
        Assert.Equal(ActionButtons.Order(), buttons.Order());

        // The ordinary pages link to the confirmation pages and never post to a destructive route themselves.
        var destructivePaths = destructive.Select(n => world.PathOf(HttpRoute.All.Single(r => r.Name == n && r.Method == "POST"))).ToList();
        foreach (var ordinary in new[] { $"candidates/{candidateId}", "team", "caseload" })
        {
            var html = Dom.Parse(await world.Staff.PageAsync(ordinary));
            var actions = html.QuerySelectorAll("form").Select(f => f.GetAttribute("action") ?? "");
            Assert.DoesNotContain(actions, a => destructivePaths.Any(d => a.EndsWith(d, StringComparison.Ordinal)));
        }
    }

    [Fact]
    public async Task RevokingYourOwnKeyWarnsFirstThatYouWillBeSignedOut()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var keys = await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None);
        var own = keys.Single(k => k.Role == StaffRole.Coordinator && !k.Revoked).KeyId;
        var other = keys.First(k => k.Role == StaffRole.Coach).KeyId;

        // The programme's only coordinator key is never revoked: the page says why and offers no button, and a post is refused.
        var lastPage = Dom.Parse(await coordinator.PageAsync($"team/keys/{own}/revoke"));
        Assert.Empty(lastPage.QuerySelectorAll("form[action$='/revoke']"));
        Assert.Contains("laatste werkende coördinatorsleutel", lastPage.Body!.Text(), StringComparison.Ordinal);
        var refused = await coordinator.PostAsync($"team/keys/{own}/revoke", [], $"team/keys/{own}/revoke");
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains("laatste werkende coördinatorsleutel", Dom.Parse(await refused.Content.ReadAsStringAsync()).Body!.Text(),
            StringComparison.Ordinal);
        Assert.False((await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None)).Single(k => k.KeyId == own).Revoked);
        var api = await p.Coordinator.PostAsync(new Uri($"programmes/{TestProgramme.Id}/keys/{own}/revoke", UriKind.Relative), null);
        Assert.Equal(HttpStatusCode.Conflict, api.StatusCode);

        await p.Service<AccessStore>().CreateKeyAsync(TestProgramme.Id, StaffRole.Coordinator, null, "second", CancellationToken.None);
        var ownPage = Dom.Parse(await coordinator.PageAsync($"team/keys/{own}/revoke"));
        var otherPage = Dom.Parse(await coordinator.PageAsync($"team/keys/{other}/revoke"));

        Assert.Contains("afgemeld", ownPage.QuerySelector(".warning")?.Text(), StringComparison.Ordinal);
        Assert.Null(otherPage.QuerySelector(".warning"));
        var revoked = await coordinator.PostAsync($"team/keys/{own}/revoke", [], $"team/keys/{own}/revoke");
        Assert.Equal(HttpStatusCode.SeeOther, revoked.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await coordinator.GetAsync("team")).StatusCode);
        Assert.True((await p.Service<AccessStore>().KeysAsync(TestProgramme.Id, CancellationToken.None)).Single(k => k.KeyId == own).Revoked);

        // The answer leads to the sign-in page, which says why, in the reader's language.
        var location = revoked.Headers.Location!.OriginalString;
        Assert.Contains("sign-in", location, StringComparison.Ordinal);
        var signIn = location[(location.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..];
        foreach (var lang in new[] { "nl", "en" })
        {
            var page = Dom.Parse(await coordinator.PageAsync($"{signIn}&lang={lang}"));
            Assert.Equal(IpsMonitor.Workspace.StaffText.For(lang).OwnKeyRevoked, page.QuerySelector(".notice")?.Text().Trim());
        }
    }

    [Fact]
    public async Task ReloadingTheNewKeyAndNewLinkPagesIssuesNothingAndShowsThemOnlyOnce()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidateId = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var access = p.Service<AccessStore>();
        var keysBefore = (await access.KeysAsync(TestProgramme.Id, CancellationToken.None)).Count;

        var issued = await coordinator.PostAsync("team/keys", new() { ["label"] = "Laptop", ["role"] = "Coach", ["coachId"] = "coach-b" }, "team");
        var keyPage = issued.Headers.Location!.OriginalString;
        var first = Dom.Parse(await coordinator.PageAsync(keyPage));
        var reloads = new[] { await coordinator.GetAsync(keyPage), await coordinator.GetAsync(keyPage) };
        using var other = await StaffSession.SignInAsync(p, "coordinator");

        Assert.Equal(HttpStatusCode.SeeOther, issued.StatusCode);
        Assert.Matches("^ipsm_", first.QuerySelector("[data-key]")?.Text().Trim());
        foreach (var reload in reloads)
        {
            Assert.Equal(HttpStatusCode.OK, reload.StatusCode);
            Assert.DoesNotContain("data-key", await reload.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        Assert.Equal(keysBefore + 1, (await access.KeysAsync(TestProgramme.Id, CancellationToken.None)).Count);

        var linked = await coordinator.PostAsync($"candidates/{candidateId}/links", new() { ["respondent"] = "Candidate" }, "team");
        var linkPage = linked.Headers.Location!.OriginalString;
        var invitations = p.Table(CheckInStore.Table);
        var rowsAfterPost = await invitations.QueryAsync<TableEntity>().CountAsync();
        var elsewhere = await other.GetAsync(linkPage);
        var shown = Dom.Parse(await coordinator.PageAsync(linkPage));
        var again = await coordinator.PageAsync(linkPage);

        Assert.Equal(HttpStatusCode.SeeOther, linked.StatusCode);
        Assert.DoesNotContain("data-link", await elsewhere.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.StartsWith("http", shown.QuerySelector("[data-link]")?.Text().Trim(), StringComparison.Ordinal);
        Assert.DoesNotContain("data-link", again, StringComparison.Ordinal);
        Assert.Equal(rowsAfterPost, await invitations.QueryAsync<TableEntity>().CountAsync());
    }

    /// <summary>
    /// Every select and radio group of every staff form: a select either shows a value chosen before (an option marked
    /// selected) or starts empty; a required radio group starts with nothing checked. A browser silently preselects the
    /// first option of a select, which is how "A Landbouw" became every new job's sector.
    /// </summary>
    [Fact]
    public async Task NoChoiceOnAnyStaffFormIsPreselected()
    {
        await using var world = await RouteWorld.StartAsync();
        var c = world.Values["candidateId"];
        var pages = new[] { $"candidates/{c}", "team", "caseload", "fidelity", $"candidates/{c}/data", "audit" }
            .Concat(HttpRoute.All.Where(r => r.IsPage && r.Method == "GET" && Destructive().Any(d =>
                HttpRoute.All.Any(p => p.Name == d && p.Template == r.Template))).Select(r => world.PathOf(r)["staff/".Length..]));
        var faults = new List<string>();
        foreach (var path in pages)
        {
            var page = Dom.Parse(await world.Staff.PageAsync(path));
            foreach (var select in page.QuerySelectorAll("form select"))
            {
                var first = select.QuerySelector("option")?.GetAttribute("value");
                if (select.QuerySelector("option[selected]") is null && first is { Length: > 0 })
                    faults.Add($"{path}: select {select.GetAttribute("name")} preselects '{first}'");
            }
            // A correction starts from what the record says (data-stored): that is the record, not a choice made for the person.
            foreach (var radio in page.QuerySelectorAll("form input[type=radio][required][checked]:not([data-stored])"))
                faults.Add($"{path}: radio {radio.GetAttribute("name")} preselects '{radio.GetAttribute("value")}'");
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }
}
