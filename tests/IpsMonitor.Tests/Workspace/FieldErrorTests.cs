using System.Globalization;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// What a refused staff form says at its fields: a choice left empty asks to choose, and the team page adds a coach only
/// as a person candidates can reach (a name and a phone) with a model chosen.
/// </summary>
public sealed class FieldErrorTests
{
    [Fact]
    public async Task AnEnrolmentWithoutACoachAsksToChooseOneAtTheCoachField()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var answer = await coordinator.PostAsync("enrolment",
            new() { ["referralDate"] = p.Clock.GetUtcNow().AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ["employedAtReferral"] = "false",
                ["coachId"] = "", ["language"] = "nl", ["localReference"] = "R-1" }, "enrolment");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
        var words = IpsMonitor.Workspace.StaffText.For("nl").FormErrors.ByFormField["enrol.coachId"];
        Assert.StartsWith("Kies een begeleider", words, StringComparison.Ordinal);
        Assert.Equal(words, page.QuerySelector(".errors li[data-field='coachId']")?.TextContent.Trim());
        var select = page.GetElementById("enrol-coachId")!;
        Assert.Equal("true", select.GetAttribute("aria-invalid"));
        Assert.Equal(words, page.GetElementById("enrol-coachId-error")?.TextContent.Trim());
        Assert.Contains("enrol-coachId-error", select.GetAttribute("aria-describedby") ?? "", StringComparison.Ordinal);
        Assert.DoesNotContain(await p.Service<CaseloadStore>().ListAsync(TestProgramme.Id, CancellationToken.None).ToListAsync(),
            f => f.Candidate.LocalReference == "R-1");
    }

    [Theory]
    [InlineData("1900-01-01")]
    [InlineData("2100-01-01")]
    public async Task ADateFarOutOfRangeSaysTheRangeInTheReadersWords(string date)
    {
        await using var p = await TestProgramme.StartAsync();
        using var coach = await StaffSession.SignInAsync(p, "coach-a");

        var answer = await coach.PostAsync("enrolment",
            new() { ["referralDate"] = date, ["employedAtReferral"] = "false", ["language"] = "nl", ["localReference"] = "R-2" }, "enrolment");

        Assert.Equal(HttpStatusCode.BadRequest, answer.StatusCode);
        var page = Dom.Parse(await answer.Content.ReadAsStringAsync());
        Assert.Equal("Datum aanmelding: kies een datum vanaf 1 januari 2000 en hooguit 2 jaar vooruit.",
            page.QuerySelector(".errors li[data-field='referralDate']")?.TextContent.Trim());
    }

    [Fact]
    public async Task ACoachAddedOnTheTeamPageNeedsANameAPhoneAndAModel()
    {
        await using var p = await TestProgramme.StartAsync();
        using var coordinator = await StaffSession.SignInAsync(p, "coordinator");

        var refused = await coordinator.PostAsync("team/coaches", new() { ["coachId"] = "coach-new", ["fte"] = "1", ["name"] = " ", ["phone"] = "" }, "team");

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = Dom.Parse(await refused.Content.ReadAsStringAsync());
        foreach (var field in new[] { "name", "phone", "model" })
        {
            var input = page.GetElementById("coaches-" + field);
            Assert.Equal("true", input?.GetAttribute("aria-invalid"));
            Assert.NotNull(page.QuerySelector($".errors li[data-field='{field}'] a[href='#coaches-{field}']"));
            Assert.False(string.IsNullOrWhiteSpace(page.GetElementById($"coaches-{field}-error")?.TextContent));
        }
        Assert.Null(await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-new", CancellationToken.None));

        var saved = await coordinator.PostAsync("team/coaches",
            new() { ["coachId"] = "coach-new", ["fte"] = "1", ["name"] = "Anna de Vries", ["phone"] = "06 1234 5678", ["model"] = "IpsO" }, "team");

        Assert.Equal(HttpStatusCode.SeeOther, saved.StatusCode);
        var coach = await p.Service<AccessStore>().GetCoachAsync(TestProgramme.Id, "coach-new", CancellationToken.None);
        Assert.Equal(("Anna de Vries", "06 1234 5678", CoachModel.IpsO), (coach?.Name, coach?.Phone, coach?.Model));
    }

}
