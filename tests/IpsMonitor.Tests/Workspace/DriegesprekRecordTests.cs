namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// "Driegesprek vastleggen" posted as a browser would: the record stored on its job with its decisions written into the
/// adjustments' own history, nothing stored while any field is wrong, an agreement marked done, and the next agenda
/// opening with last time's agreements, their state and the adjustment history.
/// </summary>
public sealed class DriegesprekRecordTests
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
            supervisor = new { consent = true, name = "Chef", disclosure = "supervisorOnly" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (id, (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!);
    }

    internal static Dictionary<string, string> Talk(DateOnly today) => new()
    {
        ["talkDate"] = today.ToString("O"), ["participants"] = "Candidate",
        ["agreements[0].text"] = "Rooster voor de ochtend maken", ["agreements[0].owner"] = "Supervisor",
        ["agreements[0].dueDate"] = today.AddDays(14).ToString("O"),
        ["decisions[0].adjustmentId"] = "a1", ["decisions[0].decision"] = "Extend", ["decisions[0].effect"] = "Minder moe",
        ["decisions[0].newReviewDate"] = today.AddMonths(2).ToString("O"),
        ["decisions[1].adjustmentId"] = "a2", ["decisions[1].decision"] = "Reverse", ["decisions[1].effect"] = "Niet meer nodig",
        ["newTasks"] = "Kassa", ["hoursFrom"] = "16", ["hoursTo"] = "24", ["hoursBy"] = today.AddMonths(2).ToString("O"),
        ["developmentGoals"] = "Zelfstandig openen", ["nextDate"] = today.AddMonths(3).ToString("O"),
    };

    private static Task<Job?> StoredAsync(TestProgramme p, string id, string jobId) =>
        p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, id, jobId, CancellationToken.None);

    [Fact]
    public async Task ATalkIsStoredWithItsDecisionsInTheAdjustmentHistoryAndTheNextAgendaOpensWithItsAgreements()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Talk(today);
        var posted = new FormUrlEncodedContent([.. form, new("participants", "Supervisor"), new("participants", "Coach")]);
        var page = await coach.PageAsync($"candidates/{id}");
        var send = new Dictionary<string, string> { ["__af"] = StaffSession.Token(page) };
        var body = await posted.ReadAsStringAsync() + "&__af=" + Uri.EscapeDataString(send["__af"]);

        var response = await coach.SendAsync(new HttpRequestMessage(HttpMethod.Post, $"candidates/{id}/jobs/{jobId}/driegesprekken")
        {
            Content = new StringContent(body, System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"),
        });

        Assert.Equal(HttpStatusCode.SeeOther, response.StatusCode);
        var job = (await StoredAsync(p, id, jobId))!;
        var talk = Assert.Single(job.Driegesprekken);
        Assert.Equal([TalkParticipant.Candidate, TalkParticipant.Supervisor, TalkParticipant.Coach], talk.Participants);
        var agreement = Assert.Single(talk.Agreements);
        Assert.Equal(("g1", AgreementOwner.Supervisor, today.AddDays(14)), (agreement.Id, agreement.Owner, agreement.DueDate));
        Assert.Equal(new HoursPlan(16, 24, today.AddMonths(2)), talk.Hours);
        Assert.Equal(today.AddMonths(3), talk.NextDate);
        Assert.Equal("coach-a", talk.CoachId);
        // The decisions are the adjustments' own history, as a decision taken on its own writes it.
        Assert.Equal(AdjustmentStatus.Extended, job.Adjustments[0].Status);
        Assert.Equal(today.AddMonths(2), job.Adjustments[0].ReviewDate);
        Assert.Equal(new AdjustmentDecision(AdjustmentDecisionKind.Extend, today, "coach-a", "Minder moe", today.AddMonths(2), today.AddDays(-3)),
            Assert.Single(job.Adjustments[0].Decisions));
        Assert.Equal(AdjustmentStatus.Reversed, job.Adjustments[1].Status);
        Assert.Equal(2, talk.Decisions.Count);

        var agenda = Dom.Parse(await coach.PageAsync($"candidates/{id}")).GetElementById("driegesprek")!;
        var lists = agenda.QuerySelectorAll(".agenda-lists section").Select(s => s.Text()).ToList();
        Assert.Contains("Rooster voor de ochtend maken", Agreements(lists));
        Assert.Contains("open", Agreements(lists));
        Assert.Contains("verlengd", History(lists));
        Assert.Contains("teruggedraaid", History(lists));

        // Marked done: the agenda says so, with the day.
        var done = await coach.PostAsync($"candidates/{id}/jobs/{jobId}/agreements/g1/done", new() { ["doneOn"] = today.ToString("O") },
            $"candidates/{id}");
        Assert.Equal(HttpStatusCode.SeeOther, done.StatusCode);
        Assert.Equal(today, (await StoredAsync(p, id, jobId))!.Driegesprekken[0].Agreements[0].DoneOn);
        agenda = Dom.Parse(await coach.PageAsync($"candidates/{id}")).GetElementById("driegesprek")!;
        Assert.Contains("afgerond op", Agreements(agenda.QuerySelectorAll(".agenda-lists section").Select(s => s.Text()).ToList()));
    }

    [Fact]
    public async Task ATalkWithOneBadFieldStoresNothingNotEvenItsDecisions()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Talk(today);
        form["decisions[1].effect"] = "";
        form["agreements[1].text"] = "Alleen tekst";

        var response = await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", form, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var fields = Dom.Parse(await response.Content.ReadAsStringAsync()).QuerySelectorAll("#form-errors li")
            .Select(li => li.GetAttribute("data-field")).ToHashSet();
        Assert.Superset(new HashSet<string?> { "decisions[1].effect", "agreements[1].owner", "agreements[1].dueDate" }, fields);
        var job = (await StoredAsync(p, id, jobId))!;
        Assert.Empty(job.Driegesprekken);
        Assert.All(job.Adjustments, a => Assert.Empty(a.Decisions));
    }

    /// <summary>An adjustment extended without a new review date is told that extending needs one, not that a date is only for extending.</summary>
    [Fact]
    public async Task AnExtensionWithoutANewReviewDateIsToldItNeedsOne()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var form = Talk(today);
        form["decisions[0].newReviewDate"] = "";

        var response = await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", form, $"candidates/{id}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = Dom.Parse(await response.Content.ReadAsStringAsync())
            .QuerySelector("#form-errors li[data-field='decisions[0].newReviewDate']")?.TextContent;
        Assert.StartsWith("Besluit 1: verlengen vraagt een nieuwe evaluatiedatum", error, StringComparison.Ordinal);
        Assert.Empty((await StoredAsync(p, id, jobId))!.Driegesprekken);
    }

    [Fact]
    public async Task TheSameTalkSentTwiceIsRecordedOnce()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await JobWithTwoAdjustmentsAsync(p);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        // Two renders of the form (two tabs), each sent: the second is the same talk and adds nothing.
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", Talk(today), $"candidates/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", Talk(today), $"candidates/{id}")).StatusCode);

        var job = (await StoredAsync(p, id, jobId))!;
        Assert.Single(job.Driegesprekken);
        Assert.Single(job.Adjustments[0].Decisions);
    }

    private static string Agreements(List<string> lists) => lists.Single(l => l.StartsWith("Afspraken van vorige keer", StringComparison.Ordinal));

    private static string History(List<string> lists) => lists.Single(l => l.StartsWith("Aanpassingen: besluiten", StringComparison.Ordinal));
}
