namespace IpsMonitor.Tests.CheckIns;

public sealed class ScheduleCheckInsTests
{
    [Fact]
    public async Task TheDailyRunCreatesDueCheckInsOnceAcrossAJobStartAndEnd()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await p.EnrolInRecentJobAsync(consent: true);
        var schedule = p.Service<ScheduleCheckIns>();

        var first = await schedule.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        var second = await schedule.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);

        Assert.Equal(2, first.Created);
        Assert.Equal(0, second.Created);
        var invitations = await Invitations(p, id);
        Assert.Equal(["candidate", "supervisor"], invitations.Select(i => i.GetProperty("respondent").GetString()).Order());
        Assert.All(invitations, i => Assert.Equal(jobId, i.GetProperty("jobId").GetString()));

        // Eight weeks after the job ended the candidate is looking for work again: a candidate-only check-in.
        await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/end", new { endDate = today, reason = "contractEnded" });
        p.Clock.Offset = TimeSpan.FromDays(56);
        var later = await schedule.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        Assert.Equal(1, later.Created);
        var newest = (await Invitations(p, id)).Where(i => i.GetProperty("state").GetString() == "open").ToList();
        Assert.Equal("candidate", Assert.Single(newest).GetProperty("respondent").GetString());
    }

    [Fact]
    public async Task NoSupervisorCheckInExistsWithoutConsentAndWithdrawalCancelsAnOpenOne()
    {
        await using var p = await TestProgramme.StartAsync();
        var (without, _) = await p.EnrolInRecentJobAsync(consent: false);
        var (with, jobId) = await p.EnrolInRecentJobAsync(consent: true);

        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);
        var refused = await p.CoachA.PostAsJsonAsync($"candidates/{without}/invitations", new { respondent = "supervisor" });

        Assert.DoesNotContain(await Invitations(p, without), i => i.GetProperty("respondent").GetString() == "supervisor");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains(await Invitations(p, with), i => i.GetProperty("respondent").GetString() == "supervisor" && i.GetProperty("state").GetString() == "open");

        var withdrawn = await p.CoachA.PutAsJsonAsync($"candidates/{with}/jobs/{jobId}/consent", new { disclosure = "supervisorOnly", supervisorConsent = false });

        Assert.Equal(1, (await withdrawn.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("cancelledSupervisorInvitations").GetInt32());
        Assert.Equal("cancelled", (await Invitations(p, with)).Single(i => i.GetProperty("respondent").GetString() == "supervisor").GetProperty("state").GetString());
        Assert.Equal(0, (await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None)).Created);
    }

    [Fact]
    public async Task AnUnansweredCheckInBecomesMissedAfterExpiryWithAMessageForTheSignals()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(p.Today.AddDays(-60));
        var schedule = p.Service<ScheduleCheckIns>();
        Assert.Equal(1, (await schedule.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None)).Created);

        p.Clock.Offset = TimeSpan.FromDays(13);
        Assert.Equal(0, (await schedule.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None)).Missed);
        p.Clock.Offset = TimeSpan.FromDays(15);
        var run = await schedule.RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);

        Assert.Equal(1, run.Missed);
        var invitation = Assert.Single(await Invitations(p, id));
        Assert.Equal("missed", invitation.GetProperty("state").GetString());
        var message = Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.CheckInMissed));
        Assert.Equal(id, message.GetProperty("candidateId").GetString());
        Assert.Equal(invitation.GetProperty("id").GetString(), message.GetProperty("invitationId").GetString());
    }

    internal static async Task<JsonElement[]> Invitations(TestProgramme p, string candidateId) =>
        (await p.CoachA.GetFromJsonAsync<JsonElement[]>($"candidates/{candidateId}/invitations"))!;
}
