namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The job start form's adjustment and supervisor parts and the adjustment forms, posted as a browser would: the API's
/// rules, nothing half-stored on an error, the row numbers in the errors those on the form.
/// </summary>
public sealed class AdjustmentFormTests
{
    private static Dictionary<string, string> Job(DateOnly start) => new()
    {
        ["employer"] = "Bakkerij De Korf", ["jobTitle"] = "Hulp", ["sector"] = "C", ["startDate"] = start.ToString("O"),
        ["contractHoursPerWeek"] = "16", ["kind"] = "Regular", ["competitive"] = "true",
    };

    [Fact]
    public async Task AJobStartWithOneBadAdjustmentStoresNoJobAndPointsAtThatRow()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Job(today.AddDays(-7));
        form["adjustments[0].kind"] = "ExtraBreaks";
        form["adjustments[0].startDate"] = today.AddDays(-7).ToString("O");
        form["adjustments[0].reviewDate"] = today.AddMonths(2).ToString("O");
        // Row 2 left empty, row 3 an "other" without a description or dates.
        form["adjustments[2].kind"] = "Other";
        form["supervisor.consent"] = "false";
        form["supervisor.candidateFirstName"] = "Sam";

        var response = await coach.PostAsync($"candidates/{id}/jobs", form, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = Dom.Parse(await response.Content.ReadAsStringAsync());
        var fields = page.QuerySelectorAll("#form-errors li").Select(li => li.GetAttribute("data-field")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "adjustments[1].kind", "adjustments[2].description", "adjustments[2].reviewDate",
            "supervisor.candidateFirstName" }, fields);
        Assert.DoesNotContain("adjustments[0].kind", fields);
        Assert.Equal("true", page.GetElementById("jobstart-adjustments[2].description")?.GetAttribute("aria-invalid"));
        Assert.Equal("ExtraBreaks", page.QuerySelector("select[name='adjustments[0].kind'] option[selected]")?.GetAttribute("value"));
        Assert.Empty(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None));
    }

    [Fact]
    public async Task ARegularJobIsCompetitiveWithoutBeingAsked()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Job(today.AddDays(-7));
        form.Remove("competitive");

        var response = await coach.PostAsync($"candidates/{id}/jobs", form, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var job = Assert.Single(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None));
        Assert.True(job.Competitive);
    }

    [Fact]
    public async Task AnAdjustmentStartsWithTheJobAndEachErrorNamesItsAdjustment()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var start = today.AddDays(-7);
        var form = Job(start);
        form["adjustments[0].kind"] = "Other";
        form["adjustments[0].startDate"] = start.ToString("O");
        form["adjustments[0].reviewDate"] = today.AddMonths(2).ToString("O");
        // Six days before the job: there is no job to adjust yet.
        form["adjustments[1].kind"] = "ExtraBreaks";
        form["adjustments[1].startDate"] = start.AddDays(-6).ToString("O");
        form["adjustments[1].reviewDate"] = today.AddMonths(2).ToString("O");

        var response = await coach.PostAsync($"candidates/{id}/jobs", form, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var lines = Dom.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("#form-errors li")
            .ToDictionary(li => li.GetAttribute("data-field") ?? "", li => li.TextContent.Trim());
        Assert.StartsWith("Aanpassing 1:", lines["adjustments[0].description"], StringComparison.Ordinal);
        Assert.StartsWith("Aanpassing 2:", lines["adjustments[1].startDate"], StringComparison.Ordinal);
        Assert.Empty(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None));
    }

    [Fact]
    public async Task ConsentWithoutOpenheidIsSaidOnceWhileBothFieldsAreMarked()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        var jobId = await p.StartJobAsync(id, today.AddDays(-30), consent: false);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Job(today.AddDays(-7));
        form["supervisor.consent"] = "true";
        form["supervisor.disclosure"] = "None";

        var start = Dom.Parse(await (await coach.PostAsync($"candidates/{id}/jobs", form, $"candidates/{id}")).Content.ReadAsStringAsync());
        var consent = Dom.Parse(await (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/consent",
            new() { ["disclosure"] = "None", ["supervisorConsent"] = "true" }, $"candidates/{id}")).Content.ReadAsStringAsync());

        foreach (var (page, formId, fields) in new (AngleSharp.Dom.IDocument, string, string[])[]
        {
            (start, "jobstart", new[] { "supervisor.consent", "supervisor.disclosure" }),
            (consent, "consent-" + jobId, new[] { "supervisorConsent", "disclosure" }),
        })
        {
            var lines = page.QuerySelectorAll("#form-errors li").Select(li => li.TextContent.Trim()).ToList();
            Assert.Equal(lines.Count, lines.Distinct(StringComparer.Ordinal).Count());
            Assert.Single(lines, l => l.Contains("openheid", StringComparison.Ordinal));
            // Both fields stay marked: the disclosure choice is the one every form marks.
            Assert.Equal("true", page.GetElementById($"{formId}-{fields[1]}")?.GetAttribute("aria-invalid"));
        }
    }

    [Fact]
    public async Task TheFirstNameTheSupervisorSeesIsShownOnTheJobAndCorrectedThroughTheConsentForm()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Job(today.AddDays(-7));
        form["supervisor.consent"] = "true";
        form["supervisor.disclosure"] = "SupervisorOnly";
        form["supervisor.name"] = "Mevrouw Jansen";
        form["supervisor.candidateFirstName"] = "Sam";
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs", form, $"candidates/{id}")).StatusCode);
        var jobId = Assert.Single(await p.Service<IpsMonitor.Caseload.CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None)).Id;

        var shown = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        Assert.Equal("Sam", shown.QuerySelector($"#job-{jobId} [data-field='candidateFirstName']")?.TextContent);
        Assert.Equal("Sam", shown.GetElementById($"consent-{jobId}-candidateFirstName")?.GetAttribute("value"));
        Assert.Contains("Mevrouw Jansen", shown.GetElementById($"job-{jobId}")?.TextContent, StringComparison.Ordinal);

        var correct = new Dictionary<string, string>
        {
            ["disclosure"] = "SupervisorOnly", ["supervisorConsent"] = "true", ["supervisorName"] = "Mevrouw Jansen", ["candidateFirstName"] = "Samira",
        };
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/consent", correct, $"candidates/{id}")).StatusCode);
        // The same rule as at the start: letters only.
        correct["candidateFirstName"] = "Sam1";
        var refused = await coach.PostAsync($"candidates/{id}/jobs/{jobId}/consent", correct, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(Dom.Parse(await refused.Content.ReadAsStringAsync()).QuerySelectorAll("#form-errors li"),
            li => li.GetAttribute("data-field") == "candidateFirstName");
        var job = await p.Service<IpsMonitor.Caseload.CaseloadStore>().JobAsync(TestProgramme.Id, id, jobId, CancellationToken.None);
        Assert.Equal("Samira", job?.Supervisor.CandidateFirstName);
        Assert.Equal("Mevrouw Jansen", job?.Supervisor.Name);
    }

    [Fact]
    public async Task AnAdjustmentIsAddedAndDecidedThroughTheFormsAndARepeatStoresNothingNew()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        var jobId = await p.StartJobAsync(id, today.AddDays(-30), consent: false);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = $"candidates/{id}";
        var add = new Dictionary<string, string>
        {
            ["adjustments[0].kind"] = "QuietWorkplace", ["adjustments[0].startDate"] = today.ToString("O"),
            ["adjustments[0].reviewDate"] = today.AddDays(-1).ToString("O"),
        };

        var early = await coach.PostAsync($"{page}/jobs/{jobId}/adjustments", add, page);
        Assert.Equal(HttpStatusCode.BadRequest, early.StatusCode);
        Assert.Equal("adjustments[0].reviewDate",
            Dom.Parse(await early.Content.ReadAsStringAsync()).QuerySelector("#form-errors li")?.GetAttribute("data-field"));
        Assert.Empty(Assert.Single(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None)).Adjustments);
        add["adjustments[0].reviewDate"] = today.AddMonths(1).ToString("O");
        var added = await coach.PostAsync($"{page}/jobs/{jobId}/adjustments", add, page);
        var again = await coach.PostAsync($"{page}/jobs/{jobId}/adjustments", add, page);
        var decision = new Dictionary<string, string> { ["decision"] = "Keep", ["effect"] = "Rustiger" };
        var kept = await coach.PostAsync($"{page}/jobs/{jobId}/adjustments/a1/decisions", decision, page);
        var keptAgain = await coach.PostAsync($"{page}/jobs/{jobId}/adjustments/a1/decisions", decision, page);

        Assert.Equal(HttpStatusCode.SeeOther, added.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, kept.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, keptAgain.StatusCode);
        var job = Assert.Single(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None));
        var quiet = Assert.Single(job.Adjustments);
        Assert.Equal((AdjustmentStatus.Kept, "Rustiger", "coach-a"), (quiet.Status, Assert.Single(quiet.Decisions).Effect, quiet.Decisions[0].CoachId));
        var shown = Dom.Parse(await coach.PageAsync(page));
        Assert.Contains("Rustiger", shown.QuerySelector("li[data-adjustment=a1] ol.decisions")?.TextContent, StringComparison.Ordinal);
    }
}
