using System.Text.RegularExpressions;

namespace IpsMonitor.Tests.CheckIns;

/// <summary>With two jobs at once, every supervisor message and link belongs to its own job.</summary>
public sealed partial class TwoJobsTests
{
    [GeneratedRegex(@"q/([A-Za-z0-9_-]{20,})")]
    private static partial Regex LinkToken();

    private static async Task<string> StartJobAsync(TestProgramme p, string candidateId, string employer, DateOnly start, string supervisorEmail)
    {
        var response = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/jobs", new
        {
            employer, jobTitle = "Medewerker", sector = "C", startDate = start, contractHoursPerWeek = 12, competitive = true, kind = "regular",
            supervisor = new { consent = true, name = "Chef " + employer, email = supervisorEmail, disclosure = "supervisorOnly" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    private static async Task<VersionedInvitation> InvitationOfMailAsync(TestProgramme p, string mail)
    {
        var token = LinkToken().Match(mail.Replace("=\r\n", "", StringComparison.Ordinal).Replace("=\n", "", StringComparison.Ordinal)).Groups[1].Value;
        return (await p.Service<CheckInStore>().FindByTokenAsync(token, CancellationToken.None))!;
    }

    [Fact]
    public async Task EachSupervisorGetsTheCheckInOfTheirOwnJobByMailAndByLink()
    {
        await using var sink = new SmtpTests.SmtpSink();
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?>
        {
            ["Smtp:Host"] = "127.0.0.1",
            ["Smtp:Port"] = sink.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Smtp:EnableSsl"] = "false",
        });
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddMonths(-6));
        var first = await StartJobAsync(p, id, "Bakkerij", today.AddDays(-28), "chef-bakkerij@example.org");
        var second = await StartJobAsync(p, id, "Drukkerij", today.AddDays(-14), "chef-drukkerij@example.org");

        // The first job is four weeks old today: its supervisor's check-in is due, the second job's is not yet.
        await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, CancellationToken.None);

        var scheduled = Assert.Single(sink.Messages);
        Assert.Contains("chef-bakkerij@example.org", scheduled, StringComparison.Ordinal);
        Assert.DoesNotContain("chef-drukkerij@example.org", scheduled, StringComparison.Ordinal);
        var firstInvitation = await InvitationOfMailAsync(p, scheduled);
        Assert.Equal(first, firstInvitation.Invitation.JobId);

        // A coach asking for "the supervisor's link" must say which job: a guess could send one job's check-in to the other's supervisor.
        var unnamed = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor", sendByEmail = true });
        Assert.Equal(HttpStatusCode.BadRequest, unnamed.StatusCode);
        Assert.True((await unnamed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("jobId", out _));

        var named = await p.CoachA.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "supervisor", sendByEmail = true, jobId = second });
        Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        var link = await named.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(second, link.GetProperty("invitation").GetProperty("jobId").GetString());
        Assert.True(link.GetProperty("emailed").GetBoolean());
        Assert.Equal(2, sink.Messages.Count);
        Assert.Contains("chef-drukkerij@example.org", sink.Messages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("chef-bakkerij@example.org", sink.Messages[1], StringComparison.Ordinal);
        Assert.Equal(second, (await InvitationOfMailAsync(p, sink.Messages[1])).Invitation.JobId);

        // The first supervisor's mailed link still works: the second job's link did not take its check-in.
        var stillOpen = (await p.Service<CheckInStore>().GetAsync(TestProgramme.Id, id, firstInvitation.Invitation.Id, CancellationToken.None))!;
        Assert.Equal(firstInvitation.TokenHash, stillOpen.TokenHash);
        Assert.Equal(InvitationState.Open, stillOpen.Invitation.State);
    }
}
