using IpsMonitor.Tests.CheckIns;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>What a walk through every screen on a phone found, each fault as it shows in the real browser.</summary>
public sealed class QuestionnaireFaultTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [InlineData("nl")]
    [InlineData("en")]
    public async Task TypingSevenCommaFiveOnAPhoneKeyboardStoresSevenAndAHalf(string lang)
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Working.DefinitionAsync();
        var page = await chromium.PhoneAsync();
        string[] typed = ["7,5", "7.5", "7"];
        var numbers = definition.Items.OfType<NumberItem>().Select((n, i) => (n.Id, Typed: typed[i % 3])).ToDictionary();

        await page.GotoAsync(people.Link(people.Working, $"?lang={lang}"));
        await WalkAsync(page, definition, 1, definition.Groups.Count, n => numbers[n.Id]);

        var stored = await StoredAsync(p, people.Working);
        Assert.Equal(InvitationState.Answered, stored.Invitation.State);
        Assert.Equal(3, numbers.Count);
        foreach (var (id, text) in numbers)
            Assert.Equal(text == "7" ? 7m : 7.5m, stored.Invitation.Answers[id].Number);
    }

    [Fact]
    public async Task HoursFarAboveTheContractAskKloptDitAndMoveOnOnceConfirmed()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Working.DefinitionAsync();
        var page = await chromium.PhoneAsync(bypassCsp: true);
        await page.GotoAsync(people.Link(people.Working, "?step=1"));
        await WalkAsync(page, definition, 1, 1);

        await PageActions.TypeAsync(page, "input[name=hours_worked]", "45");
        await PageActions.TypeAsync(page, "input[name=contract_hours]", "16");
        await PageActions.TypeAsync(page, "input[name=desired_hours]", "20");
        await PageActions.PressAsync(page, "next");

        Assert.Contains("Stap 2 van 5", await page.Locator(".progress-text").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Klopt dit?", await page.Locator(".error-summary h2").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("45 uur", await page.Locator(".check").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Empty(await PageActions.AxeAsync(page, null));
        await page.GetByLabel("Ja, dit klopt").CheckAsync();
        await PageActions.PressAsync(page, "next");
        Assert.Contains("Stap 3 van 5", await page.Locator(".progress-text").InnerTextAsync(), StringComparison.Ordinal);
        await WalkAsync(page, definition, 3, definition.Groups.Count);

        Assert.Equal(45m, (await StoredAsync(p, people.Working)).Invitation.Answers[ItemIds.HoursWorked].Number);
    }

    [Fact]
    public async Task TheSupervisorIsToldWhomTheCheckInIsAboutAndAFirstNameOnlyWhenRecordedWithConsent()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var page = await chromium.PhoneAsync(bypassCsp: true);

        await page.GotoAsync(people.Link(people.Supervisor));
        var about = await page.Locator(".about").InnerTextAsync();
        var violations = await PageActions.AxeAsync(page, null);
        var removed = await p.CoachA.PutAsJsonAsync($"candidates/{people.WorkingId}/jobs/{people.JobId}/consent",
            new { disclosure = "supervisorOnly", supervisorConsent = true, candidateFirstName = "" });
        await page.ReloadAsync();
        var withoutName = await page.Locator(".about").InnerTextAsync();
        var refused = await p.CoachA.PutAsJsonAsync($"candidates/{people.WorkingId}/jobs/{people.JobId}/consent",
            new { disclosure = "supervisorOnly", supervisorConsent = false, candidateFirstName = "Samira" });

        Assert.Empty(violations);
        Assert.Contains(BrowserPeople.FirstName, about, StringComparison.Ordinal);
        Assert.Contains(BrowserPeople.JobTitle, about, StringComparison.Ordinal);
        Assert.Contains("1 september 2026", about, StringComparison.Ordinal);
        Assert.Contains(BrowserPeople.CoachName, about, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.OK, removed.StatusCode);
        Assert.DoesNotContain(BrowserPeople.FirstName, withoutName, StringComparison.Ordinal);
        Assert.Contains(BrowserPeople.JobTitle, withoutName, StringComparison.Ordinal);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("candidateFirstName", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(BrowserPeople.FirstName, await (await people.Working.GetAsync("?step=1")).Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CandidatePagesAndTheThankYouPageSayWhereUrgentHelpIs()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Working.DefinitionAsync();
        var page = await chromium.PhoneAsync(bypassCsp: true);
        var helps = new List<string>();
        var violations = new List<string>();

        await page.GotoAsync(people.Link(people.Working, "?step=1"));
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            helps.Add(await page.Locator(".help").InnerTextAsync());
            await WalkAsync(page, definition, step, step);
        }
        Assert.Contains("Bedankt", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        helps.Add(await page.Locator(".help").InnerTextAsync());
        violations.AddRange(await PageActions.AxeAsync(page, null));
        var tel = await page.Locator(".help a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        await page.GotoAsync(people.Link(people.Supervisor));
        var supervisorPage = await page.ContentAsync();

        Assert.Equal(definition.Groups.Count + 1, helps.Count);
        Assert.All(helps, help =>
        {
            Assert.Contains("huisarts", help, StringComparison.Ordinal);
            Assert.Contains("113", help, StringComparison.Ordinal);
            Assert.Contains("0800-0113", help, StringComparison.Ordinal);
            Assert.Contains(BrowserPeople.CoachName, help, StringComparison.Ordinal);
            Assert.Contains(BrowserPeople.CoachPhone, help, StringComparison.Ordinal);
        });
        Assert.Equal(["tel:0612345678", "tel:113", "tel:08000113", "tel:1813"], tel);
        Assert.DoesNotContain("0800-0113", supervisorPage, StringComparison.Ordinal);
        Assert.Empty(violations);
    }

    [Fact]
    public async Task SwitchingLanguageKeepsWhatWasTypedOnTheScreen()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var page = await chromium.PhoneAsync();
        await page.GotoAsync(people.Link(people.Working, "?step=2"));

        await PageActions.TypeAsync(page, "input[name=hours_worked]", "7,5");
        await PageActions.TypeAsync(page, "input[name=contract_hours]", "veel");
        await PageActions.PressAsync(page, QuestionnairePage.SwitchTo("en"));
        var english = (Lang: await page.Locator("html").GetAttributeAsync("lang"), Worked: await page.InputValueAsync("input[name=hours_worked]"),
            Contract: await page.InputValueAsync("input[name=contract_hours]"), Step: await page.Locator(".progress-text").InnerTextAsync());
        await PageActions.TypeAsync(page, "input[name=desired_hours]", "20.5");
        await PageActions.PressAsync(page, QuestionnairePage.SwitchTo("nl"));

        Assert.Equal(("en", "7.5", "veel", "Step 2 of 5"), english);
        Assert.Equal("nl", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal("20,5", await page.InputValueAsync("input[name=desired_hours]"));
        Assert.Equal("7,5", await page.InputValueAsync("input[name=hours_worked]"));
    }

    [Fact]
    public async Task AReopenedLinkStartsAtTheFirstUnfinishedScreen()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Working.DefinitionAsync();
        var page = await chromium.PhoneAsync();
        await page.GotoAsync(people.Link(people.Working));
        await WalkAsync(page, definition, 1, 2);
        await page.Context.CloseAsync();

        var later = await chromium.PhoneAsync();
        await later.GotoAsync(people.Link(people.Working));

        Assert.Equal("Stap 3 van 5", await later.Locator(".progress-text").InnerTextAsync());
    }

    [Fact]
    public async Task BackWithAnInvalidNumberKeepsTheLastValidValueAndSaysSo()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Working.DefinitionAsync();
        var page = await chromium.PhoneAsync(bypassCsp: true);
        await page.GotoAsync(people.Link(people.Working));
        await WalkAsync(page, definition, 1, 1);
        await WalkAsync(page, definition, 2, 2, n => n.Id == ItemIds.HoursWorked ? "20" : "16");
        await PageActions.PressAsync(page, "back");

        await PageActions.TypeAsync(page, "input[name=hours_worked]", "veel");
        await PageActions.PressAsync(page, "back");
        var notice = await page.Locator(".notice").InnerTextAsync();
        var violations = await PageActions.AxeAsync(page, null);
        await PageActions.PressAsync(page, "next");

        Assert.Empty(violations);
        Assert.Contains("Uren vorige week", notice, StringComparison.Ordinal);
        Assert.Contains("bewaard: 20", notice, StringComparison.Ordinal);
        Assert.Equal("20", await page.InputValueAsync("input[name=hours_worked]"));
        Assert.Equal("20", (await StoredAsync(p, people.Working)).Draft[ItemIds.HoursWorked]);
    }

    [Fact]
    public async Task AnErrorLinkLeadsToTheQuestionAndTheSummaryTakesTheFocusWithShortLabels()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var page = await chromium.PhoneAsync();
        await page.GotoAsync(people.Link(people.Working));

        await PageActions.PressAsync(page, "next");
        var focused = await page.EvaluateAsync<string>("() => document.activeElement.className");
        var summary = await page.Locator(".error-summary").InnerTextAsync();
        await page.Locator(".error-summary a").First.ClickAsync();
        var target = await page.EvaluateAsync<string>("() => document.activeElement.id");
        var legendTop = await page.EvaluateAsync<double>("() => document.activeElement.querySelector('legend').getBoundingClientRect().top");

        Assert.Equal("error-summary", focused);
        Assert.Contains("Hoe werken nu lukt", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Denk aan de tijd", summary, StringComparison.Ordinal);
        Assert.Equal("q-" + ItemIds.WorkAbility, target);
        Assert.InRange(legendTop, 0, 740);
    }

    [Fact]
    public async Task ReopeningAfterSendingSaysItWasAlreadyFilledIn()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Looking.DefinitionAsync();
        var page = await chromium.PhoneAsync();
        await page.GotoAsync(people.Link(people.Looking));
        await WalkAsync(page, definition, 1, definition.Groups.Count);
        var thanks = await page.Locator("h1").InnerTextAsync();

        await page.GotoAsync(people.Link(people.Looking));

        Assert.Equal(UiText.Dutch.ThankYouTitle, thanks);
        Assert.Equal(UiText.Dutch.AnsweredTitle, await page.Locator("h1").InnerTextAsync());
    }

    [Fact]
    public async Task OnlyACandidateInWorkGetsTheJobQuestions()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var page = await chromium.PhoneAsync();

        async Task<string> AllScreensAsync(Visitor visitor)
        {
            var text = "";
            for (var step = 1; step <= 5; step++)
            {
                await page.GotoAsync(people.Link(visitor, $"?step={step}"));
                text += await page.Locator("main").InnerTextAsync() + "\n";
            }
            return text;
        }

        var looking = await AllScreensAsync(people.Looking);
        var working = await AllScreensAsync(people.Working);

        Assert.Contains("Stap 1 van 4", looking, StringComparison.Ordinal);
        Assert.DoesNotContain("Je werk\n", looking, StringComparison.Ordinal);
        Assert.DoesNotContain("Als je werkt", looking + working, StringComparison.Ordinal);
        Assert.DoesNotContain("vorige week gewerkt", looking, StringComparison.Ordinal);
        Assert.Contains("Hoe klaar voel je je", looking, StringComparison.Ordinal);
        Assert.Contains("Stap 1 van 5", working, StringComparison.Ordinal);
        Assert.Contains("Je werk\n", working, StringComparison.Ordinal);
        Assert.Contains("vorige week gewerkt", working, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RevisedWordingIsANewVersionAndAnOpenCheckInOfTheOldVersionKeepsIt()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var catalog = p.Service<QuestionnaireCatalog>();
        var old = catalog.Get(QuestionnaireCatalog.CandidateCheckIn, 1);
        var store = p.Service<CheckInStore>();
        var invitation = p.Service<Invitations>().New(people.WorkingId, "c-old", Respondent.Candidate, new DateOnly(2026, 11, 1), people.JobId)
            with { QuestionnaireVersion = old.Version };
        Assert.True(await store.TryCreateAsync(TestProgramme.Id, invitation, CancellationToken.None));
        var token = await store.IssueTokenAsync((await store.GetAsync(TestProgramme.Id, people.WorkingId, "c-old", CancellationToken.None))!, "system", CancellationToken.None);
        using var oldLink = new Visitor(p, token);
        var page = await chromium.PhoneAsync();

        await page.GotoAsync(people.Link(oldLink, "?step=2"));
        var oldWording = await page.Locator("main").InnerTextAsync();
        await page.GotoAsync(people.Link(oldLink, "?step=1"));
        await WalkAsync(page, old, 1, old.Groups.Count);
        var supervisor = "";
        for (var step = 1; step <= catalog.Current(Respondent.Supervisor).Groups.Count; step++)
        {
            await page.GotoAsync(people.Link(people.Supervisor, $"?step={step}"));
            supervisor += await page.Locator("main").InnerTextAsync();
        }

        Assert.True(catalog.Current(Respondent.Candidate).Version > old.Version);
        Assert.Contains("Als je werkt:", oldWording, StringComparison.Ordinal);
        var stored = (await store.GetAsync(TestProgramme.Id, people.WorkingId, "c-old", CancellationToken.None))!.Invitation;
        Assert.Equal((InvitationState.Answered, 1), (stored.State, stored.QuestionnaireVersion));
        Assert.Equal(1, System.Text.RegularExpressions.Regex.Count(supervisor, "Individuele Plaatsing en Steun"));
        Assert.Contains("Weet ik nog niet", supervisor, StringComparison.Ordinal);
        Assert.DoesNotContain("kwijt", supervisor, StringComparison.Ordinal);
        foreach (var text in UiText.Table.All)
            Assert.All(typeof(UiText).GetProperties().Where(x => x.PropertyType == typeof(string)).Select(x => (string)x.GetValue(text)!),
                t => Assert.DoesNotMatch(@"\(meer\)|kwijt|\(or no longer\)", t));
    }

    [Theory]
    [InlineData(")")]
    [InlineData(".")]
    [InlineData(",")]
    [InlineData("!")]
    [InlineData(").")]
    public async Task ALinkPastedWithATrailingCharacterStillOpensAndWorks(string trailing)
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Working.DefinitionAsync();
        var page = await chromium.PhoneAsync();

        await page.GotoAsync(people.Link(people.Working) + trailing);
        var title = await page.Locator("h1").InnerTextAsync();
        await WalkAsync(page, definition, 1, 1);

        Assert.Equal(definition.Title["nl"], title);
        Assert.Equal("Stap 2 van 5", await page.Locator(".progress-text").InnerTextAsync());
    }

    [Fact]
    public async Task ATextLimitCountsWhatThePersonSeesNotCodeUnits()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var definition = await people.Looking.DefinitionAsync();
        var limit = definition.Items.OfType<TextItem>().Single().MaxLength;
        var page = await chromium.PhoneAsync();
        await page.GotoAsync(people.Link(people.Looking));
        await WalkAsync(page, definition, 1, definition.Groups.Count - 1);

        // One family emoji (five code points) and a limit of laughing faces (two code units each): one too many.
        await page.Locator("textarea").FillAsync(string.Concat(Enumerable.Repeat("😀", limit)) + "👩‍👩‍👧");
        await PageActions.PressAsync(page, "submit");
        var error = await page.Locator(".field-error").InnerTextAsync();
        var full = "👩‍👩‍👧" + string.Concat(Enumerable.Repeat("😀", limit - 1));
        await page.Locator("textarea").FillAsync(full);
        await PageActions.PressAsync(page, "submit");

        Assert.Contains($"nu {limit + 1}", error, StringComparison.Ordinal);
        Assert.Equal(UiText.Dutch.ThankYouTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(full, (await StoredAsync(p, people.Looking)).Invitation.Answers[ItemIds.HelpNow].Text);
    }

    /// <summary>Answers the screens from one step to another and presses the forward button on each.</summary>
    private static async Task WalkAsync(IPage page, QuestionnaireDefinition definition, int from, int to, Func<NumberItem, string>? number = null)
    {
        for (var step = from; step <= to; step++)
        {
            if (step != from)
                Assert.Contains($" {step} ", await page.Locator(".progress-text").InnerTextAsync(), StringComparison.Ordinal);
            foreach (var item in definition.Groups[step - 1].Items)
                await PageActions.AnswerAsync(page, item, item is NumberItem n ? number?.Invoke(n) : null);
            await PageActions.PressAsync(page, step == definition.Groups.Count ? "submit" : "next");
        }
    }

    private static async Task<VersionedInvitation> StoredAsync(TestProgramme p, Visitor visitor) =>
        (await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None))!;
}
