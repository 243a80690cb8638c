namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The coach's observation, posted as a browser would: stored on the check-ins' scales, listed on the candidate page and
/// drawn as the third line of the driegesprek charts (dotted, with square points, named in the legend and the table);
/// a rating off its scale stores nothing. An observation is no check-in: the check-in history does not list it.
/// </summary>
public sealed class ObservationFormTests
{
    [Fact]
    public async Task AnObservationIsStoredListedAndDrawnAsTheCoachsLineBesideTheOtherTwo()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolWithJobAsync(consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var historyBefore = Dom.Parse(await coach.PageAsync($"candidates/{id}")).QuerySelectorAll("section[aria-labelledby='history-title'] tbody tr").Length;

        var sent = await coach.PostAsync($"candidates/{id}/observations", new()
        {
            ["observedOn"] = p.Today.AddDays(-2).ToString("O"), ["workAbility"] = "7", ["fit"] = "4", ["taskGrowth"] = "true",
            ["independence"] = "3", ["nextStep"] = "MoreTasks", ["note"] = "Werkt rustig door, vraagt zelf om nieuwe taken.",
        }, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var stored = Assert.Single(await p.Service<ObservationStore>().RecentAsync(TestProgramme.Id, id, 10, CancellationToken.None));
        Assert.Equal((p.Today.AddDays(-2), 7, 4, true, 3, ObservedNextStep.MoreTasks, "coach-a"),
            (stored.ObservedOn, stored.WorkAbility, stored.Fit, stored.TaskGrowth, stored.Independence, stored.NextStep, stored.CoachId));
        var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        var listed = page.QuerySelector("section[aria-labelledby='observations-title']")?.TextContent ?? "";
        Assert.Contains("Werkt rustig door", listed, StringComparison.Ordinal);
        Assert.Contains("Meer of nieuwe taken", listed, StringComparison.Ordinal);
        var chart = page.QuerySelector("figure svg[data-dimension='work_ability']")?.ParentElement;
        var line = chart?.QuerySelector("g[data-series='coach']");
        Assert.Equal("1.5 3", line?.QuerySelector("polyline")?.GetAttribute("stroke-dasharray"));
        Assert.Equal("7", line?.QuerySelector("rect")?.GetAttribute("data-value"));
        Assert.Contains("Begeleider", chart?.QuerySelector(".legend")?.TextContent, StringComparison.Ordinal);
        Assert.NotNull(chart);
        Assert.Contains(chart.QuerySelectorAll("tbody tr"), row => row.TextContent.Contains("Begeleider", StringComparison.Ordinal));
        Assert.Equal("1", page.QuerySelector("svg[data-dimension='task_growth'] g[data-series='coach'] rect")?.GetAttribute("data-value"));
        Assert.Null(page.QuerySelector("svg[data-dimension='hours'] g[data-series='coach']"));
        Assert.Equal(historyBefore, page.QuerySelectorAll("section[aria-labelledby='history-title'] tbody tr").Length);
    }

    [Fact]
    public async Task ARatingOffItsScaleOrNoRatingAtAllStoresNothing()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolWithJobAsync(consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var offScale = await coach.PostAsync($"candidates/{id}/observations",
            new() { ["observedOn"] = p.Today.ToString("O"), ["workAbility"] = "11", ["fit"] = "0" }, $"candidates/{id}");
        var nothing = await coach.PostAsync($"candidates/{id}/observations", new() { ["observedOn"] = p.Today.ToString("O") }, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, offScale.StatusCode);
        var page = Dom.Parse(await offScale.Content.ReadAsStringAsync());
        Assert.Equal("true", page.GetElementById("observation-workAbility")?.GetAttribute("aria-invalid"));
        Assert.Equal("true", page.GetElementById("observation-fit")?.GetAttribute("aria-invalid"));
        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        Assert.Empty(await p.Service<ObservationStore>().RecentAsync(TestProgramme.Id, id, 10, CancellationToken.None));
    }

    /// <summary>An observation without any rating is told which ratings count, not only that work ability runs from 0 to 10.</summary>
    [Fact]
    public async Task AnObservationWithoutAnyRatingIsToldWhichRatingsCount()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolWithJobAsync(consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var nothing = await coach.PostAsync($"candidates/{id}/observations", new() { ["observedOn"] = p.Today.ToString("O") }, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, nothing.StatusCode);
        var error = Dom.Parse(await nothing.Content.ReadAsStringAsync()).QuerySelector("#form-errors li[data-field='workAbility']")?.TextContent;
        Assert.Contains("minstens één beoordeling: werkvermogen, past het werk, zelfstandigheid of takengroei", error, StringComparison.Ordinal);
        Assert.Empty(await p.Service<ObservationStore>().RecentAsync(TestProgramme.Id, id, 10, CancellationToken.None));
    }
}
