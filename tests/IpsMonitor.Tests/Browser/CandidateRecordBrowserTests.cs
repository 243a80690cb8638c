using System.Globalization;
using System.Text.RegularExpressions;
using IpsMonitor.Development;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// A coach does in the browser what needed the API before: enrol a candidate from the caseload, set their check-in rhythm,
/// correct the e-mail address, hand over and stop the "Mijn ontwikkeling" link, and refer them again after a discharge.
/// Every step is checked in storage, on a desktop and on a phone.
/// </summary>
public sealed class CandidateRecordBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task ACoachEnrolsSetsTheRhythmCorrectsTheAddressHandsOverTheDevelopmentLinkAndRefersAgain(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var caseload = p.Service<CaseloadStore>();
        var today = p.Today;
        var page = await chromium.StaffPageAsync(width, height);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"]);

        // Enrol from the caseload: the new candidate's page opens, and the record is the coach's own.
        var reference = $"dossier-{width}";
        await page.GetByRole(AriaRole.Link, new() { Name = "Nieuwe kandidaat aanmelden" }).ClickAsync();
        await page.GetByLabel("Datum aanmelding").FillAsync(Iso(today.AddDays(-30)));
        await page.GetByRole(AriaRole.Group, new() { Name = "Had de kandidaat betaald werk bij de aanmelding?" })
            .GetByLabel("Nee").CheckAsync();
        await page.GetByLabel("Eigen kenmerk").FillAsync(reference);
        await page.GetByLabel("Taal van de vragenlijsten").SelectOptionAsync("en");
        await page.GetByLabel("E-mailadres (niet verplicht)").FillAsync("oud@example.org");
        await page.GetByRole(AriaRole.Button, new() { Name = "Kandidaat aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/staff/candidates/k-[0-9a-f]+\?saved=1#saved$"));
        var enrolled = await caseload.FindByLocalReferenceAsync(TestProgramme.Id, reference, default);
        Assert.NotNull(enrolled);
        Assert.Equal(("coach-a", "en", today.AddDays(-30), false),
            (enrolled.CoachId, enrolled.Language, enrolled.CurrentReferral.ReferralDate, enrolled.CurrentReferral.EmployedAtReferral));
        Assert.EndsWith("/" + enrolled.Id, new Uri(page.Url).AbsolutePath, StringComparison.Ordinal);
        Assert.Equal("oud@example.org", (await StoredAsync()).Email);

        // The rhythm while looking for work: every 6 weeks; the other parts stay the programme's.
        await page.GetByText("Ritme aanpassen").ClickAsync();
        await page.GetByLabel("Zonder werk, tijdens het zoeken: elke … weken").FillAsync("6");
        await page.Locator("#cadence-title ~ details").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?saved=cadence-title#saved$"));
        Assert.Equal(new Cadence(null, null, 6), (await StoredAsync()).Candidate.Cadence);

        // A new e-mail address.
        await page.GetByText("E-mailadres, taal of aanmelding corrigeren").ClickAsync();
        await page.GetByLabel("Nieuw e-mailadres").FillAsync("nieuw@example.org");
        await page.Locator("#correction-title ~ details").GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?saved=correction-title#saved$"));
        var corrected = await StoredAsync();
        Assert.Equal("nieuw@example.org", corrected.Email);
        Assert.Equal(today.AddDays(-30), corrected.Candidate.CurrentReferral.ReferralDate);

        // "Mijn ontwikkeling": a link that works, shown once; then every link stopped.
        var links = p.Service<DevelopmentLinkStore>();
        await page.GetByRole(AriaRole.Button, new() { Name = "Link voor de kandidaat maken" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/links/[0-9a-f]{32}#handover$"));
        var token = (await page.Locator("[data-link]").InnerTextAsync()).Trim().Split('/')[^1];
        Assert.True((await links.FindByTokenAsync(token, default))?.WorksAt(p.Clock.GetUtcNow()));
        // A reload shows the link no more and makes no other: the one just handed over keeps working.
        await page.ReloadAsync();
        Assert.Equal(0, await page.Locator("[data-link]").CountAsync());
        Assert.True((await links.FindByTokenAsync(token, default))?.WorksAt(p.Clock.GetUtcNow()));
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{enrolled.Id}").ToString());
        // Stopping is destructive: its confirmation page names it, and only its button stops.
        await page.GetByRole(AriaRole.Link, new() { Name = "Alle links naar Mijn ontwikkeling stoppen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"/development-links/stop$"));
        Assert.True((await links.FindByTokenAsync(token, default))?.WorksAt(p.Clock.GetUtcNow()));
        await page.GetByRole(AriaRole.Button, new() { Name = "Links stoppen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?saved=development-title#saved$"));
        // A coach's stop forgets the token, so the link no longer leads to anything.
        Assert.Null(await links.FindByTokenAsync(token, default));

        // Discharged (through the API), then referred again on the page.
        var discharge = await p.CoachA.PostAsJsonAsync($"candidates/{enrolled.Id}/discharge",
            new { dischargeDate = today.AddDays(-10), reason = "moved" });
        Assert.True(discharge.IsSuccessStatusCode);
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{enrolled.Id}").ToString());
        await page.Locator("#referral-referralDate").FillAsync(Iso(today));
        await page.Locator("#referral-employedAtReferral").GetByLabel("Ja").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Opnieuw aanmelden" }).ClickAsync();
        await page.WaitForURLAsync(new Regex(@"\?saved=referral-title#saved$"));
        var referred = (await StoredAsync()).Candidate;
        Assert.Equal(2, referred.Referrals.Count);
        Assert.Equal((today, true, (DateOnly?)null), (referred.CurrentReferral.ReferralDate, referred.CurrentReferral.EmployedAtReferral,
            referred.CurrentReferral.DischargeDate));

        async Task<VersionedCandidate> StoredAsync() =>
            await caseload.GetAsync(TestProgramme.Id, enrolled.Id, default) ?? throw new InvalidOperationException("Not stored.");
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
