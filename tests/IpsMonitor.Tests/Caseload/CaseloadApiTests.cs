namespace IpsMonitor.Tests.Caseload;

public sealed class CaseloadApiTests
{
    private static Uri Caseload => new($"programmes/{TestProgramme.Id}/candidates", UriKind.Relative);

    [Fact]
    public async Task AnEnrolledCandidateGetsAPseudonymousIdAndAppearsAsLookingForWork()
    {
        await using var p = await TestProgramme.StartAsync();

        var enrolled = await p.EnrolAsync(new DateOnly(2026, 9, 1), email: "kandidaat@example.org");
        var list = await p.CoachA.GetFromJsonAsync<JsonElement[]>(Caseload);

        var id = enrolled.GetProperty("id").GetString()!;
        Assert.Matches("^k-[0-9a-f]{32}$", id);
        var row = Assert.Single(list!);
        Assert.Equal(id, row.GetProperty("id").GetString());
        Assert.Equal("looking-for-work", row.GetProperty("status").GetString());
        Assert.True(row.GetProperty("hasEmail").GetBoolean());
        Assert.DoesNotContain("kandidaat@example.org", list![0].GetRawText(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, row.GetProperty("lastCheckIn").ValueKind);
        Assert.NotEqual(JsonValueKind.Null, row.GetProperty("nextCheckInDue").ValueKind);
    }

    [Fact]
    public async Task AJobStartEndAndDischargeMoveTheStatusAlong()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: true);
        Assert.Equal("in-work", (await Candidate(p, id)).GetProperty("status").GetString());

        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = new DateOnly(2026, 9, 30), reason = "contractEnded" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        Assert.Equal("looking-for-work", (await Candidate(p, id)).GetProperty("status").GetString());

