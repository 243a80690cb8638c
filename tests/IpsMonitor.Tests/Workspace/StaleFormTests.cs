using AngleSharp.Dom;
using IpsMonitor.Workspace;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// Forms that cannot succeed are not offered, and a form sent again (a double tap, Back and resend, an old tab) gets an
/// answer that says what is true: never "Opgeslagen" for something else, never "someone changed this" when nobody did.
/// </summary>
public sealed class StaleFormTests
{
    private static string Iso(DateOnly day) => day.ToString("O", System.Globalization.CultureInfo.InvariantCulture);

    private static StaffFormErrors Nl => StaffText.For("nl").FormErrors;

    [Fact]
    public async Task DischargeStopsOpenLinksForGoodAndReferringAgainBringsNoneBack()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolInRecentJobAsync(consent: true);
        var today = p.Today;
        var tokens = new List<string>();
        foreach (var respondent in new[] { "candidate", "supervisor" })
        {
            var issued = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent });
            Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
            tokens.Add("q/" + (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!.Split('/')[^1]);
        }
        var development = await p.CoachA.PostAsync(new Uri($"candidates/{id}/development-links", UriKind.Relative), null);
        var developmentLink = "d/" + (await development.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("link").GetString()!.Split('/')[^1];
        using var visitor = p.Anonymous();
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(developmentLink, UriKind.Relative))).StatusCode);

        var discharged = await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge", new { dischargeDate = today, reason = "goalReached" });
        Assert.Equal(HttpStatusCode.OK, discharged.StatusCode);
        var stored = await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None);
        Assert.All(stored, f => Assert.Equal(InvitationState.Cancelled, f.Invitation.State));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var open = StaffText.For("nl").StateLabel(InvitationState.Open);
        var history = Dom.Parse(await coach.PageAsync($"candidates/{id}")).QuerySelector("section[aria-labelledby=history-title]")!;
        Assert.DoesNotContain(history.QuerySelectorAll("td"), td => td.Text().Trim() == open);

        var referred = await p.CoachA.PostAsJsonAsync($"candidates/{id}/referrals", new { referralDate = today, employedAtReferral = false });
        Assert.Equal(HttpStatusCode.OK, referred.StatusCode);
        foreach (var link in tokens)
            Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync(new Uri(link, UriKind.Relative))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await visitor.GetAsync(new Uri(developmentLink, UriKind.Relative))).StatusCode);
        stored = await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None);
        Assert.All(stored, f => Assert.Equal(InvitationState.Cancelled, f.Invitation.State));
    }

    [Fact]
    public async Task AnEndedJobOffersNoFormsAndAStaleFormSaysTheJobHasEnded()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, job) = await p.EnrolInRecentJobAsync(consent: false);
        var today = p.Today;
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = $"candidates/{id}";
        var before = Dom.Parse(await coach.PageAsync(page));
        Assert.NotEmpty(before.QuerySelectorAll($"form[action*='jobs/{job}']"));

        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{job}/end", new { endDate = today, reason = "contractEnded" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);

        var after = Dom.Parse(await coach.PageAsync(page));
        Assert.Empty(after.QuerySelectorAll($"form[action*='jobs/{job}']"));
        Assert.Empty(after.QuerySelectorAll($"a[href*='jobs/{job}/end']"));
        var endPage = Dom.Parse(await coach.PageAsync($"{page}/jobs/{job}/end"));
        Assert.Empty(endPage.QuerySelectorAll("form[action$='/end']"));
        Assert.Contains(Nl.ByCode[ErrorCodes.JobAlreadyEnded], endPage.Body!.Text(), StringComparison.Ordinal);

        // An adjustment form still open in another tab is refused with the reason, and nothing is stored.
        var add = new Dictionary<string, string>
        {
            ["adjustments[0].kind"] = "QuietWorkplace", ["adjustments[0].startDate"] = Iso(today.AddDays(-7)),
            ["adjustments[0].reviewDate"] = Iso(today.AddMonths(1)),
        };
        var stale = await coach.PostAsync($"{page}/jobs/{job}/adjustments", add, page);
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        var said = Dom.Parse(await stale.Content.ReadAsStringAsync()).Body!.Text();
        Assert.Contains(Nl.ByCode[ErrorCodes.JobEnded], said, StringComparison.Ordinal);
        Assert.DoesNotContain(Nl.Conflict, said, StringComparison.Ordinal);
        Assert.Empty((await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, id, job, CancellationToken.None))!.Adjustments);

        // The same for new hours, through the API as through a form.
        var hours = await p.CoachA.PatchAsJsonAsync($"candidates/{id}/jobs/{job}", new { contractHoursPerWeek = 20 });
        Assert.Equal(HttpStatusCode.Conflict, hours.StatusCode);
        Assert.Equal(16m, (await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, id, job, CancellationToken.None))!.ContractHoursPerWeek);
    }

    [Fact]
    public async Task AReferralFormSentAgainAfterItSucceededSaysTheCandidateIsInIps()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        Assert.Equal(HttpStatusCode.OK, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/discharge",
            new { dischargeDate = today, reason = "goalReached" })).StatusCode);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = $"candidates/{id}";
        var form = new Dictionary<string, string> { ["referralDate"] = Iso(today), ["employedAtReferral"] = "false" };

        var first = await coach.PostAsync($"{page}/referrals", form, page);
        var again = await coach.PostAsync($"{page}/referrals", form, page);

        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);
        var said = Dom.Parse(await again.Content.ReadAsStringAsync()).Body!.Text();
        Assert.Contains(Nl.ByCode[ErrorCodes.ReferralOpen], said, StringComparison.Ordinal);
        Assert.DoesNotContain(Nl.ByField["candidate"], said, StringComparison.Ordinal);
        Assert.Equal(2, (await p.Service<CaseloadStore>().FindAsync(id, CancellationToken.None))!.Candidate.Referrals.Count);
    }

    [Fact]
    public async Task AnEnrolmentFormSentAgainWithOtherValuesSavesNothingUntilSentAsNew()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var html = await coach.PageAsync("enrolment");
        var fields = new Dictionary<string, string>
        {
            ["candidateId"] = Dom.Parse(html).QuerySelector("input[name=candidateId]")!.GetAttribute("value")!,
            ["referralDate"] = Iso(p.Today), ["employedAtReferral"] = "false", ["language"] = "nl", ["localReference"] = "walk-1",
        };
        var first = await coach.PostAsync("enrolment", fields, "enrolment");
        Assert.Equal(HttpStatusCode.SeeOther, first.StatusCode);

        // Back to the same form, another reference, send: not the earlier candidate's "Opgeslagen".
        fields["localReference"] = "walk-2";
        var edited = await coach.PostAsync("enrolment", fields, "enrolment");
        Assert.Equal(HttpStatusCode.Conflict, edited.StatusCode);
        var shown = Dom.Parse(await edited.Content.ReadAsStringAsync());
        Assert.Contains(StaffText.For("nl").FormSentAlready, shown.Body!.Text(), StringComparison.Ordinal);
        Assert.Equal("walk-2", shown.QuerySelector("input[name=localReference]")?.GetAttribute("value"));
        var freshId = shown.QuerySelector("input[name=candidateId]")!.GetAttribute("value")!;
        Assert.NotEqual(fields["candidateId"], freshId);
        Assert.Null(await p.Service<CaseloadStore>().FindByLocalReferenceAsync(TestProgramme.Id, "walk-2", CancellationToken.None));

        // Sent again from that page, it is a new enrolment.
        fields["candidateId"] = freshId;
        var second = await coach.PostAsync("enrolment", fields, "enrolment");
        Assert.Equal(HttpStatusCode.SeeOther, second.StatusCode);
        Assert.NotNull(await p.Service<CaseloadStore>().FindByLocalReferenceAsync(TestProgramme.Id, "walk-2", CancellationToken.None));
        Assert.NotEqual(first.Headers.Location, second.Headers.Location);
    }

    [Fact]
    public async Task AJobStartSentAgainWithOtherHoursIsRefusedWithTheTypedValuesKept()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddMonths(-3));
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = $"candidates/{id}";
        var form = new Dictionary<string, string>
        {
            ["employer"] = "Bakkerij De Korf", ["jobTitle"] = "Hulp", ["sector"] = "C", ["startDate"] = Iso(today.AddDays(-3)),
            ["contractHoursPerWeek"] = "16", ["kind"] = "Regular", ["competitive"] = "true", ["supervisor.consent"] = "false",
        };
        Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"{page}/jobs", form, page)).StatusCode);
        form["contractHoursPerWeek"] = "20";
        var edited = await coach.PostAsync($"{page}/jobs", form, page);

        Assert.Equal(HttpStatusCode.Conflict, edited.StatusCode);
        var shown = Dom.Parse(await edited.Content.ReadAsStringAsync());
        Assert.Contains(Nl.ByCode[ErrorCodes.JobStartedAlready], shown.Body!.Text(), StringComparison.Ordinal);
        Assert.Contains(shown.QuerySelectorAll("input[name=contractHoursPerWeek]"), i => i.GetAttribute("value") == "20");
        var job = Assert.Single(await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None));
        Assert.Equal(16m, job.ContractHoursPerWeek);
    }
}
