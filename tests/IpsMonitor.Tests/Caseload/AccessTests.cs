namespace IpsMonitor.Tests.Caseload;

public sealed class AccessTests
{
    [Fact]
    public async Task WithoutAKeyOrWithAWrongKeyTheApiAnswers401()
    {
        await using var p = await TestProgramme.StartAsync();

        var none = await p.Anonymous().GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative));
        var wrong = await TestProgramme.Client(p.Host, "ipsm_not-a-real-key").GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Unauthorized, none.StatusCode);
        Assert.Equal("Bearer", none.Headers.WwwAuthenticate.Single().Scheme);
        await ApiProblem.AssertAsync(wrong, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task AKeyOfAnotherProgrammeCannotTellWhetherACandidateExists()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidate = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var access = p.Service<AccessStore>();
        await access.EnsureProgrammeAsync("team-b", "Team B", CancellationToken.None);
        using var other = TestProgramme.Client(p.Host, await access.CreateKeyAsync("team-b", StaffRole.Coordinator, null, "other", CancellationToken.None));

        var existing = await other.GetAsync(new Uri($"candidates/{candidate}", UriKind.Relative));
        var missing = await other.GetAsync(new Uri("candidates/k-0000000000", UriKind.Relative));
        var caseload = await other.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Forbidden, existing.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, missing.StatusCode);
        Assert.Equal(WithoutTrace(await missing.Content.ReadAsStringAsync()), WithoutTrace(await existing.Content.ReadAsStringAsync()));
        Assert.DoesNotContain(candidate!, await existing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, caseload.StatusCode);
    }

    [Fact]
    public async Task ACoachSeesOnlyTheirOwnCaseloadAndACoordinatorSeesAll()
    {
        await using var p = await TestProgramme.StartAsync();
        var mine = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));
        var theirs = await p.EnrolIdAsync(new DateOnly(2026, 1, 5), as_: p.CoachB);

        var coachList = await p.CoachA.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/candidates");
        var coordinatorList = await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/candidates");
        var otherCoach = await p.CoachA.GetAsync(new Uri($"candidates/{theirs}", UriKind.Relative));

        Assert.Equal([mine], coachList!.Select(c => c.GetProperty("id").GetString()));
        Assert.Equal(2, coordinatorList!.Length);
        Assert.Equal(HttpStatusCode.Forbidden, otherCoach.StatusCode);
    }

    [Fact]
    public async Task OnlyACoordinatorCreatesKeysAndTheNewKeyWorks()
    {
        await using var p = await TestProgramme.StartAsync();

        var byCoach = await p.CoachA.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-a", label = "x" });
        var created = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/keys", new { role = "coach", coachId = "coach-b", label = "laptop" });

        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var key = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("key").GetString()!;
        using var client = TestProgramme.Client(p.Host, key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative))).StatusCode);
    }

    [Fact]
    public async Task ReadsOfPersonalDataAreAudited()
    {
        await using var p = await TestProgramme.StartAsync();
        var candidate = await p.EnrolIdAsync(new DateOnly(2026, 1, 5));

        await p.CoachA.GetAsync(new Uri($"candidates/{candidate}", UriKind.Relative));
        await p.Coordinator.GetAsync(new Uri($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative));

        var rows = await AuditRows(p);
        Assert.Contains(rows, r => r.Action == "read candidate" && r.CandidateId == candidate && r.Actor.StartsWith("coach:", StringComparison.Ordinal));
        Assert.Contains(rows, r => r.Action.StartsWith("list caseload", StringComparison.Ordinal) && r.Actor.StartsWith("coordinator:", StringComparison.Ordinal));
    }

    private static string WithoutTrace(string problem)
    {
        var node = System.Text.Json.Nodes.JsonNode.Parse(problem)!.AsObject();
        node.Remove("traceId");
        return node.ToJsonString();
    }

    internal static async Task<List<(string Actor, string Action, string? CandidateId)>> AuditRows(TestProgramme p)
    {
        var table = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<IpsMonitor.Platform.StorageNames>().Table(AuditLog.Table));
        var rows = new List<(string, string, string?)>();
        await foreach (var row in table.QueryAsync<Azure.Data.Tables.TableEntity>())
            rows.Add((row.GetString("Actor"), row.GetString("Action"), row.GetString("CandidateId")));
        return rows;
    }
}
