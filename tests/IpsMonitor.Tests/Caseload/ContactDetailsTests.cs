using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Caseload;

/// <summary>Contact details change: a candidate's address can be changed or removed, a supervisor's removed or replaced.</summary>
public sealed class ContactDetailsTests
{
    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string route, string json) =>
        client.PatchAsync(new Uri(route, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<string?> StoredEmailAsync(TestProgramme p, string id) =>
        (await p.Coordinator.GetFromJsonAsync<JsonElement>($"candidates/{id}/export")).GetProperty("email").GetString();

    [Fact]
    public async Task ACandidatesEmailCanBeChangedKeptAndRemoved()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1), email: "oud@example.org");

        var changed = await PatchAsync(p.CoachA, $"candidates/{id}", """{"email":"nieuw@example.org"}""");
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal("nieuw@example.org", await StoredEmailAsync(p, id));

        Assert.Equal(HttpStatusCode.OK, (await PatchAsync(p.CoachA, $"candidates/{id}", """{"language":"en"}""")).StatusCode);
        Assert.Equal("nieuw@example.org", await StoredEmailAsync(p, id));

        var empty = await PatchAsync(p.CoachA, $"candidates/{id}", """{"email":""}""");
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("null", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("email")[0].GetString(), StringComparison.Ordinal);

        var removed = await PatchAsync(p.CoachA, $"candidates/{id}", """{"email":null}""");
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.False((await removed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("hasEmail").GetBoolean());
        Assert.Null(await StoredEmailAsync(p, id));
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == "correct candidate: email" && r.CandidateId == id);
        Assert.Equal(HttpStatusCode.Forbidden, (await PatchAsync(p.CoachB, $"candidates/{id}", """{"email":null}""")).StatusCode);
    }

    [Fact]
    public async Task ASupervisorsEmailCanBeRemovedWithNullAndAnEmptyStringIsRefusedWithThatAdvice()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: true);

        var empty = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "full", supervisorConsent = true, supervisorEmail = "" });
        var kept = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent", new { disclosure = "full", supervisorConsent = true });
        var keptJob = (await kept.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job");
        var cleared = await PutJsonAsync(p.CoachA, $"candidates/{id}/jobs/{jobId}/consent", """{"disclosure":"full","supervisorConsent":true,"supervisorEmail":null}""");

        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);
        Assert.Contains("null", (await empty.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").GetProperty("supervisorEmail")[0].GetString(), StringComparison.Ordinal);
        Assert.True(keptJob.GetProperty("supervisorHasEmail").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        var job = (await cleared.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("job");
        Assert.False(job.GetProperty("supervisorHasEmail").GetBoolean());
        Assert.Equal("Chef", job.GetProperty("supervisorName").GetString());
        var exported = (await p.Coordinator.GetFromJsonAsync<JsonElement>($"candidates/{id}/export")).GetProperty("jobs")[0].GetProperty("supervisor");
        Assert.Equal(JsonValueKind.Null, exported.GetProperty("email").ValueKind);
    }

    [Fact]
    public async Task ChangingTheSupervisorStopsThePreviousSupervisorsOpenLinkAtOnce()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: true);
        using var previous = await Visitor.LinkAsync(p, id, "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await previous.GetAsync()).StatusCode);

        var changed = await p.CoachA.PutAsJsonAsync($"candidates/{id}/jobs/{jobId}/consent",
            new { disclosure = "supervisorOnly", supervisorConsent = true, supervisorName = "Nieuwe chef", supervisorEmail = "nieuw@example.org" });

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Equal(1, (await changed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelledSupervisorInvitations").GetInt32());
        Assert.Equal(HttpStatusCode.Gone, (await previous.GetAsync()).StatusCode);
        // The new supervisor gets a link of their own.
        using var next = await Visitor.LinkAsync(p, id, "supervisor");
        Assert.Equal(HttpStatusCode.OK, (await next.GetAsync()).StatusCode);
    }

    private static Task<HttpResponseMessage> PutJsonAsync(HttpClient client, string route, string json) =>
        client.PutAsync(new Uri(route, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));
}