        var discharged = await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = new DateOnly(2026, 10, 15), reason = "moved" });
        Assert.Equal(HttpStatusCode.OK, discharged.StatusCode);
        Assert.Equal("discharged", (await Candidate(p, id)).GetProperty("status").GetString());

        var referred = await p.CoachA.PostAsJsonAsync($"candidates/{id}/referrals", new { referralDate = new DateOnly(2026, 11, 2), employedAtReferral = false });
        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
        var again = await Candidate(p, id);
        Assert.Equal("looking-for-work", again.GetProperty("status").GetString());
        Assert.Equal(2, again.GetProperty("referrals").GetInt32());
        Assert.Equal("2026-11-02", again.GetProperty("referralDate").GetString());
    }

    [Fact]
    public async Task AnEndedJobKeepsItsEndAndADischargeCanBePutRightTheSameDay()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: true);
        var end = new { endDate = new DateOnly(2026, 9, 30), reason = "contractEnded", reasonNote = "Tijdelijk contract" };

        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", end)).StatusCode);
        // The same end again (a double submit) changes nothing; another end is refused and overwrites nothing.
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", end)).StatusCode);
        var other = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = new DateOnly(2026, 10, 1), reason = "health" });
        Assert.Equal(HttpStatusCode.Conflict, other.StatusCode);
        var job = (await Candidate(p, id)).GetProperty("jobs").EnumerateArray().Single();
        Assert.Equal("2026-09-30", job.GetProperty("endDate").GetString());
        Assert.Equal("contractEnded", job.GetProperty("endReason").GetString());
        Assert.Equal("Tijdelijk contract", job.GetProperty("endReasonNote").GetString());

        var today = p.Today;
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = today, reason = "moved" })).StatusCode);
        var referred = await p.CoachA.PostAsJsonAsync($"candidates/{id}/referrals", new { referralDate = today, employedAtReferral = false });
        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
        Assert.Equal("looking-for-work", (await Candidate(p, id)).GetProperty("status").GetString());
    }

    [Fact]
    public async Task AJobKeepsItsAdjustmentsKindAndConsent()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = "Gemeente", jobTitle = "Groenonderhoud", sector = "O", startDate = new DateOnly(2026, 5, 1),
            contractHoursPerWeek = 3, competitive = false, kind = "proefplaatsing", trialEndDate = new DateOnly(2026, 7, 31), trialGoals = "Ritme opbouwen",
            adjustments = new[] { new { kind = "stepwiseBuildUp", startDate = new DateOnly(2026, 5, 1), reviewDate = new DateOnly(2026, 6, 1) } },
            supervisor = new { consent = false, disclosure = "viaIpsOnly" },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var job = (await Candidate(p, id)).GetProperty("jobs")[0];
        Assert.Equal("proefplaatsing", job.GetProperty("kind").GetString());
        Assert.False(job.GetProperty("countsAsJobStart").GetBoolean());
        Assert.Equal("stepwiseBuildUp", job.GetProperty("adjustments")[0].GetProperty("kind").GetString());
        Assert.Equal("2026-06-01", job.GetProperty("adjustments")[0].GetProperty("reviewDate").GetString());
        Assert.False(job.GetProperty("supervisorConsent").GetBoolean());
        Assert.Equal("viaIpsOnly", job.GetProperty("disclosure").GetString());
    }

    [Fact]
    public async Task EnrollingTwiceWithTheSameLocalReferenceMakesNoTwin()
    {
        await using var p = await TestProgramme.StartAsync();
        var body = new { referralDate = new DateOnly(2026, 9, 1), employedAtReferral = false, localReference = "dossier-17" };

        var first = await p.CoachA.PostAsJsonAsync(Caseload, body);
        var second = await p.CoachA.PostAsJsonAsync(Caseload, body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, second.StatusCode);
        var firstId = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Equal(firstId, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("candidateId").GetString());
        Assert.Single((await p.CoachA.GetFromJsonAsync<JsonElement[]>(Caseload))!);
    }

    public static TheoryData<string, string, HttpStatusCode, string> BadEnrolments => new()
    {
        { "text/plain", """{"referralDate":"2026-09-01","employedAtReferral":false}""", HttpStatusCode.UnsupportedMediaType, "application/json" },
        { "application/json", "{not json", HttpStatusCode.BadRequest, "Invalid JSON" },
        { "application/json", """{"referralDate":"2026-09-01","employedAtReferral":false,"diagnosis":"x"}""", HttpStatusCode.BadRequest, "diagnosis" },
        { "application/json", """{"referralDate":"yesterday","employedAtReferral":false}""", HttpStatusCode.BadRequest, "referralDate" },
        { "application/json", """{"employedAtReferral":false}""", HttpStatusCode.BadRequest, "referral date is required" },
        { "application/json", """{"referralDate":"2099-01-01","employedAtReferral":false}""", HttpStatusCode.BadRequest, "future" },
        { "application/json", """{"referralDate":"2026-09-01","employedAtReferral":false,"language":"de"}""", HttpStatusCode.BadRequest, "'nl', 'en' or 'fr'" },
        { "application/json", """{"referralDate":"2026-09-01","employedAtReferral":false,"email":"not-an-address"}""", HttpStatusCode.BadRequest, "e-mail" },
        { "application/json", "{\"referralDate\":\"2026-09-01\",\"employedAtReferral\":false,\"localReference\":\"" + new string('x', 40_000) + "\"}", HttpStatusCode.RequestEntityTooLarge, "at most 32 KB" },
    };

    [Theory]
    [MemberData(nameof(BadEnrolments))]
    public async Task BadEnrolmentInputGetsProblemDetailsAndStoresNothing(string contentType, string body, HttpStatusCode status, string mentions)
    {
        await using var p = await TestProgramme.StartAsync();

        var response = await p.CoachA.PostAsync(Caseload, new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains(mentions, await response.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        Assert.Empty((await p.CoachA.GetFromJsonAsync<JsonElement[]>(Caseload))!);
    }

    [Fact]
    public async Task ABadJobStartNamesEachFieldAndStoresNoJob()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = "", jobTitle = "Medewerker", sector = "Q", startDate = new DateOnly(2026, 5, 1), contractHoursPerWeek = 80,
            competitive = true, kind = "proefplaatsing",
            adjustments = new[] { new { kind = "extraBreaks", startDate = new DateOnly(2026, 5, 1), reviewDate = new DateOnly(2026, 4, 1) } },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        foreach (var field in new[] { "employer", "contractHoursPerWeek", "trialEndDate", "competitive", "adjustments[0].reviewDate" })
            Assert.True(errors.TryGetProperty(field, out _), $"no error for {field}: {errors}");
        Assert.Equal(0, (await Candidate(p, id)).GetProperty("jobs").GetArrayLength());
    }

    private static async Task<JsonElement> Candidate(TestProgramme p, string id) =>
        (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}"))!;
}
