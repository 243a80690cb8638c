using IpsMonitor.Tests.CheckIns;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

public sealed class QuestionnaireBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ACandidateAnswersEveryQuestionOnAPhoneAndSeesTheThankYouPage()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: false);
        using var visitor = await Visitor.LinkAsync(p, id);
        var definition = await visitor.DefinitionAsync();
        var page = await chromium.PhoneAsync();

        await page.GotoAsync(new Uri(p.Host.BaseAddress, "q/" + visitor.Token).ToString());
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            foreach (var item in definition.Groups[step - 1].Items)
                await AnswerAsync(page, item);
            var action = step == definition.Groups.Count ? "submit" : "next";
            await page.Locator($"button.primary[name=action][value={action}]").ClickAsync();
            // Waits for what the next page shows, not for a load event: one that fired before the wait began is never seen.
            var next = step < definition.Groups.Count
                ? page.Locator($"#q-{definition.Groups[step].Items[0].Id}")
                : page.Locator("h1", new() { HasText = "Bedankt" });
            await next.WaitForAsync(new() { State = WaitForSelectorState.Attached });
        }

        Assert.Contains("Bedankt", await page.Locator("h1").InnerTextAsync(), StringComparison.OrdinalIgnoreCase);
        var stored = (await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None))!.Invitation;
        Assert.Equal(InvitationState.Answered, stored.State);
        Assert.Equal(7m, stored.Answers[ItemIds.WorkAbility].Number);
        Assert.Equal(32m, stored.Answers[ItemIds.DesiredHours].Number);
        Assert.Equal(1m, stored.Answers[ItemIds.WantsChallenge].Number);
        Assert.Equal("Een vaste collega & <b>meer</b> taken", stored.Answers[ItemIds.HelpNow].Text);
        var message = Assert.Single(await CheckInQueues.PeekAsync(p, QueueNames.CheckInSubmitted));
        Assert.Equal(id, message.GetProperty("candidateId").GetString());
    }

    [Fact]
    public async Task EveryQuestionnaireScreenPassesTheAccessibilityCheckOnAPhone()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1));
        await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: true);
        var page = await chromium.PhoneAsync(bypassCsp: true);
        var violations = new List<string>();

        foreach (var respondent in new[] { Respondent.Candidate, Respondent.Supervisor })
        {
            using var visitor = await Visitor.LinkAsync(p, id, respondent == Respondent.Candidate ? "candidate" : "supervisor");
            var definition = p.Service<QuestionnaireCatalog>().Current(respondent);
            var link = new Uri(p.Host.BaseAddress, "q/" + visitor.Token).ToString();
            for (var step = 1; step <= definition.Groups.Count; step++)
                violations.AddRange(await AxeAsync(page, $"{link}?step={step}"));
            // The same screen with every error shown, and in English.
            await page.GotoAsync(link + "?step=1");
            await page.Locator("button.primary[name=action][value=next]").ClickAsync();
            violations.AddRange(await AxeAsync(page, null));
            violations.AddRange(await AxeAsync(page, link + "?step=1&lang=en"));
            violations.AddRange(await AxeAsync(page, link + "?step=1&lang=fr"));
        }
        violations.AddRange(await AxeAsync(page, new Uri(p.Host.BaseAddress, "q/unknown-token-0123456789abcdef").ToString()));

        Assert.Empty(violations);
    }

    [Fact]
    public async Task TheAccessibilityCheckCatchesAnUnlabelledFieldAndPoorContrast()
    {
        var page = await chromium.PhoneAsync(bypassCsp: true);
        await page.SetContentAsync("<html lang=\"nl\"><head><title>t</title></head><body><main><h1 style=\"color:#bbb;background:#fff\">Vraag</h1><input type=\"text\"></main></body></html>");

        var violations = string.Join("\n", await AxeAsync(page, null));

        Assert.Contains("label", violations, StringComparison.Ordinal);
        Assert.Contains("color-contrast", violations, StringComparison.Ordinal);
    }

    private static Task AnswerAsync(IPage page, Item item) => PageActions.AnswerAsync(page, item);

    private static Task<IEnumerable<string>> AxeAsync(IPage page, string? url) => PageActions.AxeAsync(page, url);
}
