namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// When a job's onboarding ends (3 months after its start), "Vandaag" asks the coach to review the fit, linking to the
/// candidate page's agenda, until the coach marks it reviewed; then the line drops down among the handled ones.
/// </summary>
public sealed class FitReviewTests
{
    private static async Task<Dictionary<string, AngleSharp.Dom.IElement>> OnboardingLinesAsync(StaffSession coach) =>
        Dom.Parse(await coach.PageAsync("today")).QuerySelectorAll("li[data-reason='OnboardingEnds']")
            .ToDictionary(li => li.GetAttribute("data-candidate") ?? "");

    [Fact]
    public async Task TheEndOfOnboardingPutsAFitReviewOnVandaagUntilTheCoachMarksItReviewed()
    {
        await using var p = await TestProgramme.StartAsync();
        var ending = await p.EnrolIdAsync(p.Today.AddMonths(-5));
        var jobId = await p.StartJobAsync(ending, p.Today.AddMonths(-3).AddDays(2), consent: true);
        var early = await p.EnrolIdAsync(p.Today.AddMonths(-3));
        await p.StartJobAsync(early, p.Today.AddMonths(-1), consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var before = await OnboardingLinesAsync(coach);
        var page = Dom.Parse(await coach.PageAsync("candidates/" + ending));
        var action = page.QuerySelector("#fit-review form")?.GetAttribute("action") ?? "";
        var marked = await coach.PostAsync(action[(action.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..], [], "candidates/" + ending);
        var again = await coach.PostAsync(action[(action.IndexOf("/staff/", StringComparison.Ordinal) + "/staff/".Length)..], [], "candidates/" + ending);
        var after = await OnboardingLinesAsync(coach);
        var pageAfter = Dom.Parse(await coach.PageAsync("candidates/" + ending));

        var line = Assert.Single(before).Value;
        Assert.Equal(ending, before.Keys.Single());
        Assert.Null(line.GetAttribute("data-handled"));
        Assert.Contains("Passendheid bespreken", line.Text(), StringComparison.Ordinal);
        Assert.EndsWith($"candidates/{ending}#fit-review", line.QuerySelector("a[href$='#fit-review']")?.GetAttribute("href"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#driegesprek"));
        Assert.Equal("Passendheid besproken", page.QuerySelector("#fit-review button")?.Text());
        Assert.Equal(HttpStatusCode.SeeOther, marked.StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, again.StatusCode);
        Assert.Equal("true", after[ending].GetAttribute("data-handled"));
        Assert.Null(pageAfter.QuerySelector("#fit-review form"));
        Assert.StartsWith("Passendheid besproken op ", pageAfter.QuerySelector("#fit-review .notice")?.Text(), StringComparison.Ordinal);
        var rows = await p.Table(IpsMonitor.Workspace.FitReviewStore.Table).QueryAsync<TableEntity>().ToListAsync();
        Assert.Equal($"{ending}|{jobId}", Assert.Single(rows).RowKey);
        var audit = p.Service<TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(AuditLog.Table));
        Assert.Single(await audit.QueryAsync<TableEntity>(r => r.GetString("CandidateId") == ending).Where(r => r.GetString("Action") == "mark fit reviewed").ToListAsync());
        var export = await p.Coordinator.GetFromJsonAsync<JsonElement>($"candidates/{ending}/export");
        Assert.Equal(jobId, export.GetProperty("fitReviews")[0].GetProperty("jobId").GetString());
    }
}
