using System.Globalization;
using System.Text.Json;
using IpsMonitor.Platform;
using IpsMonitor.CheckIns;
using IpsMonitor.Questionnaires;
using IpsMonitor.Tests.CheckIns;
using IpsMonitor.Tests.Infrastructure;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

public sealed class QuestionnaireBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Fact]
    public async Task ACandidateAnswersEveryQuestionOnAPhoneAndSeesTheThankYouPage()
    {
        await using var p = await TestProgramme.StartAsync();
        var id = (await p.EnrolAsync(new DateOnly(2026, 6, 1))).GetProperty("id").GetString()!;
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
            await page.WaitForLoadStateAsync();
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
        var id = (await p.EnrolAsync(new DateOnly(2026, 6, 1))).GetProperty("id").GetString()!;
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

    private static async Task AnswerAsync(IPage page, Item item)
    {
        switch (item)
        {
            case ScaleItem s:
                await page.Locator($"label:has(input[name='{s.Id}'][value='{Math.Min(s.Max, 7)}'])").ClickAsync();
                break;
            case NumberItem n:
                await page.Locator($"input[name='{n.Id}']").FillAsync(n.Id == ItemIds.DesiredHours ? "32" : "24");
                break;
            case YesNoItem y:
                await page.Locator($"label:has(input[name='{y.Id}'][value='yes'])").ClickAsync();
                break;
            case ChoiceItem c:
                await page.Locator($"label:has(input[name='{c.Id}'][value='{c.Options[0].Id}'])").ClickAsync();
                break;
            default:
                await page.Locator($"textarea[name='{item.Id}']").FillAsync("Een vaste collega & <b>meer</b> taken");
                break;
        }
    }

    /// <summary>Runs axe-core (from the project's npm packages) on the page; returns serious and critical violations.</summary>
    private static async Task<IEnumerable<string>> AxeAsync(IPage page, string? url)
    {
        if (url is not null)
            await page.GotoAsync(url);
        await page.AddScriptTagAsync(new PageAddScriptTagOptions { Path = Repo.PathOf("node_modules", "axe-core", "axe.min.js") });
        var result = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] } })).violations" +
            ".map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')).join(', ') }))");
        return result.EnumerateArray()
            .Where(v => v.GetProperty("impact").GetString() is "serious" or "critical")
            .Select(v => string.Create(CultureInfo.InvariantCulture, $"{page.Url}: {v.GetProperty("id").GetString()} at {v.GetProperty("nodes").GetString()}"))
            .ToList();
    }
}
