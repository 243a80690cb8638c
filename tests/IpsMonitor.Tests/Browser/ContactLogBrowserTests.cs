using System.Text.RegularExpressions;
using IpsMonitor.Tests.Development;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// The coach's contact log, in a browser on a phone: the coach logs a call with the candidate from the candidate page; it
/// is stored, listed newest first with its topics and note, and it resolves "no contact" as a logged contact. The note
/// appears on no page a candidate or supervisor sees, nor the coach's observation: the check-ins, their thank-you pages and "Mijn ontwikkeling".
/// </summary>
public sealed class ContactLogBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Note = "Belde over de schulden en de nachtdiensten; volgende week samen naar het loket.";

    /// <summary>
    /// A contact sent without with whom and how is refused on a phone: nothing is stored, and the page opens with the error
    /// summary in view and holding the focus, so the keyboard goes on from the summary's links, not from the top.
    /// </summary>
    [Fact]
    public async Task ARefusedContactOpensWithTheFocusOnTheErrorSummary()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var staff = await chromium.StaffPageAsync(390, 844);
        await BrowserSignIn.WithKeyAsync(staff, p, p.Keys["coach-a"], "staff/sign-in");
        await staff.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{people.WorkingId}").ToString());
        await staff.Locator("section[aria-labelledby='contacts-title'] summary").ClickAsync();
        // The browser's own check of the required choices would stop the post: the server's answer is what is checked here.
        await staff.EvaluateAsync("() => document.querySelector('form[action$=\"/contacts\"]').noValidate = true");

        await staff.Locator("form[action$='/contacts'] button[type='submit']").ClickAsync();
        await staff.Locator("#form-errors").WaitForAsync();
        await PageActions.LoadedAsync(staff);

        Assert.Equal("form-errors", await staff.EvaluateAsync<string>("() => document.activeElement.id"));
        Assert.True(await staff.EvaluateAsync<bool>(
            "() => { const b = document.activeElement.getBoundingClientRect(); return b.top >= 0 && b.top < innerHeight; }"));
        Assert.Empty(await p.Service<ContactStore>().RecentAsync(TestProgramme.Id, people.WorkingId, 10, CancellationToken.None));
    }

    [Fact]
    public async Task ACoachLogsAContactThatResolvesNoContactAndTheNoteReachesNoRespondentPage()
    {
        await using var p = await TestProgramme.StartAsync();
        var people = await BrowserPeople.CreateAsync(p);
        var signals = p.Service<SignalStore>();
        var before = (await signals.LoadAsync(TestProgramme.Id, people.WorkingId, CancellationToken.None)).Signals;
        Assert.Contains(before, s => s.Key == $"{SignalTypes.TimelineNoContact}:{people.JobId}" && s.ResolvedAt is null);

        var staff = await chromium.StaffPageAsync(390, 844, bypassCsp: true);
        await BrowserSignIn.WithKeyAsync(staff, p, p.Keys["coach-a"], "staff/sign-in");
        await staff.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{people.WorkingId}").ToString());
        Assert.Contains("Nog geen contact vastgelegd.", await staff.Locator("section[aria-labelledby='contacts-title']").InnerTextAsync(),
            StringComparison.Ordinal);
        await staff.Locator("section[aria-labelledby='contacts-title'] summary").ClickAsync();
        var form = staff.Locator("form[action$='/contacts']");
        Assert.Equal(p.Today.ToString("O"), await form.Locator("input[name='contactedOn']").InputValueAsync());
        await form.Locator("select[name='with']").SelectOptionAsync("Candidate");
        await form.Locator("select[name='means']").SelectOptionAsync("Phone");
        await form.GetByLabel("Uitkering en inkomen").CheckAsync();
        await form.GetByLabel("Welzijn").CheckAsync();
        await form.Locator("textarea[name='note']").FillAsync(Note);
        await form.Locator("button[type='submit']").ClickAsync();
        await staff.WaitForURLAsync(new Regex("saved=[^#]+#saved$"));

        var log = await staff.Locator("section[aria-labelledby='contacts-title']").InnerTextAsync();
        foreach (var expected in new[] { "Kandidaat · Telefoon", "Uitkering en inkomen, Welzijn", Note })
            Assert.Contains(expected, log, StringComparison.Ordinal);
        var stored = Assert.Single(await p.Service<ContactStore>().RecentAsync(TestProgramme.Id, people.WorkingId, 10, CancellationToken.None));
        Assert.Equal((p.Today, ContactWith.Candidate, ContactMeans.Phone, Note, "coach-a"),
            (stored.ContactedOn, stored.With, stored.Means, stored.Note, stored.CoachId));
        Assert.Equal([ContactTopic.BenefitsAndIncome, ContactTopic.WellBeing], stored.Topics);
        var resolved = Assert.Single((await signals.LoadAsync(TestProgramme.Id, people.WorkingId, CancellationToken.None)).Signals,
            s => s.Type == SignalTypes.TimelineNoContact);
        Assert.Equal(SignalResolution.ContactLogged, resolved.ResolvedBecause);
        Assert.Contains("er is contact met de kandidaat vastgelegd", await staff.Locator("#signals").TextContentAsync(), StringComparison.Ordinal);
        Assert.Empty(await PageActions.StaffPageProblemsAsync(staff, "candidate-contacts"));

        // The coach's observation with its note, which no respondent page shows either.
        await p.Service<ObservationStore>().AddAsync(TestProgramme.Id, new CoachObservation("o-1", people.WorkingId, p.Today, 6, 4, true, 3,
            ObservedNextStep.MoreHours, "Observatie: oogt vermoeid na de late diensten.", "coach-a", p.Clock.GetUtcNow()), CancellationToken.None);

        // Every page the candidate and the supervisor see: their check-ins with the thank-you pages, and "Mijn ontwikkeling".
        var phone = await chromium.PhoneAsync(bypassCsp: true);
        var pages = new List<string>();
        foreach (var visitor in new[] { people.Working, people.Supervisor })
        {
            await phone.GotoAsync(people.Link(visitor));
            pages.AddRange(await WalkAsync(phone, await visitor.DefinitionAsync()));
        }
        var (_, token) = await DevelopmentFixture.LinkAsync(p, people.WorkingId);
        foreach (var lang in new[] { "nl", "en", "fr" })
        {
            await phone.GotoAsync(new Uri(p.Host.BaseAddress, $"d/{token}?lang={lang}").ToString());
            pages.Add(await phone.ContentAsync());
        }
        Assert.True(pages.Count >= 7, $"only {pages.Count} respondent pages");
        Assert.All(pages, page =>
        {
            Assert.DoesNotContain("nachtdiensten", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Contactmomenten", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Uitkering en inkomen", page, StringComparison.Ordinal);
            Assert.DoesNotContain("oogt vermoeid", page, StringComparison.Ordinal);
            Assert.DoesNotContain("Observatie van de begeleider", page, StringComparison.Ordinal);
        });
    }

    /// <summary>Answers every screen (yes on yes/no, the first option of a choice) and keeps each page, the thank-you page last.</summary>
    private static async Task<List<string>> WalkAsync(IPage page, QuestionnaireDefinition definition)
    {
        var pages = new List<string>();
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            pages.Add(await page.ContentAsync());
            foreach (var item in definition.Groups[step - 1].Items)
                if (await page.Locator($"[name='{item.Id}']").CountAsync() > 0)
                    await PageActions.AnswerAsync(page, item);
            await PageActions.PressAsync(page, step == definition.Groups.Count ? "submit" : "next");
        }
        pages.Add(await page.ContentAsync());
        Assert.Contains("Bedankt", await page.Locator("h1").InnerTextAsync(), StringComparison.Ordinal);
        return pages;
    }
}
