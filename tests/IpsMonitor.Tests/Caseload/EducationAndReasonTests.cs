using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Caseload;

/// <summary>
/// Education through the API, the structured trial decision, and job-end and discharge reasons from their catalogues;
/// rows with free text from before the catalogues stay readable, as "other" with their text as the note.
/// </summary>
public sealed class EducationAndReasonTests
{
    private static async Task<JsonElement> BodyAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"{(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement;
    }

    private static async Task ProblemAsync(HttpResponseMessage response, string field)
    {
        var problem = await BodyAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"no error for {field}: {problem}");
    }

    [Fact]
    public async Task EducationIsStartedOnceAndEndedOnceAndTheCandidateShowsIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var start = new { kind = "diplomaCourse", startDate = new DateOnly(2026, 4, 1), isGoal = true };

        var created = await BodyAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education", start), HttpStatusCode.Created);
        var again = await BodyAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education", start), HttpStatusCode.OK);
        var educationId = created.GetProperty("id").GetString();
        Assert.Equal(educationId, again.GetProperty("id").GetString());
        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education", new { kind = "school", startDate = "2026-04-01", isGoal = true }), "kind");
        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education", new { kind = "regular", startDate = "2026-04-01" }), "isGoal");
        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education/{educationId}/end", new { endDate = "2026-03-01" }), "endDate");

        var ended = await BodyAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education/{educationId}/end", new { endDate = "2026-06-30" }), HttpStatusCode.OK);
        Assert.Equal("2026-06-30", ended.GetProperty("endDate").GetString());
        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/education/{educationId}/end", new { endDate = "2026-07-30" }), "education");
        Assert.Equal(HttpStatusCode.NotFound, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/education/e-none/end", new { endDate = "2026-06-30" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await p.CoachB.PostAsJsonAsync($"candidates/{id}/education", start)).StatusCode);

        var education = Assert.Single((await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("education").EnumerateArray());
        Assert.Equal(("diplomaCourse", true, "2026-04-01", "2026-06-30"), (education.GetProperty("kind").GetString(),
            education.GetProperty("isGoal").GetBoolean(), education.GetProperty("startDate").GetString(), education.GetProperty("endDate").GetString()));
    }

    [Fact]
    public async Task ReasonsComeFromTheCatalogueWithAnOptionalNoteAndFreeTextIsRefused()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false);

        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = "2026-09-30", reason = "Contract niet verlengd" }), "reason");
        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = "2026-09-30" }), "reason");
        var ended = await BodyAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end",
            new { endDate = "2026-09-30", reason = "otherJob", reasonNote = "Meer uren elders" }), HttpStatusCode.OK);
        Assert.Equal(("otherJob", "Meer uren elders"), (ended.GetProperty("endReason").GetString(), ended.GetProperty("endReasonNote").GetString()));

        await ProblemAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = "2026-10-01", reason = "Verhuisd" }), "reason");
        await BodyAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = "2026-10-01", reason = "moved" }), HttpStatusCode.OK);
        var row = await p.Table(CaseloadStore.CandidatesTable).GetEntityAsync<TableEntity>(TestProgramme.Id, id);
        var referral = CandidateRows.ToCandidate(row.Value).CurrentReferral;
        Assert.Equal(new Reason<DischargeReason>(DischargeReason.Moved, null), referral.Discharge);
    }

    [Fact]
    public async Task ATrialDecisionIsContractExtendedOrStoppedWithADateAndOnlyForATrialPlacement()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, regular) = await p.EnrolWithJobAsync(consent: false);
        var trial = await BodyAsync(await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = "Kwekerij", jobTitle = "Hulp", sector = "A", startDate = "2026-07-01", contractHoursPerWeek = 0, competitive = false,
            kind = "proefplaatsing", trialEndDate = "2026-09-30", trialGoals = "Zelfstandig werken",
        }), HttpStatusCode.Created);
        var trialId = trial.GetProperty("id").GetString();

        await ProblemAsync(await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{regular}", new { trialDecision = "contract", trialDecisionDate = "2026-09-30" }), "trialDecision");
        await ProblemAsync(await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{trialId}", new { trialDecision = "contract" }), "trialDecisionDate");
        await ProblemAsync(await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{trialId}", new { trialDecision = "vast contract", trialDecisionDate = "2026-09-30" }), "trialDecision");
        var decided = await BodyAsync(await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{trialId}",
            new { trialDecision = "contract", trialDecisionDate = "2026-09-30" }), HttpStatusCode.OK);

        Assert.Equal(("contract", "2026-09-30"), (decided.GetProperty("trialDecision").GetString(), decided.GetProperty("trialDecisionDate").GetString()));
        Assert.Equal(JsonValueKind.Null, decided.GetProperty("trialDecisionNote").ValueKind);
    }

    [Fact]
    public async Task RowsWithFreeTextFromBeforeTheCataloguesStayReadable()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false);
        var jobs = p.Table(CaseloadStore.JobsTable);
        var row = (await jobs.GetEntityAsync<TableEntity>(TestProgramme.Id, CandidateRows.JobKey(id, jobId))).Value;
        row["EndDate"] = "2026-09-30";
        row["EndReason"] = "Contract niet verlengd";
        row["TrialDecision"] = "Vast contract aangeboden";
        await jobs.UpdateEntityAsync(row, row.ETag);

        var job = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];

        Assert.Equal(("other", "Contract niet verlengd"), (job.GetProperty("endReason").GetString(), job.GetProperty("endReasonNote").GetString()));
        Assert.Equal(JsonValueKind.Null, job.GetProperty("trialDecision").ValueKind);
        Assert.Equal("Vast contract aangeboden", job.GetProperty("trialDecisionNote").GetString());
        var stored = CandidateRows.ToJob(row) with { Kind = PlacementKind.Proefplaatsing };
        var facts = CandidateViews.Job(StaffText.Nl, stored, new DateOnly(2026, 10, 1), discharged: false, StaffNames.Of([], [])).Facts;
        Assert.Contains(facts, f => f.Value.Contains("Anders: Contract niet verlengd", StringComparison.Ordinal));
        Assert.Contains(facts, f => f.Value == "Vast contract aangeboden");
    }
}
