namespace IpsMonitor.Tests.Caseload;

public sealed class ConcurrencyAndKeysTests
{
    [Fact]
    public async Task AStaleJobUpdateCannotOverwriteAConsentWithdrawal()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: true);
        var store = p.Service<CaseloadStore>();
        var (stale, version) = (await store.JobWithVersionAsync(TestProgramme.Id, id, jobId, CancellationToken.None))!.Value;

        var withdrawn = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "none", supervisorConsent = false });
        var write = await store.ReplaceJobAsync(TestProgramme.Id, stale with { ContractHoursPerWeek = 20 }, version, CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.Equal(IpsMonitor.Platform.Write.Conflict, write);
        var job = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];
        Assert.False(job.GetProperty("supervisorConsent").GetBoolean());
        Assert.Equal(16m, job.GetProperty("contractHoursPerWeek").GetDecimal());
    }

    [Fact]
    public async Task GivingConsentLaterMakesASupervisorLinkPossible()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false, supervisorEmail: null);

        var before = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor" });
        var given = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent",
            new { disclosure = "supervisorOnly", supervisorConsent = true, supervisorName = "Mevrouw de Vries", supervisorEmail = "devries@example.org" });
        var after = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor" });

        Assert.Equal(HttpStatusCode.BadRequest, before.StatusCode);
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        Assert.True((await given.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job").GetProperty("supervisorConsent").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Theory]
    [InlineData("candidates/%23")]
    [InlineData("candidates/a%2Fb")]
    [InlineData("candidates/k-123%3F")]
    public async Task IdsThatCannotBeTableKeysGetTheSame403AsAnUnknownCandidate(string route)
    {
        await using var p = await TestProgramme.StartAsync();

        var response = await p.Coordinator.GetAsync(new Uri(route, UriKind.Relative));

        await ApiProblem.AssertAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task AJobIdThatCannotBeATableKeyIsNotFound()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        var response = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/j%23x", new { contractHoursPerWeek = 10 });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task AnotherCoachsLocalReferenceIsRefusedWithoutNamingTheCandidate()
    {
        await using var p = await TestProgramme.StartAsync();
        var body = new { referralDate = new DateOnly(2026, 9, 1), employedAtReferral = false, localReference = "dossier-9" };
        var first = await p.CoachA.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", body);

        var second = await p.CoachB.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", body);

        var id = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var problem = await second.Content.ReadAsStringAsync();
        Assert.DoesNotContain(id, problem, StringComparison.Ordinal);
        // Nothing confirms the reference: no "already", no "another caseload", only a referral to the coordinator.
        Assert.DoesNotContain("already", problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("caseload", problem, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("exists", problem, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("coordinator", problem, StringComparison.Ordinal);
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == "enrolment referred to coordinator" && r.Actor.StartsWith("coach:", StringComparison.Ordinal));
    }
}
