namespace IpsMonitor.Tests.Questionnaires;

/// <summary>
/// A supervisor's pages say how to reach the coach, by name and with a tap-to-call phone, in every page language; a
/// candidate's pages keep the urgent-help box instead, and a programme without the coach's name or phone shows no box.
/// </summary>
public sealed class CoachContactTests
{
    private static readonly RespondentContext Supervisor = new(Respondent.Supervisor, "Sanne de Vries", "06 1234 5678");

    [Theory]
    [InlineData("nl", "Neem contact op met de IPS-begeleider Sanne de Vries op 06 1234 5678.")]
    [InlineData("en", "Get in touch with the IPS job coach Sanne de Vries on 06 1234 5678.")]
    [InlineData("fr", "Contactez le job coach IPS Sanne de Vries au 06 1234 5678.")]
    public async Task TheSupervisorsThankYouPageNamesTheCoachWithATapToCallPhone(string lang, string sentence)
    {
        var page = Dom.Parse(await QuestionnairePage.ThankYouAsync(lang, Respondent.Supervisor, Supervisor));

        var reach = Assert.Single(page.QuerySelectorAll(".reach"));
        Assert.Equal(UiText.For(lang).ReachCoachTitle, reach.QuerySelector("h2")?.TextContent);
        Assert.EndsWith(sentence, reach.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
        Assert.Equal("tel:0612345678", reach.QuerySelector("a")?.GetAttribute("href"));
        Assert.Empty(page.QuerySelectorAll(".help"));
    }

    [Fact]
    public async Task ACandidateSeesUrgentHelpNotTheSupervisorsBoxAndWithoutNameOrPhoneThereIsNoBox()
    {
        var candidate = Dom.Parse(await QuestionnairePage.ThankYouAsync("nl", Respondent.Candidate,
            Supervisor with { Respondent = Respondent.Candidate }));
        var unknown = Dom.Parse(await QuestionnairePage.ThankYouAsync("nl", Respondent.Supervisor, new RespondentContext(Respondent.Supervisor)));
        var phoneOnly = Dom.Parse(await QuestionnairePage.ThankYouAsync("nl", Respondent.Supervisor,
            new RespondentContext(Respondent.Supervisor, null, "06 1234 5678")));

        Assert.Empty(candidate.QuerySelectorAll(".reach"));
        Assert.Single(candidate.QuerySelectorAll(".help"));
        Assert.Empty(unknown.QuerySelectorAll(".reach"));
        Assert.EndsWith("Neem contact op met de IPS-begeleider 06 1234 5678.", phoneOnly.QuerySelector(".reach p")?.TextContent,
            StringComparison.Ordinal);
    }
}
