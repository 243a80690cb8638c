using IpsMonitor.Tests.Development;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// The supervisor's voice reaches the coach, and only the coach: a supervisor answers on a phone with a concern and a
/// comment, seeing how to reach the coach on every screen and on the thank-you page; the supervisor concern signal opens
/// naming that check-in; the comment shows on the candidate page and the printed agenda; and none of it appears on any
/// page the candidate sees, nor the candidate's answers on the supervisor's.
/// </summary>
public sealed class SupervisorVoiceBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Comment = "Samira lijkt moe na de late diensten; graag even bellen over het rooster en de pauzes.";
    private const string CandidateWords = "Ik wil graag vaker in de keuken meehelpen";

    [Fact]
    public async Task ASupervisorConcernOpensTheSignalAndTheCommentReachesTheCoachButNoCandidatePage()
    {
        await using var p = await TestProgramme.StartAsync(signalFunctions: true);
        var people = await BrowserPeople.CreateAsync(p);
        var supervisorDefinition = p.Service<QuestionnaireCatalog>().Current(Respondent.Supervisor);
        var phone = await chromium.PhoneAsync(bypassCsp: true);

        // The supervisor answers: concerns yes (the walk says yes to every yes/no item) and a comment.
        await phone.GotoAsync(people.Link(people.Supervisor));
        var supervisorPages = await WalkAsync(phone, supervisorDefinition, ItemIds.SupervisorComments, Comment);
        Assert.Contains("Bedankt", await phone.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        var reach = await phone.Locator(".reach").InnerTextAsync();
        Assert.Contains(BrowserPeople.CoachName, reach, StringComparison.Ordinal);
        Assert.Contains(BrowserPeople.CoachPhone, reach, StringComparison.Ordinal);
        Assert.Equal("tel:0612345678", await phone.Locator(".reach a").GetAttributeAsync("href"));
        Assert.Equal(supervisorDefinition.Groups.Count + 1, supervisorPages.Count(page => page.Contains("Contact met de IPS-begeleider", StringComparison.Ordinal)));
        var axe = (await PageActions.AxeAsync(phone, null)).ToList();
        var answered = (await p.Service<CheckInStore>().FindByTokenAsync(people.Supervisor.Token, CancellationToken.None))!.Invitation;
        Assert.Equal((InvitationState.Answered, 1m, Comment), (answered.State, answered.Answers[ItemIds.SupervisorConcerns].Number,
            answered.Answers[ItemIds.SupervisorComments].Text));

        // The signal opens through the real queue, naming that check-in by id and day and never the comment.
        StoredSignal? concern = null;
        await TestHost.Eventually(async () => (concern = (await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, people.WorkingId,
            CancellationToken.None)).Signals.FirstOrDefault(s => s.Type == SignalTypes.SupervisorConcern && s.ResolvedAt is null)) is not null,
            "the supervisor concern signal", 60);
        var evidence = Assert.Single(concern!.Evidence);
        Assert.Equal((answered.Id, p.Today, EvidenceItems.RaisedConcerns), (evidence.InvitationId, evidence.Date, evidence.Value));
        Assert.Equivalent(new SupervisorConcernFacts(p.Today, true, false), concern.Facts);
        Assert.DoesNotContain(Comment, System.Text.Json.JsonSerializer.Serialize(concern), StringComparison.Ordinal);

        // The coach reads it on the candidate page: the signal with its evidence, and the supervisor's answers in the agenda.
        var staff = await chromium.StaffPageAsync(1280, 800);
        await BrowserSignIn.WithKeyAsync(staff, p, p.Keys["coach-a"], "staff/sign-in");
        await staff.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{people.WorkingId}").ToString());
        var signals = await staff.Locator("#signals").InnerTextAsync();
        Assert.Contains("Zorg van de leidinggevende", signals, StringComparison.Ordinal);
        Assert.Contains("Check-in van de leidinggevende van", signals, StringComparison.Ordinal);
        Assert.DoesNotContain(Comment, signals, StringComparison.Ordinal);
        var voice = await staff.Locator("#driegesprek .supervisor-voice").InnerTextAsync();
        foreach (var expected in new[] { Comment, "Laatste check-in van Chef (leidinggevende)", "Zorgen om te bespreken", "meer uren", "ja" })
            Assert.Contains(expected, voice, StringComparison.Ordinal);
        Assert.Equal(1, await PrintedPages.CountAsync(staff, "driegesprek-supervisor"));
        await staff.EmulateMediaAsync(new() { Media = Media.Print });
        Assert.Contains(Comment, await staff.Locator("#driegesprek").InnerTextAsync(), StringComparison.Ordinal);
        var onPhone = await chromium.StaffPageAsync(390, 844, bypassCsp: true);
        await BrowserSignIn.WithKeyAsync(onPhone, p, p.Keys["coach-a"], "staff/sign-in");
        await onPhone.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{people.WorkingId}").ToString());
        Assert.Empty(await PageActions.StaffPageProblemsAsync(onPhone, "candidate-supervisor-voice"));

        // Every page the candidate sees after that: the check-in and its thank-you page, and "Mijn ontwikkeling".
        var candidateDefinition = await people.Working.DefinitionAsync();
        await phone.GotoAsync(people.Link(people.Working));
        var candidatePages = await WalkAsync(phone, candidateDefinition, ItemIds.HelpNow, CandidateWords);
        var (_, token) = await DevelopmentFixture.LinkAsync(p, people.WorkingId);
        foreach (var lang in new[] { "nl", "en", "fr" })
        {
            await phone.GotoAsync(new Uri(p.Host.BaseAddress, $"d/{token}?lang={lang}").ToString());
            candidatePages.Add(await phone.ContentAsync());
        }
        Assert.All(candidatePages, page =>
        {
            Assert.DoesNotContain("lijkt moe", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Zorgen om te bespreken", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Zorg van de leidinggevende", page, StringComparison.Ordinal);
        });

        // And the reverse: the supervisor's page, opened again after the candidate answered, shows none of the candidate's words.
        await phone.GotoAsync(people.Link(people.Supervisor));
        supervisorPages.Add(await phone.ContentAsync());
        Assert.All(supervisorPages, page => Assert.DoesNotContain(CandidateWords, page, StringComparison.Ordinal));
        Assert.Empty(axe);
    }

    /// <summary>Answers every screen (yes on yes/no, the first option of a choice), one free-text item with the given words.</summary>
    private static async Task<List<string>> WalkAsync(IPage page, QuestionnaireDefinition definition, string textItem, string words)
    {
        var pages = new List<string>();
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            pages.Add(await page.ContentAsync());
            foreach (var item in definition.Groups[step - 1].Items)
            {
                if (item.Id == textItem)
                    await page.Locator($"textarea[name='{item.Id}']").FillAsync(words);
                else if (await page.Locator($"[name='{item.Id}']").CountAsync() > 0)
                    await PageActions.AnswerAsync(page, item);
            }
            await PageActions.PressAsync(page, step == definition.Groups.Count ? "submit" : "next");
        }
        pages.Add(await page.ContentAsync());
        return pages;
    }
}
