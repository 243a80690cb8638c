using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Caseload;

public sealed class CompetitiveAndHoursTests
{
    private static object Start(string kind, bool competitive) => new
    {
        employer = "Kwekerij", jobTitle = "Medewerker", sector = "A", startDate = new DateOnly(2026, 10, 5), contractHoursPerWeek = 16,
        competitive, kind, trialEndDate = kind == "proefplaatsing" ? new DateOnly(2026, 12, 5) : (DateOnly?)null,
        trialGoals = kind == "proefplaatsing" ? "Ritme opbouwen" : null,
    };

    [Theory]
    [InlineData("werkervaringsplek", true)]
    [InlineData("proefplaatsing", true)]
    [InlineData("other", true)]
    [InlineData("regular", false)]
    public async Task AKindThatContradictsCompetitiveIsRefusedWithProblemDetailsAndNothingIsStored(string kind, bool competitive)
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 9, 1));

        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", Start(kind, competitive));

        var problem = await ApiProblem.AssertAsync(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("competitive")[0].GetString()!;
        Assert.Contains(competitive ? "never a competitive job" : "A regular job is competitive", message, StringComparison.Ordinal);
        Assert.Equal(0, (await p.CoachA.GetFromJsonAsync<JsonElement>($"candidates/{id}")).GetProperty("jobs").GetArrayLength());
        // The form shows the same rule in Dutch, found by the error's code.
        var error = JobValidation.CompetitiveContradiction(Enum.Parse<PlacementKind>(kind, ignoreCase: true), competitive);
        Assert.Equal(message, error?.English);
        Assert.Contains(competitive ? "nooit competitief" : "altijd competitief", StaffText.For("nl").FieldError("competitive", error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CorrectingARegularJobToAWerkervaringsplekThatStaysCompetitiveIsRefused()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 9, 1));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 10, 5), consent: false);

        var refused = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{jobId}", new { kind = "werkervaringsplek" });
        var corrected = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{jobId}", new { kind = "werkervaringsplek", competitive = false });

        await ApiProblem.AssertAsync(refused, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);
    }

    [Fact]
    public async Task ContractHoursChangedAfterAQuarterLeaveThatQuartersRebuiltFiguresAsTheyWere()
    {
        await using var p = await TestProgramme.StartAsync();
        // Today is in 2026-Q4 or later; the job started in Q3 at 10 hours.
        var today = Quarter.LocalDate(p.Clock.GetUtcNow(), Quarter.Amsterdam);
        var q3 = new Quarter(2026, 3);
        Assert.True(today > q3.End);
        var id = await p.EnrolIdAsync(new DateOnly(2026, 7, 1));
        var jobId = await p.StartJobAsync(id, new DateOnly(2026, 8, 3), consent: false, hours: 10);
        var reader = p.Service<ProgrammeReader>();
        var before = QuarterlyMetrics.Compute(await reader.ReadAsync(TestProgramme.Id, CancellationToken.None), q3, Quarter.Amsterdam).Current;

        var changed = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{jobId}", new { contractHoursPerWeek = 24 });
        var data = await reader.ReadAsync(TestProgramme.Id, CancellationToken.None);
        var rebuilt = QuarterlyMetrics.Compute(data, q3, Quarter.Amsterdam).Current;
        var now = QuarterlyMetrics.Compute(data, Quarter.Containing(today), Quarter.Amsterdam).Current;

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        // Q3: one person at 10 hours, before and after the change; this quarter: 24 hours.
        Assert.Equal((new Ratio(0, 1), 10.0), (before.Working20HoursOrMore, before.WeeklyHours.Median!.Value));
        Assert.Equal((before.Working20HoursOrMore, before.WeeklyHours), (rebuilt.Working20HoursOrMore, rebuilt.WeeklyHours));
        Assert.Equal((new Ratio(1, 1), 24.0), (now.Working20HoursOrMore, now.WeeklyHours.Median!.Value));
        var job = Assert.Single(data.Jobs);
        Assert.Equal([new(new DateOnly(2026, 8, 3), 10m), new(today, 24m)], job.HoursHistory);
    }
}
