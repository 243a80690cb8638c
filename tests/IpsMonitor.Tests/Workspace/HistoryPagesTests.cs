using AngleSharp.Dom;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The candidate page says what is true of what it shows: a link for the supervisor of the job the coach chose, and an
/// ended job or a discharged candidate as history, not as something that still runs.
/// </summary>
public sealed class HistoryPagesTests
{
    private static async Task<string> StartJobAtAsync(TestProgramme p, string id, string employer, DateOnly start, bool consent)
    {
        var response = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs", new
        {
            employer, jobTitle = "Medewerker", sector = "C", startDate = start, contractHoursPerWeek = 12, competitive = true, kind = "regular",
            adjustments = new[] { new { kind = "extraBreaks", startDate = start, reviewDate = start.AddDays(20) } },
            supervisor = new { consent, name = "Chef", disclosure = "supervisorOnly" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    [Fact]
    public async Task WithTwoRunningJobsTheCoachChoosesWhoseSupervisorTheLinkIsFor()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        await StartJobAtAsync(p, id, "Bakkerij Noord", today.AddDays(-28), consent: true);
        var second = await StartJobAtAsync(p, id, "Tuincentrum Zuid", today.AddDays(-14), consent: true);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        var choices = page.QuerySelectorAll("#handover-title ~ form input[name=respondent]")
            .Select(i => (i.GetAttribute("value"), i.ParentElement!.Text().Trim())).ToList();
        Assert.Equal(3, choices.Count);
        var atSecond = Assert.Single(choices, c => c.Item2 == "De leidinggevende bij Tuincentrum Zuid");
        Assert.Single(choices, c => c.Item2 == "De leidinggevende bij Bakkerij Noord");

        var sent = await coach.PostAsync($"candidates/{id}/links", new() { ["respondent"] = atSecond.Item1! }, $"candidates/{id}");
        Assert.Equal(HttpStatusCode.SeeOther, sent.StatusCode);
        var stored = (await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None))
            .Select(f => f.Invitation).Single(i => i.Respondent == Respondent.Supervisor);
        Assert.Equal(second, stored.JobId);

        // A job id that is not one of the candidate's running jobs asks for nothing.
        var forged = await coach.PostAsync($"candidates/{id}/links", new() { ["respondent"] = "supervisor:j-nothere" }, $"candidates/{id}");
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Single(await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None),
            f => f.Invitation.Respondent == Respondent.Supervisor);
    }

    [Fact]
    public async Task AnEndedJobAndADischargedCandidateReadAsHistory()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        var job = await StartJobAtAsync(p, id, "Bakkerij Noord", today.AddDays(-28), consent: false);
        await p.Service<AccessStore>().SaveCoachAsync(new Coach("coach-a", TestProgramme.Id, 1m) { Name = "Sanne de Vries" },
            CancellationToken.None);
        var adjustment = (await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None)).Single().Adjustments.Single().Id;
        var kept = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{job}/adjustments/{adjustment}/decisions",
            new { decision = "extend", effect = "Minder moe", newReviewDate = today.AddDays(30) });
        Assert.Equal(HttpStatusCode.Created, kept.StatusCode);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var running = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        Assert.Contains("· verlengd", running.QuerySelector($"#job-{job}")!.Text(), StringComparison.Ordinal);
        // Who decided reads as the coach's name, not their code.
        Assert.Contains("(Sanne de Vries)", running.QuerySelector($"#job-{job} ol.decisions")!.Text(), StringComparison.Ordinal);

        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{job}/end", new { endDate = today.AddDays(-1), reason = "contractEnded" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        var card = Dom.Parse(await coach.PageAsync($"candidates/{id}")).QuerySelector($"#job-{job}")!.Text();
        Assert.Contains("gestopt met de baan", card, StringComparison.Ordinal);
        Assert.DoesNotContain("· verlengd", card, StringComparison.Ordinal);
        Assert.Equal("Baan beëindigd", Dom.Parse(await coach.PageAsync($"candidates/{id}/jobs/{job}/end")).QuerySelector("h1")!.Text().Trim());
        // The driegesprek is with the supervisor of a running job: with none, there is no agenda.
        Assert.NotNull(running.GetElementById("driegesprek-title"));
        Assert.Null(Dom.Parse(await coach.PageAsync($"candidates/{id}")).GetElementById("driegesprek-title"));

        var discharged = await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = today, reason = "goalReached" });
        Assert.Equal(HttpStatusCode.OK, discharged.StatusCode);
        var again = Dom.Parse(await coach.PageAsync($"candidates/{id}/discharge"));
        Assert.Equal("Uitstroom vastgelegd", again.QuerySelector("h1")!.Text().Trim());
        Assert.Null(again.QuerySelector("form[action$=\"/discharge\"]"));
    }

    [Fact]
    public async Task EveryFoldedFormOnTheCandidatePageSaysWhatItDoesNotTheHeadingAgain()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(p.Today.AddMonths(-3));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));

        var folded = page.QuerySelectorAll("section > details > summary").ToList();
        Assert.NotEmpty(folded);
        foreach (var summary in folded)
        {
            var heading = summary.ParentElement!.ParentElement!.QuerySelector("h2")?.Text().Trim();
            Assert.NotEqual(heading, summary.Text().Trim());
        }
    }
}
