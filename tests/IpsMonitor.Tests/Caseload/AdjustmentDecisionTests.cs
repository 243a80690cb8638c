namespace IpsMonitor.Tests.Caseload;

/// <summary>
/// Adjustments during a job through the API: added, kept, extended and reversed, each decision appended to a history
/// that is never rewritten, checked on the stored row; a bad or repeated request stores nothing.
/// </summary>
public sealed class AdjustmentDecisionTests
{
    private static async Task<(string Candidate, string Job)> JobWithTwoAdjustmentsAsync(TestProgramme p)
    {
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddMonths(-6));
        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = "Bakkerij", jobTitle = "Medewerker", sector = "C", startDate = today.AddMonths(-4), contractHoursPerWeek = 16,
            competitive = true, kind = "regular",
            adjustments = new object[]
            {
                new { kind = "extraBreaks", startDate = today.AddMonths(-4), reviewDate = today.AddDays(-3) },
                new { kind = "other", description = "Vaste werkplek bij het raam", startDate = today.AddMonths(-4), reviewDate = today.AddDays(-1) },
            },
            supervisor = new { consent = true, name = "Chef", disclosure = "supervisorOnly", candidateFirstName = "Sam" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    private static async Task<(Job Job, Azure.ETag Version)> StoredAsync(TestProgramme p, string id, string jobId) =>
        (await p.Service<CaseloadStore>().JobWithVersionAsync(TestProgramme.Id, id, jobId, CancellationToken.None))!.Value;

    [Fact]
    public async Task ExtendingKeepingAndReversingAppendToTheHistoryAndMoveTheReviewDate()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        var started = (await StoredAsync(p, id, jobId)).Job;
        Assert.Equal(["a1", "a2"], started.Adjustments.Select(a => a.Id));
        Assert.Equal("Sam", started.Supervisor.CandidateFirstName);

        var extend = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a1/decisions",
            new { decision = "extend", effect = "Minder moe na de lunch", newReviewDate = today.AddMonths(3) });
        var reverse = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a2/decisions",
            new { decision = "reverse", effect = "Niet meer nodig", decidedOn = today.AddDays(-1) });
        Assert.Equal(HttpStatusCode.Created, extend.StatusCode);
        Assert.Equal(HttpStatusCode.Created, reverse.StatusCode);
        var keep = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a1/decisions",
            new { decision = "keep", effect = "Blijft nodig" });
        Assert.Equal(HttpStatusCode.Created, keep.StatusCode);

        var job = (await StoredAsync(p, id, jobId)).Job;
        var breaks = job.Adjustments[0];
        Assert.Equal(AdjustmentStatus.Kept, breaks.Status);
        Assert.Equal(today.AddMonths(3), breaks.ReviewDate);
        Assert.Equal([AdjustmentDecisionKind.Extend, AdjustmentDecisionKind.Keep], breaks.Decisions.Select(d => d.Decision));
        Assert.Equal(new AdjustmentDecision(AdjustmentDecisionKind.Extend, today, "coach-a", "Minder moe na de lunch", today.AddMonths(3),
            today.AddDays(-3)), breaks.Decisions[0]);
        var window = job.Adjustments[1];
        Assert.Equal(AdjustmentStatus.Reversed, window.Status);
        Assert.Equal(today.AddDays(-1), Assert.Single(window.Decisions).Date);
        // The history in the API's answer too.
        var dto = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0].GetProperty("adjustments");
        Assert.Equal(2, dto[0].GetProperty("decisions").GetArrayLength());
        Assert.Equal("reverse", dto[1].GetProperty("decisions")[0].GetProperty("decision").GetString());
    }

    [Fact]
    public async Task ARepeatedDecisionOrAdditionStoresNothingNew()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        var decision = new { decision = "extend", effect = "Helpt", newReviewDate = today.AddMonths(2) };
        var added = new { kind = "quietWorkplace", startDate = today, reviewDate = today.AddMonths(2) };

        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a1/decisions", decision)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments", added)).StatusCode);
        var version = (await StoredAsync(p, id, jobId)).Version;
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a1/decisions", decision)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments", added)).StatusCode);

        var (job, after) = await StoredAsync(p, id, jobId);
        Assert.Equal(version, after);
        Assert.Equal(["a1", "a2", "a3"], job.Adjustments.Select(a => a.Id));
        Assert.Single(job.Adjustments[0].Decisions);
    }

    [Theory]
    [InlineData("""{"decision":"extend","effect":"Helpt"}""", "newReviewDate")]
    [InlineData("""{"decision":"keep","effect":"Helpt","newReviewDate":"2026-12-31"}""", "newReviewDate")]
    [InlineData("""{"decision":"reverse"}""", "effect")]
    [InlineData("""{"effect":"Helpt"}""", "decision")]
    [InlineData("""{"decision":"keep","effect":"Helpt","decidedOn":"2020-01-01"}""", "decidedOn")]
    public async Task ABadDecisionNamesItsFieldAndStoresNothing(string body, string field)
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        var version = (await StoredAsync(p, id, jobId)).Version;

        var response = await p.CoachA.PostAsync(new Uri($"candidates/{id}/jobs/{jobId}/adjustments/a1/decisions", UriKind.Relative),
            new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.True((await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty(field, out _));
        Assert.Equal(version, (await StoredAsync(p, id, jobId)).Version);
    }

    [Fact]
    public async Task AReversedAdjustmentAnUnknownOneAndAnEndedJobAreRefused()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        var path = $"candidates/{id}/jobs/{jobId}/adjustments";
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"{path}/a2/decisions", new { decision = "reverse", effect = "Weg" })).StatusCode);

        var again = await p.CoachA.PostAsJsonAsync($"{path}/a2/decisions", new { decision = "keep", effect = "Toch" });
        var unknown = await p.CoachA.PostAsJsonAsync($"{path}/a9/decisions", new { decision = "keep", effect = "Toch" });
        var otherCoach = await p.CoachB.PostAsJsonAsync($"{path}/a1/decisions", new { decision = "keep", effect = "Toch" });
        var end = new { endDate = today.AddDays(-1), reason = "otherJob" };
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", end)).StatusCode);
        var ended = await p.CoachA.PostAsJsonAsync($"{path}/a1/decisions", new { decision = "keep", effect = "Toch" });
        var addedAfterEnd = await p.CoachA.PostAsJsonAsync(path, new { kind = "quietWorkplace", startDate = today, reviewDate = today.AddMonths(2) });

        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherCoach.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, ended.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, addedAfterEnd.StatusCode);
        var job = (await StoredAsync(p, id, jobId)).Job;
        Assert.Single(job.Adjustments[1].Decisions);
        Assert.Empty(job.Adjustments[0].Decisions);
        Assert.Equal(2, job.Adjustments.Count);
    }

    [Fact]
    public async Task AnAdjustmentStoredBeforeIdsAndHistoryExistedIsReadAndCanBeDecidedOn()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        var table = p.Table(CaseloadStore.JobsTable);
        var row = (await table.GetEntityAsync<TableEntity>(TestProgramme.Id, CandidateRows.JobKey(id, jobId))).Value;
        // As rows were written before: no id, no decisions.
        var (from, first, second) = (today.AddMonths(-4), today.AddDays(-3), today.AddDays(-2));
        static string Old(string kind, DateOnly from, DateOnly review, string status) =>
            $$"""{"kind":"{{kind}}","description":null,"startDate":"{{from:yyyy-MM-dd}}","reviewDate":"{{review:yyyy-MM-dd}}","""
            + $"\"status\":\"{status}\"}}";
        row["Adjustments"] = $"[{Old("extraBreaks", from, first, "active")},{Old("fewerHours", from, second, "extended")}]";
        await table.UpdateEntityAsync(row, row.ETag);

        var read = (await StoredAsync(p, id, jobId)).Job;
        Assert.Equal(["a1", "a2"], read.Adjustments.Select(a => a.Id));
        Assert.All(read.Adjustments, a => Assert.Empty(a.Decisions));
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a2/decisions",
            new { decision = "keep", effect = "Helpt" })).StatusCode);
        var decided = (await StoredAsync(p, id, jobId)).Job;
        Assert.Equal(AdjustmentStatus.Kept, decided.Adjustments[1].Status);
        Assert.Equal(AdjustmentStatus.Active, decided.Adjustments[0].Status);
    }

    [Fact]
    public async Task ADecisionClosesTheAdjustmentReviewSignalOnceEveryDueAdjustmentIsDecided()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        var recompute = p.Service<SignalRecompute>();
        async Task<StoredSignal?> ReviewSignalAsync()
        {
            await recompute.RunAsync(TestProgramme.Id, id, CancellationToken.None);
            var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, CancellationToken.None);
            return signals.SingleOrDefault(s => s.Type == SignalTypes.TimelineAdjustmentReviewDue && s.ResolvedAt is null);
        }

        Assert.Equal(2, (await ReviewSignalAsync())!.Evidence.Count);
        await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a1/decisions",
            new { decision = "extend", effect = "Helpt", newReviewDate = today.AddMonths(2) });
        Assert.Single((await ReviewSignalAsync())!.Evidence);
        await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments/a2/decisions", new { decision = "reverse", effect = "Weg" });
        Assert.Null(await ReviewSignalAsync());
    }
}
