using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Caseload;

/// <summary>Staff correct each recorded fact, audited, under the rules that applied when it was first recorded.</summary>
public sealed class CorrectionTests
{
    private static Task<HttpResponseMessage> PatchAsync(HttpClient client, string route, string json) =>
        client.PatchAsync(new Uri(route, UriKind.Relative), new StringContent(json, Encoding.UTF8, "application/json"));

    private static async Task<JsonElement> ErrorsOf(HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");

    [Fact]
    public async Task AJobsKindIsCorrectedByTheRulesOfAJobStart()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: false);

        var corrected = await PatchAsync(p.CoachA, $"candidates/{id}/jobs/{jobId}", """{"kind":"doelgroepbaan"}""");
        var trialWithoutGoals = await PatchAsync(p.CoachA, $"candidates/{id}/jobs/{jobId}", """{"kind":"proefplaatsing","competitive":false}""");
        var competitiveTrial = await PatchAsync(p.CoachA, $"candidates/{id}/jobs/{jobId}", """{"kind":"proefplaatsing","trialEndDate":"2026-12-01","trialGoals":"Ritme opbouwen"}""");

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        Assert.Equal("doelgroepbaan", (await corrected.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        Assert.Equal(HttpStatusCode.BadRequest, trialWithoutGoals.StatusCode);
        Assert.True((await ErrorsOf(trialWithoutGoals)).TryGetProperty("trialEndDate", out _));
        Assert.Equal(HttpStatusCode.BadRequest, competitiveTrial.StatusCode);
        Assert.True((await ErrorsOf(competitiveTrial)).TryGetProperty("competitive", out _));
        var stored = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];
        Assert.Equal("doelgroepbaan", stored.GetProperty("kind").GetString());
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == "job update, corrected: kind" && r.CandidateId == id);
    }

    [Fact]
    public async Task AReferralDateIsCorrectedByTheRulesOfEnrolment()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        var future = p.Today.AddDays(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

        var corrected = await PatchAsync(p.CoachA, $"candidates/{id}", """{"referralDate":"2026-05-04","employedAtReferral":true}""");
        var inFuture = await PatchAsync(p.CoachA, $"candidates/{id}", $$"""{"referralDate":"{{future}}"}""");

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var candidate = await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}");
        Assert.Equal("2026-05-04", candidate.GetProperty("referralDate").GetString());
        Assert.True(candidate.GetProperty("employedAtReferral").GetBoolean());
        Assert.Equal(1, candidate.GetProperty("referrals").GetInt32());
        Assert.Equal(HttpStatusCode.BadRequest, inFuture.StatusCode);
        Assert.True((await ErrorsOf(inFuture)).TryGetProperty("referralDate", out _));
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == "correct candidate: referralDate, employedAtReferral" && r.CandidateId == id);
    }

    [Fact]
    public async Task AnInvitationsRespondentIsCorrectedAndAnOpenLinkStopsBecauseItsHolderMayBeTheWrongPerson()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: true);
        using var supervisor = await Visitor.LinkAsync(p, id, "supervisor");
        var open = (await p.Service<CheckInStore>().FindByTokenAsync(supervisor.Token, CancellationToken.None))!.Invitation;
        using var candidate = await Visitor.LinkAsync(p, id);
        var definition = p.Service<QuestionnaireCatalog>().Current(Respondent.Candidate);
        var answered = (await p.Service<CheckInStore>().FindByTokenAsync(candidate.Token, CancellationToken.None))!.Invitation;
        await candidate.AnswerAllAsync();

        var corrected = await PatchAsync(p.CoachA, $"candidates/{id}/invitations/{open.Id}", """{"respondent":"candidate"}""");
        var mismatch = await PatchAsync(p.CoachA, $"candidates/{id}/invitations/{answered.Id}", """{"respondent":"supervisor"}""");
        var unknown = await PatchAsync(p.CoachA, $"candidates/{id}/invitations/c-none", """{"respondent":"candidate"}""");
        var otherCoach = await PatchAsync(p.CoachB, $"candidates/{id}/invitations/{open.Id}", """{"respondent":"supervisor"}""");

        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
        var stored = (await p.Service<CheckInStore>().GetAsync(TestProgramme.Id, id, open.Id, CancellationToken.None))!;
        Assert.Equal(Respondent.Candidate, stored.Invitation.Respondent);
        Assert.Equal(definition.Id, stored.Invitation.QuestionnaireId);
        Assert.Null(stored.TokenHash);
        Assert.Equal(HttpStatusCode.NotFound, (await supervisor.GetAsync()).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCoach.StatusCode);
        Assert.Contains(await AccessTests.AuditRows(p), r => r.Action == $"correct check-in {open.Id}: respondent" && r.CandidateId == id);
    }
}
