using AngleSharp.Dom;
using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.CheckIns;

/// <summary>
/// A supervisor is asked only about a running job, with consent, as that job's supervisor: once the job has ended its
/// supervisor is a former one, whatever path asks (the candidate page, the API, the daily schedule).
/// </summary>
public sealed class FormerSupervisorTests
{
    private static async Task<List<Invitation>> InvitationsAsync(TestProgramme p, string id) =>
        [.. (await p.Service<CheckInStore>().ForCandidateAsync(TestProgramme.Id, id, CancellationToken.None)).Select(f => f.Invitation)];

    private static async Task<(string InvitationId, string Token)> SupervisorLinkAsync(TestProgramme p, string id)
    {
        var issued = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor" });
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var body = await issued.Content.ReadFromJsonAsync<JsonElement>();
        return (body.GetProperty("invitation").GetProperty("id").GetString()!, body.GetProperty("link").GetString()!.Split('/')[^1]);
    }

    [Fact]
    public async Task AJobEndedTodayStopsItsSupervisorsLinkAndNoPathAsksThemAboutTheNextJob()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, first) = await p.EnrolInRecentJobAsync(consent: true, supervisorEmail: "oud@example.org");
        var today = p.Today;
        var (invitationId, token) = await SupervisorLinkAsync(p, id);

        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{first}/end", new { endDate = today, reason = "contractEnded" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await p.StartJobAsync(id, today, consent: false, supervisorEmail: null);

        // The former supervisor's open check-in is stopped, and their link with it.
        Assert.Equal(InvitationState.Cancelled, (await InvitationsAsync(p, id)).Single(i => i.Id == invitationId).State);
        using var visitor = p.Anonymous();
        Assert.Equal(HttpStatusCode.Gone, (await visitor.GetAsync(new Uri("q/" + token, UriKind.Relative))).StatusCode);

        // The API refuses, the candidate page offers no supervisor, and the daily schedule creates nothing for them.
        var asked = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor" });
        Assert.Equal(HttpStatusCode.BadRequest, asked.StatusCode);
        using var coach = await StaffSession.SignInAsync(p, "coach-a");
        var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
        Assert.NotNull(page.QuerySelector("input[name=respondent][value=candidate]"));
        Assert.Null(page.QuerySelector("input[name=respondent][value^=supervisor]"));
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.DoesNotContain(await InvitationsAsync(p, id), i => i.Respondent == Respondent.Supervisor && i.State == InvitationState.Open);
    }

    [Fact]
    public async Task AnEndDateAheadLeavesTheSupervisorsCheckInOpenUntilItComes()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, job) = await p.EnrolInRecentJobAsync(consent: true);
        var today = p.Today;
        var (invitationId, _) = await SupervisorLinkAsync(p, id);

        var ended = await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{job}/end", new { endDate = today.AddDays(2), reason = "contractEnded" });
        Assert.Equal(HttpStatusCode.OK, ended.StatusCode);
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(InvitationState.Open, (await InvitationsAsync(p, id)).Single(i => i.Id == invitationId).State);

        p.Clock.Offset = TimeSpan.FromDays(2);
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(InvitationState.Cancelled, (await InvitationsAsync(p, id)).Single(i => i.Id == invitationId).State);
    }
}
