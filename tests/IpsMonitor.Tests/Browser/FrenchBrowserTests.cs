using System.Text.RegularExpressions;
using IpsMonitor.Development;
using IpsMonitor.Tests.CheckIns;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>French, end to end, as a French-speaking candidate meets it: on a 360 px phone, with the keyboard only.</summary>
public sealed class FrenchBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task AFrenchCandidateAnswersWithTheKeyboardOnAPhoneAndReadsTheThankYouPageAndTheirDevelopment()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = await p.EnrolIdAsync(new DateOnly(2026, 6, 1), language: "fr");
        await p.StartJobAsync(id, new DateOnly(2026, 9, 1), consent: false);
        using var visitor = await Visitor.LinkAsync(p, id);
        var definition = await visitor.DefinitionAsync();
        var page = await chromium.PhoneAsync(bypassCsp: true);
        var problems = new List<string>();

        await page.GotoAsync(new Uri(p.Host.BaseAddress, "q/" + visitor.Token).ToString());
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
            Assert.Equal($"Étape {step} sur {definition.Groups.Count}", await page.Locator(".progress-text").InnerTextAsync());
            Assert.Equal(definition.Groups[step - 1].Title["fr"], await page.Locator("h2").First.InnerTextAsync());
            await PhoneChecks.CheckAsync(page, $"step {step}", problems);
            foreach (var item in definition.Groups[step - 1].Items)
                await AnswerAsync(page, item);
            var last = step == definition.Groups.Count;
            await PhoneChecks.TabToAsync(page, $"button.primary[value={(last ? "submit" : "next")}]");
            await page.Keyboard.PressAsync("Enter");
            // Wait for the next page itself: the load state of the page just left is already "loaded".
            if (last)
                await page.WaitForURLAsync("**sent=1**");
            else
                await Microsoft.Playwright.Assertions.Expect(page.Locator(".progress-text"))
                    .ToHaveTextAsync($"Étape {step + 1} sur {definition.Groups.Count}");
        }

        Assert.Equal(UiText.French.ThankYouTitle, await page.Locator("h1").InnerTextAsync());
        Assert.Equal(UiText.French.ThankYouCandidate, await page.Locator("h1 + p").InnerTextAsync());
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        await PhoneChecks.CheckAsync(page, "thank-you", problems);
        var stored = (await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None))?.Invitation;
        Assert.Equal(InvitationState.Answered, stored?.State);
        Assert.Equal(7m, stored?.Answers[ItemIds.WorkAbility].Number);
        Assert.Equal(24m, stored?.Answers[ItemIds.HoursWorked].Number);
        Assert.Equal("Une collègue fixe", stored?.Answers[ItemIds.HelpNow].Text);

        await PhoneChecks.TabToAsync(page, "a[href*='/development']");
        Assert.Equal(DevelopmentText.French.ThankYouLink, await page.EvaluateAsync<string>("document.activeElement.textContent"));
        await PageActions.EnterAsync(page, new Regex("/development"));

        Assert.Equal("Mon évolution", await page.Locator("h1").InnerTextAsync());
        Assert.Equal("fr", await page.Locator("html").GetAttributeAsync("lang"));
        Assert.Equal(DevelopmentText.French.FirstCheckIn, await page.Locator("ul.summary li").First.InnerTextAsync());
        Assert.Equal(["7"], await page.Locator($"span[data-item={ItemIds.WorkAbility}]").AllInnerTextsAsync());
        Assert.Equal(["Nederlands", "English"], await page.Locator(".top a").AllInnerTextsAsync());
        await PhoneChecks.CheckAsync(page, "development", problems);
        Assert.Empty(problems);
    }

    /// <summary>
    /// Answers with the keyboard: Tab to the question, Space to tick the first box and arrows to move along a scale, or type
    /// into a field. The answers match <see cref="PageActions.AnswerAsync"/>: 7 on a scale, yes, the first option.
    /// </summary>
    private static async Task AnswerAsync(IPage page, Item item)
    {
        await PhoneChecks.TabToAsync(page, $"[name={item.Id}]");
        switch (item)
        {
            case ScaleItem scale:
                await page.Keyboard.PressAsync("Space");
                for (var i = scale.Min; i < Math.Min(scale.Max, 7); i++)
                    await page.Keyboard.PressAsync("ArrowRight");
                break;
            case YesNoItem or ChoiceItem:
                await page.Keyboard.PressAsync("Space");
                break;
            case NumberItem:
                await page.Keyboard.TypeAsync(item.Id == ItemIds.DesiredHours ? "32" : "24");
                break;
            default:
                await page.Keyboard.TypeAsync("Une collègue fixe");
                break;
        }
    }
}
