namespace IpsMonitor.Tests.Caseload;

/// <summary>Requests from a sweep of hostile input, against the running app: each is refused with a problem naming the field, and nothing is stored.</summary>
public sealed class HostileInputTests
{
    private static readonly string[] InternalWords = ["IpsMonitor", "System.", "`", "Exception", ".NET"];

    private static StringContent Raw(string json) => new(json, Encoding.UTF8, "application/json");

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, string field)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {text}");
        Assert.All(InternalWords, w => Assert.DoesNotContain(w, text, StringComparison.Ordinal));
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.True(problem.TryGetProperty("errors", out var errors) && errors.TryGetProperty(field, out _), $"no error for {field}: {text}");
        return problem;
    }

    [Fact]
    public async Task ANumberForAnEnumIsRefusedAsAJobKindARespondentAndARole()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));

        var job = await p.CoachA.PostAsync($"candidates/{id}/jobs", Raw("""
            {"employer":"Bakkerij","jobTitle":"Medewerker","sector":"C","startDate":"2026-06-01","contractHoursPerWeek":16,"competitive":true,"kind":9}
            """));
        var link = await p.CoachA.PostAsync($"candidates/{id}/invitations", Raw("""{"respondent":2}"""));
        var key = await p.Coordinator.PostAsync($"programmes/{TestProgramme.Id}/keys", Raw("""{"role":2,"label":"sleutel"}"""));
        var combined = await p.CoachA.PostAsync($"candidates/{id}/invitations", Raw("""{"respondent":"supervisor, candidate"}"""));

        await ProblemAsync(job, "kind");
        await ProblemAsync(link, "respondent");
        await ProblemAsync(key, "role");
        await ProblemAsync(combined, "respondent");
        Assert.Equal(0, (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs").GetArrayLength());
        Assert.Empty((await p.CoachA.GetFromJsonAsync<JsonElement[]>($"candidates/{id}/invitations"))!);
    }

    [Fact]
    public async Task ABodyWithADuplicatePropertyIsRefusedAlsoWhenItDiffersOnlyInCase()
    {
        await using var p = await TestProgramme.StartAsync();

        var differentCase = await p.Coordinator.PutAsync($"programmes/{TestProgramme.Id}/coaches/coach-a", Raw("""{"fte":1,"FTE":0.01}"""));
        var sameCase = await p.Coordinator.PutAsync($"programmes/{TestProgramme.Id}/coaches/coach-a", Raw("""{"fte":1,"fte":0.01}"""));

        await ProblemAsync(differentCase, "FTE");
        await ProblemAsync(sameCase, "fte");
        Assert.Equal(1m, (await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None))!.Fte);
    }

    [Fact]
    public async Task ProblemsNameTheJsonFieldAndNoInternalType()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false);

        await ProblemAsync(await p.Coordinator.PutAsync($"programmes/{TestProgramme.Id}/coaches/coach-a", Raw("""{"fte":1,"bonus":2}""")), "bonus");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"adjustments":5}""")), "adjustments");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"adjustments":[{"kind":"other","startDate":"gisteren"}]}""")), "adjustments[0].startDate");
        await ProblemAsync(await p.CoachA.PostAsync($"candidates/{id}/jobs/{jobId}/end", Raw("""{"endDate":{"day":1}}""")), "endDate");
    }

    [Fact]
    public async Task DatesOutsideAPlausibleRangeAreRefusedAndNothingChanges()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false);
        var caseload = $"programmes/{TestProgramme.Id}/candidates";

        await ProblemAsync(await p.CoachA.PostAsync(caseload, Raw("""{"referralDate":"0001-01-01","employedAtReferral":false}""")), "referralDate");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"trialEndDate":"0001-01-01"}""")), "trialEndDate");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"trialEndDate":"2026-05-01"}""")), "trialEndDate");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"trialEndDate":"2027-12-01"}""")), "trialEndDate");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""
            {"adjustments":[{"kind":"extraBreaks","startDate":"0001-01-01","reviewDate":"9999-12-31"}]}
            """)), "adjustments[0].startDate");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""
            {"adjustments":[{"kind":"extraBreaks","startDate":"2026-06-01","reviewDate":"2028-09-01"}]}
            """)), "adjustments[0].reviewDate");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""
            {"adjustments":[{"kind":"extraBreaks","startDate":"2025-01-01","reviewDate":"2026-09-01"}]}
            """)), "adjustments[0].startDate");
        await ProblemAsync(await p.CoachA.PostAsync($"candidates/{id}/discharge", Raw("""{"dischargeDate":"9999-12-31","reason":"moved"}""")), "dischargeDate");

        var job = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];
        Assert.Equal(JsonValueKind.Null, job.GetProperty("trialEndDate").ValueKind);
        Assert.Equal(0, job.GetProperty("adjustments").GetArrayLength());
        Assert.Single((await p.CoachA.GetFromJsonAsync<JsonElement[]>(caseload))!);
    }

    [Fact]
    public async Task AReferralDateOfYearOneStoredBeforeTheRangeExistedBreaksNoJobStart()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 3, 1));
        var candidates = p.Table(CaseloadStore.CandidatesTable);
        var row = (await candidates.GetEntityAsync<TableEntity>(TestProgramme.Id, id)).Value;
        row["Referrals"] = """[{"referralDate":"0001-01-01","employedAtReferral":false}]""";
        await candidates.UpdateEntityAsync(row, row.ETag);

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer = "Bakkerij", jobTitle = "Medewerker", sector = "C", startDate = new DateOnly(2026, 6, 1), contractHoursPerWeek = 16,
            competitive = true, kind = "regular",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
    }

    [Fact]
    public async Task ControlAndInvisibleCharactersAreRefusedInEveryKindOfText()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolWithJobAsync(consent: false);
        var caseload = $"programmes/{TestProgramme.Id}/candidates";

        await ProblemAsync(await p.CoachA.PostAsync($"candidates/{id}/jobs/{jobId}/end", Raw("""{"endDate":"2026-07-01","reason":"other","reasonNote":"Klaar\u0000\u0007"}""")), "reasonNote");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"trialDecision":"Vast\uFFFE"}""")), "trialDecision");
        await ProblemAsync(await p.CoachA.PatchAsync($"candidates/{id}/jobs/{jobId}", Raw("""{"trialGoals":"Eerst\u2028dan"}""")), "trialGoals");
        await ProblemAsync(await p.Coordinator.PostAsync($"programmes/{TestProgramme.Id}/keys", Raw("""{"role":"coordinator","label":"\u200B"}""")), "label");
        await ProblemAsync(await p.CoachA.PostAsync(caseload, Raw("""{"referralDate":"2026-09-01","employedAtReferral":false,"email":"gro.elpmaxe@\u202Eeveline"}""")), "email");
        await ProblemAsync(await p.CoachA.PostAsync(caseload, Raw("""{"referralDate":"2026-09-01","employedAtReferral":false,"email":"eve\u200Bline@example.org"}""")), "email");
        await ProblemAsync(await p.CoachA.PutAsync($"candidates/{id}/jobs/{jobId}/consent", Raw("""
            {"disclosure":"full","supervisorConsent":true,"supervisorName":"Chef","supervisorEmail":"chef@exa\u202Emple.org"}
            """)), "supervisorEmail");

        var job = (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs")[0];
        Assert.Equal(JsonValueKind.Null, job.GetProperty("endDate").ValueKind);
        Assert.Equal(JsonValueKind.Null, job.GetProperty("trialDecision").ValueKind);
        Assert.Single((await p.CoachA.GetFromJsonAsync<JsonElement[]>(caseload))!);
    }

    [Theory]
    [InlineData("severity=Urgent,Info", "severity", "urgent")]
    [InlineData("severity=2", "severity", "attention")]
    [InlineData("severity=urgent&severity=info", "severity", "info")]
    [InlineData("state=open,resolved", "state", "resolved")]
    [InlineData("state=", "state", "all")]
    [InlineData("type=decline,overload", "type", "no_response")]
    [InlineData("type=anything", "type", "hours_gap")]
    public async Task ASignalFilterThatIsNotExactlyOneNameIsABadRequestNamingTheAllowedValues(string query, string field, string named)
    {
        await using var p = await TestProgramme.StartAsync();

        var response = await p.Coordinator.GetAsync($"programmes/{TestProgramme.Id}/signals?{query}");

        var problem = await ProblemAsync(response, field);
        Assert.Contains(named, problem.GetProperty("errors").GetProperty(field)[0].GetString(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await p.Coordinator.GetAsync($"programmes/{TestProgramme.Id}/signals?severity=Urgent&state=all&type=decline")).StatusCode);
    }
}
