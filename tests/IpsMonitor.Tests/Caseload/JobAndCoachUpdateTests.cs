using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Caseload;

public sealed class JobAndCoachUpdateTests
{
    [Fact]
    public async Task AJobUpdateChangesHoursConfirmationAndAdjustments()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false, hours: 3);

        var response = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{jobId}", new
        {
            contractHoursPerWeek = 12, fourPaidHoursConfirmed = true,
            adjustments = new[] { new { kind = "other", description = "Vaste werkplek bij het raam", startDate = new DateOnly(2026, 6, 1), reviewDate = new DateOnly(2026, 12, 1), status = "extended" } },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var job = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];
        Assert.Equal(12m, job.GetProperty("contractHoursPerWeek").GetDecimal());
        Assert.True(job.GetProperty("countsAsJobStart").GetBoolean());
        Assert.Equal("extended", job.GetProperty("adjustments")[0].GetProperty("status").GetString());
        Assert.Equal("Bakkerij", job.GetProperty("employer").GetString());
    }

    [Fact]
    public async Task ABadJobUpdateChangesNothing()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false);

        var bad = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{jobId}", new { contractHoursPerWeek = -1, trialDecision = "ok" });
        var unknownJob = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/j-missing", new { contractHoursPerWeek = 10 });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknownJob.StatusCode);
        var job = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];
        Assert.Equal(16m, job.GetProperty("contractHoursPerWeek").GetDecimal());
        Assert.Equal(JsonValueKind.Null, job.GetProperty("trialDecision").ValueKind);
    }

    [Fact]
    public async Task ACoordinatorAddsACoachWhoCanThenBeGivenCandidates()
    {
        await using var p = await TestProgramme.StartAsync();

        var bad = await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-c", new { fte = 3 });
        var byCoach = await p.CoachA.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-c", new { fte = 1 });
        var unknownCoach = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", new { referralDate = new DateOnly(2026, 9, 1), employedAtReferral = false, coachId = "coach-c" });
        var added = await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-c", new { fte = 0.6 });
        var enrolled = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/candidates", new { referralDate = new DateOnly(2026, 9, 1), employedAtReferral = false, coachId = "coach-c" });

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byCoach.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, unknownCoach.StatusCode);
        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        Assert.Equal("coach-c", (await enrolled.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("coachId").GetString());
    }

    [Fact]
    public async Task ChangingOnlyACoachsFteOnTheApiOrTheTeamPageKeepsTheNameAndPhoneCandidatesCall()
    {
        await using var p = await TestProgramme.StartAsync();
        var url = $"programmes/{TestProgramme.Id}/coaches/coach-a";
        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.PutAsJsonAsync(url, new { fte = 1, name = "Sanne de Vries", phone = "06 1234 5678" })).StatusCode);

        var fteOnly = await p.Coordinator.PutAsJsonAsync(url, new { fte = 0.8 });
        var afterApi = await p.Service<IpsMonitor.Access.AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None);
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var form = await coordinator.PostAsync("team/coaches", new() { ["coachId"] = "coach-a", ["fte"] = "0,6" }, "team");
        var afterForm = await p.Service<IpsMonitor.Access.AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None);
        var cleared = await p.Coordinator.PutAsJsonAsync(url, new { phone = "" });
        var afterClear = await p.Service<IpsMonitor.Access.AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None);

        Assert.Equal(HttpStatusCode.OK, fteOnly.StatusCode);
        Assert.Equal((0.8m, "Sanne de Vries", "06 1234 5678"), (afterApi!.Fte, afterApi.Name, afterApi.Phone));
        Assert.Equal(HttpStatusCode.SeeOther, form.StatusCode);
        Assert.Equal((0.6m, "Sanne de Vries", "06 1234 5678"), (afterForm!.Fte, afterForm.Name, afterForm.Phone));
        Assert.Equal(HttpStatusCode.OK, cleared.StatusCode);
        Assert.Equal((0.6m, "Sanne de Vries", (string?)null), (afterClear!.Fte, afterClear.Name, afterClear.Phone));
    }

    [Fact]
    public async Task TheSameJobStartPostedTwiceIsRecordedOnce()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var body = new { employer = "Bakkerij", jobTitle = "Medewerker", sector = "C", startDate = new DateOnly(2026, 6, 1), contractHoursPerWeek = 16, competitive = true, kind = "regular" };

        var first = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", body);
        var again = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal((await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString(), (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString());
        Assert.Equal(1, (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs").GetArrayLength());
    }

    [Fact]
    public async Task ACoachSetsACandidatesOwnCadenceAndTheNextCheckInMoves()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddDays(-10));

        var set = await p.CoachA.PutAsJsonAsync($"candidates/{id}/cadence", new { lookingWeeks = 4 });
        var bad = await p.CoachA.PutAsJsonAsync($"candidates/{id}/cadence", new { lookingWeeks = 0 });
        var candidate = await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}");
        var reset = await p.CoachA.PutAsJsonAsync($"candidates/{id}/cadence", new { });
        var after = await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}");

        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Equal(today.AddDays(18).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), candidate.GetProperty("nextCheckInDue").GetString());
        Assert.Equal(4, candidate.GetProperty("cadence").GetProperty("lookingWeeks").GetInt32());
        Assert.Equal(HttpStatusCode.OK, reset.StatusCode);
        Assert.Equal(JsonValueKind.Null, after.GetProperty("cadence").ValueKind);
        Assert.Equal(today.AddDays(46).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), after.GetProperty("nextCheckInDue").GetString());
    }
}
