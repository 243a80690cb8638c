using IpsMonitor.Tests.Hostile;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Every staff form sent twice with the same form id (a double click, a resend after a lost answer, a reload of the
/// post), as <see cref="StaffFormRedirectTests"/> lists them: both answers are the same redirect, and the second stores
/// nothing: no row, blob, queue message, key, result to show once or audit row. At once, the second send waits for the
/// first and answers as it did.
/// </summary>
public sealed class FormSentTwiceTests
{
    [Fact]
    public async Task EveryStaffFormSentTwiceIsDoneOnceAndAnsweredWithTheSameRedirect()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = HttpRoute.All.Where(r => r.IsPage && r.Method == "POST").ToList();
        var faults = new List<string>();

        foreach (var (function, body) in StaffFormRedirectTests.Valid)
        {
            // Signing out ends the session the second send would come with; what it leaves is the sign-in page.
            if (function == "StaffSignOut")
                continue;
            var route = forms.Single(f => f.Name == function);
            var fields = Filled(world, body);
            var first = await SendAsync(world, route, fields);
            if (first.StatusCode != HttpStatusCode.SeeOther || first.Headers.Location is not { } location)
            {
                faults.Add($"{function}: first send answered {(int)first.StatusCode}");
                continue;
            }
            // As a browser does: it follows the redirect, and what the queues do after the first send settles.
            await world.Staff.GetAsync(StaffPath(location));
            var before = await StateAsync(world);
            var second = await SendAsync(world, route, fields);
            if (second.StatusCode != HttpStatusCode.SeeOther || second.Headers.Location != location)
                faults.Add($"{function}: second send answered {(int)second.StatusCode} {second.Headers.Location}, not 303 {location}");
            // A workbook build goes on in the background, so what is stored changes on its own.
            if (function != "RequestWorkbookBuildForm" && await StateAsync(world) != before)
                faults.Add($"{function}: the second send stored something");
        }
        Assert.True(faults.Count == 0, string.Join("\n", faults));
    }

    /// <summary>The forms the walk found done twice or answered with an error, each sent four times at once.</summary>
    [Theory]
    [InlineData("ReferAgainForm", "RecordDischargeForm")]
    [InlineData("ReassignCandidatesForm", "SaveCoachForm")]
    [InlineData("RecordFidelityReviewForm", null)]
    [InlineData("EnrolCandidateForm", null)]
    public async Task AFormSentFourTimesAtOnceIsDoneOnceAndEverySendGetsTheSameRedirect(string function, string? first)
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = HttpRoute.All.Where(r => r.IsPage && r.Method == "POST").ToList();
        if (first is not null)
        {
            var before = StaffFormRedirectTests.Valid.Single(v => v.Function == first);
            Assert.Equal(HttpStatusCode.SeeOther, (await SendAsync(world, forms.Single(f => f.Name == first), Filled(world, before.Body))).StatusCode);
        }
        var route = forms.Single(f => f.Name == function);
        var fields = Filled(world, StaffFormRedirectTests.Valid.Single(v => v.Function == function).Body);
        var audited = await AuditRowsAsync(world);
        var candidates = await CountAsync(world, IpsMonitor.Caseload.CaseloadStore.CandidatesTable);
        var reviews = await CountAsync(world, IpsMonitor.Fidelity.FidelityStore.Table);

        var sends = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => SendAsync(world, route, fields)));

        Assert.All(sends, s => Assert.Equal(HttpStatusCode.SeeOther, s.StatusCode));
        Assert.Single(sends.Select(s => s.Headers.Location).Distinct());
        // What the operation recorded, recorded once: no audit line twice, one candidate or review at most.
        var added = (await AuditRowsAsync(world)).Where(r => !audited.Contains(r)).Select(r => r.What).ToList();
        Assert.NotEmpty(added);
        Assert.Equal(added.Count, added.Distinct().Count());
        Assert.InRange(await CountAsync(world, IpsMonitor.Caseload.CaseloadStore.CandidatesTable) - candidates, 0, 1);
        Assert.InRange(await CountAsync(world, IpsMonitor.Fidelity.FidelityStore.Table) - reviews, 0, 1);
    }

    /// <summary>
    /// A refused send lets its form id go, so the corrected form is done; a key made once is shown once: the second send
    /// leads to the same page, which then says it was shown already, and no second key is made.
    /// </summary>
    [Fact]
    public async Task ARefusedSendIsNotHeldAgainstTheCorrectedOneAndAKeyIsMadeAndShownOnce()
    {
        await using var world = await RouteWorld.StartAsync();
        var forms = HttpRoute.All.Where(r => r.IsPage && r.Method == "POST").ToList();
        var cadence = forms.Single(f => f.Name == "SetCadenceForm");
        var fields = Filled(world, StaffFormRedirectTests.Valid.Single(v => v.Function == "SetCadenceForm").Body);
        var wrong = new Dictionary<string, string>(fields) { ["onboardingWeeks"] = "vier" };
        Assert.Equal(HttpStatusCode.BadRequest, (await SendAsync(world, cadence, wrong)).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await SendAsync(world, cadence, fields)).StatusCode);

        var key = forms.Single(f => f.Name == "CreateStaffKeyForm");
        fields = Filled(world, new() { ["label"] = "Tablet", ["role"] = "Coordinator" });
        var keys = await CountAsync(world, AccessStore.KeysTable);
        var first = await SendAsync(world, key, fields);
        var made = await CountAsync(world, AccessStore.KeysTable);
        var second = await SendAsync(world, key, fields);
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        Assert.True(made > keys);
        Assert.Equal(made, await CountAsync(world, AccessStore.KeysTable));
        var path = StaffPath(first.Headers.Location!);
        Assert.DoesNotContain(ConfirmText.For("nl").KeyShownAlready, await world.Staff.PageAsync(path), StringComparison.Ordinal);
        var again = await (await world.Staff.GetAsync(path)).Content.ReadAsStringAsync();
        Assert.Contains(System.Net.WebUtility.HtmlEncode(ConfirmText.For("nl").KeyShownAlready), again, StringComparison.Ordinal);
    }

    /// <summary>Each form a page renders carries its own form id, so two forms, or two renders of one, never share one.</summary>
    [Fact]
    public async Task EveryRenderedStaffFormCarriesAFormIdOfItsOwn()
    {
        await using var world = await RouteWorld.StartAsync();
        var ids = new List<string>();
        foreach (var shown in new[] { $"candidates/{world.Values["candidateId"]}", $"candidates/{world.Values["candidateId"]}", "team?from=coach-a", "fidelity", "enrolment" })
            foreach (var form in Dom.Parse(await world.Staff.PageAsync(shown)).QuerySelectorAll("form[method=post]"))
            {
                var id = form.QuerySelector($"input[type=hidden][name={FormSends.Field}]")?.GetAttribute("value") ?? "";
                Assert.True(FormSends.IsWellFormed(id), $"{form.GetAttribute("action")}: no form id");
                ids.Add(id);
            }
        Assert.True(ids.Count >= 10, $"only {ids.Count} forms");
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    /// <summary>The form's values with the route world's values filled in, and one form id, as one rendered form carries.</summary>
    private static Dictionary<string, string> Filled(RouteWorld world, Dictionary<string, string> body)
    {
        var fields = body.ToDictionary(b => b.Key, b => b.Value is ['{', .. var name, '}'] ? world.Values[name] : b.Value);
        fields[FormSends.Field] = FormSends.NewId();
        return fields;
    }

    private static Task<HttpResponseMessage> SendAsync(RouteWorld world, HttpRoute route, Dictionary<string, string> fields) =>
        world.SendAsync(route, world.PathOf(route), new FormUrlEncodedContent(fields));

    private static string StaffPath(Uri location)
    {
        var next = location.OriginalString.Split('#')[0];
        return next[(next.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..];
    }

    private static async Task<string> StateAsync(RouteWorld world) =>
        string.Join("\n", await world.StoredAsync()) + "\n" + await StaffFormRedirectTests.CountAsync(world) + "\n"
        + (await AuditRowsAsync(world)).Count + " audit rows";

    /// <summary>Every audit row, by what it says (actor, action, candidate), without when.</summary>
    private static async Task<List<(string Key, string What)>> AuditRowsAsync(RouteWorld world)
    {
        var rows = new List<(string, string)>();
        await foreach (var row in world.P.Table(AuditLog.Table).QueryAsync<TableEntity>())
            rows.Add((row.PartitionKey + " " + row.RowKey, $"{row.GetString("Actor")} {row.GetString("Action")} {row.GetString("CandidateId")}"));
        return rows;
    }

    private static async Task<int> CountAsync(RouteWorld world, string table)
    {
        var count = 0;
        await foreach (var _ in world.P.Table(table).QueryAsync<TableEntity>(select: ["RowKey"]))
            count++;
        return count;
    }
}
