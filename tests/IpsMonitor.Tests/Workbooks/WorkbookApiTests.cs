using static IpsMonitor.Tests.Workbooks.WorkbookDownloads;

namespace IpsMonitor.Tests.Workbooks;

public sealed class WorkbookApiTests
{
    [Fact]
    public async Task ADownloadIsStreamedAsAnAttachmentWithTheStableFileNameAndIsAudited()
    {
        await using var p = await TestProgramme.StartAsync();
        var seed = await StoredProgramme.SeededAsync(p, built: true);
        var size = (await ListAsync(p.Coordinator)).Single(w => w.GetProperty("variant").GetString() == "intern").GetProperty("size").GetInt64();

        var response = await p.Coordinator.GetAsync(new Uri($"{WorkbooksPath()}/{seed.Quarter}/intern", UriKind.Relative), HttpCompletionOption.ResponseHeadersRead);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(WorkbookBlobs.ContentType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"attachment; filename=\"ipsmonitor-{TestProgramme.Id}-{seed.Quarter}-intern.xlsx\"", response.Content.Headers.ContentDisposition?.ToString());
        Assert.Equal(size, response.Content.Headers.ContentLength);
        Assert.Equal(size, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Contains($"coordinator download workbook {seed.Quarter} intern", await AuditedActionsAsync(p));
    }

    [Fact]
    public async Task OnlyTheProgrammesCoordinatorsReachTheWorkbookRoutes()
    {
        await using var p = await TestProgramme.StartAsync();
        var quarter = Quarter.LastClosedAt(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        var access = p.Service<AccessStore>();
        await access.EnsureProgrammeAsync("team-b", "Team B", CancellationToken.None);
        using var other = TestProgramme.Client(p.Host, await access.CreateKeyAsync("team-b", StaffRole.Coordinator, null, "other", CancellationToken.None));
        var routes = new (HttpMethod Method, string Path)[]
        {
            (HttpMethod.Get, WorkbooksPath()),
            (HttpMethod.Get, $"{WorkbooksPath()}/{quarter}/intern"),
            (HttpMethod.Post, $"{WorkbooksPath()}/{quarter}/builds"),
            (HttpMethod.Get, $"{WorkbooksPath()}/{quarter}/builds/0123456789abcdef"),
        };

        foreach (var (method, path) in routes)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await p.Anonymous().SendAsync(new HttpRequestMessage(method, path))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await p.CoachA.SendAsync(new HttpRequestMessage(method, path))).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await other.SendAsync(new HttpRequestMessage(method, path))).StatusCode);
        }
        Assert.Empty(await p.Service<WorkbookBlobs>().CurrentAsync(TestProgramme.Id, CancellationToken.None));
        Assert.DoesNotContain(await AuditedActionsAsync(p), a => a.Contains("download", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("get", "2026-Q5/intern", "quarter")]
    [InlineData("get", "2026Q3/intern", "quarter")]
    [InlineData("get", "2026-q3/intern", "quarter")]
    [InlineData("get", "2026-Q3/internal", "variant")]
    [InlineData("post", "1999-Q4/builds", "quarter")]
    [InlineData("post", "2999-Q1/builds", "quarter")]
    [InlineData("post", "next/builds", "quarter")]
    [InlineData("get", "2026-Q9/builds/x", "quarter")]
    public async Task AMalformedOrUnbuildableQuarterOrVariantIsABadRequest(string method, string path, string field)
    {
        await using var p = await TestProgramme.StartAsync();
        var request = new HttpRequestMessage(new HttpMethod(method), $"{WorkbooksPath()}/{path}");

        var response = await p.Coordinator.SendAsync(request);

        var problem = await ApiProblem.AssertAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Fact]
    public async Task TheCurrentQuarterCanBeBuiltAndAskingAgainWhilePendingGivesThePendingRequest()
    {
        await using var p = await TestProgramme.StartAsync();
        var current = Quarter.FromInstant(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        // A request nobody has picked up yet (no message was sent for it).
        var (pending, _) = await p.Service<WorkbookBuildStore>().ClaimAsync(TestProgramme.Id, current.Previous, "test", false, CancellationToken.None);

        var again = await p.Coordinator.PostAsync(new Uri($"{WorkbooksPath()}/{current.Previous}/builds", UriKind.Relative), null);
        var done = await RebuildAsync(p.Coordinator, current);

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.EndsWith(pending.RequestId, again.Headers.Location!.ToString(), StringComparison.Ordinal);
        Assert.Equal("requested", (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        Assert.Equal(current.ToString(), done.GetProperty("quarter").GetString());
        var listed = await ListAsync(p.Coordinator);
        Assert.All(listed, w => Assert.Equal(done.GetProperty("buildId").GetString(), w.GetProperty("buildId").GetString()));
        var unknown = await p.Coordinator.GetAsync(new Uri($"{WorkbooksPath()}/{current}/builds/{pending.RequestId}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
