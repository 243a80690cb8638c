using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using IpsMonitor.Tests.Workspace;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Hostile;

/// <summary>
/// A running programme with something behind every route parameter (a candidate with a job and a supervisor, a check-in
/// link, a development link, a key, a built workbook), and each kind of caller: the coordinator's key for the API, a
/// signed-in coordinator for the staff pages, a browser without cookies for the personal links. A parameter this world
/// has no value for gets "x", so a route added later is still called, and answered as for an unknown id.
/// </summary>
internal sealed class RouteWorld : IAsyncDisposable
{
    private RouteWorld(TestProgramme p, StaffSession staff, Dictionary<string, string> values)
    {
        P = p;
        Staff = staff;
        Values = values;
        Web = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = p.Host.BaseAddress };
    }

    public TestProgramme P { get; }
    public StaffSession Staff { get; }
    public HttpClient Web { get; }
    public Dictionary<string, string> Values { get; }

    /// <summary>Guessing limits are raised and the delay removed: this world sends hundreds of unknown ids and tokens on purpose.</summary>
    public static async Task<RouteWorld> StartAsync()
    {
        var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["Guessing:KeyFailures"] = "10000",
            ["Guessing:LinkFailures"] = "10000",
            ["Guessing:DelayMilliseconds"] = "0",
        });
        var candidateId = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var jobId = await p.StartJobAsync(candidateId, new DateOnly(2026, 6, 1), consent: true);
        var adjustment = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/jobs/{jobId}/adjustments",
            new { kind = "extraBreaks", startDate = new DateOnly(2026, 6, 1),
                reviewDate = DateOnly.FromDateTime(p.Clock.GetUtcNow().UtcDateTime).AddMonths(1) });
        Assert.Equal(HttpStatusCode.Created, adjustment.StatusCode);
        var education = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/education",
            new { kind = "diplomaCourse", startDate = new DateOnly(2026, 4, 1), isGoal = false });
        Assert.Equal(HttpStatusCode.Created, education.StatusCode);
        var educationId = (await education.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        var link = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/invitations", new { respondent = "candidate" });
        Assert.Equal(HttpStatusCode.OK, link.StatusCode);
        var linkUrl = (await link.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        var invitations = (await p.CoachA.GetFromJsonAsync<JsonElement[]>($"candidates/{candidateId}/invitations"))!;
        var development = await p.CoachA.PostAsync(new Uri($"candidates/{candidateId}/development-links", UriKind.Relative), null);
        var developmentLink = (await development.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!;
        Assert.Equal(HttpStatusCode.Created, (await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-b", label = "reserve" })).StatusCode);
        var spareKey = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/keys"))!.Single(k => k.GetProperty("label").GetString() == "reserve");
        await p.Service<IpsMonitor.Workbooks.QuarterlyWorkbooksFunction>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        // A point the candidate wrote for the talk, for the coach's "besproken".
        var written = p.Clock.GetUtcNow();
        await p.Service<IpsMonitor.Development.CandidateVoiceStore>().SavePointAsync(TestProgramme.Id, candidateId,
            new IpsMonitor.Development.TalkPoint("tp1", "Mijn werktijden", written, null), CancellationToken.None);
        var staff = await StaffSession.SignInAsync(p, "coordinator");
        var values = new Dictionary<string, string>
        {
            ["programmeId"] = TestProgramme.Id,
            ["candidateId"] = candidateId,
            ["jobId"] = jobId,
            ["adjustmentId"] = "a1",
            ["agreementId"] = "g1",
            ["talkId"] = "t1",
            ["educationId"] = educationId,
            ["invitationId"] = invitations[0].GetProperty("id").GetString()!,
            ["coachId"] = "coach-b",
            ["keyId"] = spareKey.GetProperty("keyId").GetString()!,
            ["quarter"] = IpsMonitor.Workbooks.Quarter.LastClosedAt(p.Clock.GetUtcNow(), IpsMonitor.Workbooks.Quarter.Amsterdam).ToString(),
            ["variant"] = "intern",
            ["token"] = linkUrl[(linkUrl.LastIndexOf('/') + 1)..],
            ["developmentToken"] = developmentLink[(developmentLink.LastIndexOf('/') + 1)..],
            ["pointId"] = "tp1",
        };
        return new RouteWorld(p, staff, values);
    }

    public string Value(HttpRoute route, string parameter) =>
        parameter == "token" && route.Template.StartsWith("d/", StringComparison.Ordinal) ? Values["developmentToken"] : Values.GetValueOrDefault(parameter, "x");

    public string PathOf(HttpRoute route) => route.Path(parameter => Value(route, parameter));

    /// <summary>
    /// Sends the request as the route's own caller would: the API with <paramref name="key"/> (the coordinator's unless
    /// another is given, "" for none), a staff page with the coordinator's session (a form with its antiforgery field,
    /// prepended to a form body), a personal link as a browser.
    /// </summary>
    public async Task<HttpResponseMessage> SendAsync(HttpRoute route, string path, HttpContent? content = null, string? key = null)
    {
        if (route.IsPage)
        {
            var request = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path["staff/".Length..], UriKind.Relative));
            if (route.Method == "POST")
                request.Content = await WithAntiforgeryAsync(content);
            return await Staff.SendAsync(request);
        }
        var message = new HttpRequestMessage(new HttpMethod(route.Method), new Uri(path, UriKind.Relative)) { Content = content };
        if (route.NeedsKey && (key ?? P.Keys["coordinator"]) is { Length: > 0 } bearer)
            message.Headers.Authorization = new("Bearer", bearer);
        return await Web.SendAsync(message);
    }

    private async Task<HttpContent> WithAntiforgeryAsync(HttpContent? content)
    {
        // From the sign-in page: it reads no candidate, so fetching a token writes no audit row.
        var token = StaffSession.Token(await Staff.PageAsync("sign-in"));
        if (content is null)
            return new FormUrlEncodedContent(new Dictionary<string, string> { ["__af"] = token });
        if (content.Headers.ContentType?.MediaType != "application/x-www-form-urlencoded")
            return content;
        var body = await content.ReadAsByteArrayAsync();
        var joined = new ByteArrayContent([.. System.Text.Encoding.ASCII.GetBytes($"__af={Uri.EscapeDataString(token)}&"), .. body]);
        joined.Headers.ContentType = content.Headers.ContentType;
        return joined;
    }

    /// <summary>
    /// Every row (with its ETag), blob and queue message count under this world's prefix. Left out: key rows (their "last
    /// used" moves on any authenticated request), browser sessions (sliding expiry), the antiforgery key ring, and the
    /// audit log, which records reads: a refused team form shows the team page again with its error, and that is a read.
    /// </summary>
    public async Task<SortedSet<string>> StoredAsync()
    {
        var names = P.Service<StorageNames>();
        var stored = new SortedSet<string>(StringComparer.Ordinal);
        var tables = P.Service<TableServiceClient>();
        await foreach (var table in tables.QueryAsync(t => t.Name.CompareTo(names.Prefix) >= 0))
        {
            if (!table.Name.StartsWith(names.Prefix, StringComparison.Ordinal) || table.Name == names.Table(AccessStore.KeysTable) || table.Name == names.Table(StaffSessionStore.Table)
                || table.Name == names.Table(AuditLog.Table) || table.Name == names.Table(GuessCounts.Table))
                continue;
            await foreach (var row in tables.GetTableClient(table.Name).QueryAsync<TableEntity>())
                stored.Add($"{table.Name} {row.PartitionKey} {row.RowKey} {row.ETag}");
        }
        var blobs = P.Service<BlobServiceClient>();
        await foreach (var container in blobs.GetBlobContainersAsync(prefix: names.Prefix + "-"))
        {
            if (container.Name == names.Container("dataprotection"))
                continue;
            await foreach (var blob in blobs.GetBlobContainerClient(container.Name).GetBlobsAsync())
                stored.Add($"{container.Name} {blob.Name} {blob.Properties.ETag}");
        }
        var queues = P.Service<QueueServiceClient>();
        await foreach (var queue in queues.GetQueuesAsync(prefix: names.Prefix + "-"))
            stored.Add($"{queue.Name} {(await queues.GetQueueClient(queue.Name).GetPropertiesAsync()).Value.ApproximateMessagesCount}");
        return stored;
    }

    public async ValueTask DisposeAsync()
    {
        Web.Dispose();
        Staff.Dispose();
        await P.DisposeAsync();
    }
}
