using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// A coach's e-mail address: set on the team page (checked there), and shown to supervisors beside the coach's name and
/// phone on the questionnaire and its thank-you page, in each of their languages; never to a candidate.
/// </summary>
public sealed class CoachEmailTests
{
    private const string Address = "sanne.devries@ggz-voorbeeld.nl";

    [Fact]
    public async Task TheTeamPageSetsACoachsEmailAndRefusesOneThatIsNoAddress()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");
        var coach = new Dictionary<string, string> { ["coachId"] = "coach-a", ["name"] = "Sanne de Vries", ["phone"] = "06 1234 5678" };

        var refused = await coordinator.PostAsync("team/coaches", new(coach) { ["email"] = "sanne at ggz" }, "team");
        var page = Dom.Parse(await refused.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Equal("true", page.GetElementById("coaches-email")?.GetAttribute("aria-invalid"));
        Assert.Null((await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None))?.Email);

        var saved = await coordinator.PostAsync("team/coaches", new(coach) { ["email"] = Address }, "team");
        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        Assert.Equal(Address, (await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None))?.Email);

        // Saved again without an address (the field starts empty), the address stays.
        await coordinator.PostAsync("team/coaches", coach, "team");
        Assert.Equal(Address, (await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-a", CancellationToken.None))?.Email);
    }

    [Theory]
    [InlineData("nl", "U kunt de IPS-begeleider ook mailen")]
    [InlineData("en", "You can also e-mail the IPS job coach")]
    [InlineData("fr", "Vous pouvez aussi écrire au job coach IPS")]
    public async Task TheSupervisorQuestionnaireAndItsThankYouPageShowTheCoachsEmailAndTheCandidatesDoNot(string lang, string words)
    {
        await using var p = await TestProgramme.StartAsync();
        var saved = await p.Coordinator.PutAsJsonAsync($"programmes/{TestProgramme.Id}/coaches/coach-a",
            new { fte = 1, name = "Sanne de Vries", phone = "06 1234 5678", email = Address });
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var (id, _) = await p.EnrolInRecentJobAsync(consent: true);
        using var supervisor = await Visitor.LinkAsync(p, id, "supervisor");
        using var candidate = await Visitor.LinkAsync(p, id);

        var first = Dom.Parse(await (await supervisor.GetAsync("?lang=" + lang)).Content.ReadAsStringAsync());
        await supervisor.AnswerAllAsync();
        var thankYou = Dom.Parse(await (await supervisor.GetAsync("?sent=1&lang=" + lang)).Content.ReadAsStringAsync());
        var candidatePage = await (await candidate.GetAsync()).Content.ReadAsStringAsync();

        foreach (var page in new[] { first, thankYou })
        {
            var reach = page.QuerySelector(".reach");
            Assert.Contains(words, reach?.TextContent, StringComparison.Ordinal);
            Assert.Equal("mailto:" + Address, reach?.QuerySelector("a[href^='mailto:']")?.GetAttribute("href"));
        }
        Assert.DoesNotContain(Address, candidatePage, StringComparison.Ordinal);
    }
}
