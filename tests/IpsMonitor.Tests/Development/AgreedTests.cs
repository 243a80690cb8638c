using IpsMonitor.Tests.Workspace;

namespace IpsMonitor.Tests.Development;

/// <summary>
/// "Mijn ontwikkeling" shows the candidate what was agreed in the latest driegesprek, in plain words: who does what and
/// by when, done once marked done, and the next talk; never what was decided about an adjustment or the talk's task notes.
/// </summary>
public sealed class AgreedTests
{
    [Theory]
    [InlineData("nl", "Jij", "Je leidinggevende", "gedaan", "Jullie volgende gesprek samen is gepland op")]
    [InlineData("en", "You", "Your supervisor", "done", "Your next talk together is planned for")]
    [InlineData("fr", "Toi", "Ton responsable", "fait", "Votre prochain entretien ensemble est prévu le")]
    public async Task TheCandidateSeesTheAgreementsOfTheLatestTalkInTheirLanguage(string lang, string you, string supervisor, string done, string next)
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, jobId) = await p.EnrolInRecentJobAsync(consent: true);
        var token = (await DevelopmentFixture.LinkAsync(p, id)).Token;
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments",
            new { kind = "extraBreaks", startDate = p.Today.AddDays(-14), reviewDate = p.Today.AddDays(7) })).StatusCode);
        using (var coach = await StaffSession.SignInAsync(p, "coach-a"))
        {
            Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", new()
            {
                ["talkDate"] = p.Today.ToString("O"), ["participants"] = "Candidate",
                ["agreements[0].text"] = "Zelf de weekplanning maken", ["agreements[0].owner"] = "Candidate",
                ["agreements[0].dueDate"] = p.Today.AddDays(14).ToString("O"),
                ["agreements[1].text"] = "Een vaste werkplek regelen", ["agreements[1].owner"] = "Supervisor",
                ["agreements[1].dueDate"] = p.Today.AddDays(7).ToString("O"),
                ["decisions[0].adjustmentId"] = "a1", ["decisions[0].decision"] = "Keep", ["decisions[0].effect"] = "Rustiger middagen",
                ["newTasks"] = "Kassa op zaterdag", ["nextDate"] = p.Today.AddMonths(2).ToString("O"),
            }, $"candidates/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/agreements/g2/done",
                new() { ["doneOn"] = p.Today.ToString("O") }, $"candidates/{id}")).StatusCode);
        }
        using var candidate = new VoicePosts(p, token);

        var agreed = (await candidate.PageAsync(lang)).GetElementById("agreed");

        Assert.NotNull(agreed);
        var lines = agreed.QuerySelectorAll("li").Select(li => li.Text()).ToList();
        Assert.Equal(2, lines.Count);
        Assert.StartsWith(you, lines[0], StringComparison.Ordinal);
        Assert.Contains("Zelf de weekplanning maken", lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain(done, lines[0], StringComparison.Ordinal);
        Assert.StartsWith(supervisor, lines[1], StringComparison.Ordinal);
        Assert.EndsWith($"({done})", lines[1], StringComparison.Ordinal);
        Assert.Contains(next, agreed.Text(), StringComparison.Ordinal);
        // The coach's record of the talk stays with the coach: the adjustment's effect and the task notes are not here.
        Assert.DoesNotContain("Rustiger middagen", agreed.Text(), StringComparison.Ordinal);
        Assert.DoesNotContain("Kassa op zaterdag", agreed.Text(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task WithoutARecordedTalkThereIsNothingAgreedToShow()
    {
        await using var p = await TestProgramme.StartAsync();
        var (id, _) = await p.EnrolInRecentJobAsync(consent: true);
        using var candidate = new VoicePosts(p, (await DevelopmentFixture.LinkAsync(p, id)).Token);

        Assert.Null((await candidate.PageAsync()).GetElementById("agreed"));
    }
}
