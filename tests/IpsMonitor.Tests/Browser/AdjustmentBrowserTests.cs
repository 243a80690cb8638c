using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// A coach in real Chromium starts a job with two adjustments, a supervisor with consent and the first name the candidate
/// allows; later extends one adjustment and reverses the other, reads both decisions in the history, and ends the job
/// through its confirmation page. Every step is checked on the stored job row, not only on the page.
/// </summary>
public sealed class AdjustmentBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [MemberData(nameof(StaffViewports.DesktopAndPhone), MemberType = typeof(StaffViewports))]
    public async Task ACoachStartsAJobWithAdjustmentsAndSupervisorThenExtendsOneAndReversesTheOther(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var today = ProgrammeTime.DateOf(p.Clock.GetUtcNow());
        var id = await p.EnrolIdAsync(today.AddMonths(-6));
        var page = await chromium.StaffPageAsync(width, height, bypassCsp: true);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"], "staff/sign-in");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}").ToString());

        // The job start, with two adjustment rows filled in and the supervisor part.
        await page.GetByText("Nieuwe baan vastleggen").ClickAsync();
        var start = page.Locator("form[action$='/jobs']");
        await start.GetByLabel("Werkgever").FillAsync("Bakkerij De Korf");
        await start.GetByLabel("Functie").FillAsync("Hulp in de bakkerij");
        await start.Locator("[name=sector]").SelectOptionAsync("C");
        await start.GetByLabel("Startdatum").FillAsync(Iso(today.AddMonths(-2)));
        await start.GetByLabel("Contracturen per week").FillAsync("16");
        await start.Locator("[name=kind]").SelectOptionAsync("Regular");
        await start.Locator("#jobstart-competitive").GetByLabel("Ja").CheckAsync();
        await FillRowAsync(start, 0, "ExtraBreaks", null, today.AddMonths(-2), today.AddMonths(1));
        await FillRowAsync(start, 1, "Other", "Vaste werkplek bij het raam", today.AddMonths(-2), today.AddMonths(2));
        await start.Locator("[name='supervisor.disclosure']").SelectOptionAsync("SupervisorOnly");
        await start.Locator("[id='jobstart-supervisor.consent']").GetByLabel("Ja").CheckAsync();
        await start.Locator("[name='supervisor.name']").FillAsync("Mevrouw Jansen");
        await start.Locator("[name='supervisor.email']").FillAsync("jansen@example.org");
        await start.Locator("[name='supervisor.candidateFirstName']").FillAsync("Sam");
        await start.GetByRole(AriaRole.Button, new() { Name = "Opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=[^#]+#saved$"));

        var job = Assert.Single(await JobsAsync(p, id));
        Assert.Equal([AdjustmentKind.ExtraBreaks, AdjustmentKind.Other], job.Adjustments.Select(a => a.Kind));
        Assert.Equal("Vaste werkplek bij het raam", job.Adjustments[1].Description);
        Assert.Equal(today.AddMonths(1), job.Adjustments[0].ReviewDate);
        Assert.Equal(Disclosure.SupervisorOnly, job.Disclosure);
        Assert.Equal(new SupervisorContact(true, job.Supervisor.ConsentChangedAt, "Mevrouw Jansen", "jansen@example.org"),
            job.Supervisor with { CandidateFirstName = null });
        Assert.Equal("Sam", job.Supervisor.CandidateFirstName);

        // Later: an extension without its new date is refused and stores nothing; then extend one and reverse the other.
        var extend = await OpenDecisionAsync(page, "a1");
        await extend.Locator("[name=decision]").SelectOptionAsync("Extend");
        await extend.Locator("[name=effect]").FillAsync("Minder moe na de lunch");
        await extend.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        Assert.Contains("Nieuwe evaluatiedatum", await page.Locator("#form-errors").InnerTextAsync(), StringComparison.Ordinal);
        Assert.All((await JobsAsync(p, id))[0].Adjustments, a => Assert.Empty(a.Decisions));
        extend = page.Locator("form[action$='/adjustments/a1/decisions']");
        await extend.Locator("[name=newReviewDate]").FillAsync(Iso(today.AddMonths(4)));
        await extend.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=[^#]+#saved$"));

        var reverse = await OpenDecisionAsync(page, "a2");
        await reverse.Locator("[name=decision]").SelectOptionAsync("Reverse");
        await reverse.Locator("[name=effect]").FillAsync("Niet meer nodig: went aan de drukte");
        await reverse.GetByRole(AriaRole.Button, new() { Name = "Besluit vastleggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=[^#]+#saved$"));

        job = Assert.Single(await JobsAsync(p, id));
        var extended = Assert.Single(job.Adjustments[0].Decisions);
        Assert.Equal((AdjustmentDecisionKind.Extend, today.AddMonths(4), today.AddMonths(1), "coach-a"),
            (extended.Decision, extended.NewReviewDate!.Value, extended.PreviousReviewDate, extended.CoachId!));
        Assert.Equal((AdjustmentStatus.Extended, today.AddMonths(4)), (job.Adjustments[0].Status, job.Adjustments[0].ReviewDate));
        Assert.Equal(AdjustmentDecisionKind.Reverse, Assert.Single(job.Adjustments[1].Decisions).Decision);
        Assert.Equal(AdjustmentStatus.Reversed, job.Adjustments[1].Status);

        // Both decisions in the history on the page; a reversed adjustment has no decision form any more.
        Assert.Contains("verlengd tot", await page.Locator("li[data-adjustment=a1] ol.decisions").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("Minder moe na de lunch", await page.Locator("li[data-adjustment=a1] ol.decisions").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Contains("teruggedraaid", await page.Locator("li[data-adjustment=a2] ol.decisions").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("form[action$='/adjustments/a2/decisions']").CountAsync());

        await page.EvaluateAsync("() => document.querySelectorAll('details').forEach(d => d.open = true)");
        Assert.Empty(await PageActions.StaffPageProblemsAsync(page, "candidate-adjustments"));

        // Ending the job is destructive: the card leads to its confirmation page, which names the job; only its button,
        // which says the action, ends it.
        await page.Locator($"#job-{job.Id}").GetByRole(AriaRole.Link, new() { Name = "Baan beëindigen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"/jobs/{job.Id}/end$"));
        Assert.Contains("Hulp in de bakkerij bij Bakkerij De Korf", await page.Locator("dl.facts").InnerTextAsync(), StringComparison.Ordinal);
        Assert.Null((await JobsAsync(p, id))[0].EndDate);
        await page.Locator($"#jobend-{job.Id}-endDate").FillAsync(Iso(today));
        await page.Locator($"#jobend-{job.Id}-reason").SelectOptionAsync("ContractEnded");
        await page.GetByRole(AriaRole.Button, new() { Name = "Baan beëindigen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex($"saved=job-{job.Id}#saved$"));
        var ended = Assert.Single(await JobsAsync(p, id));
        Assert.Equal((today, "ContractEnded"), (ended.EndDate, ended.EndReason));
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static async Task FillRowAsync(ILocator form, int row, string kind, string? description, DateOnly from, DateOnly review)
    {
        await form.Locator($"[name='adjustments[{row}].kind']").SelectOptionAsync(kind);
        if (description is not null)
            await form.Locator($"[name='adjustments[{row}].description']").FillAsync(description);
        await form.Locator($"[name='adjustments[{row}].startDate']").FillAsync(Iso(from));
        await form.Locator($"[name='adjustments[{row}].reviewDate']").FillAsync(Iso(review));
    }

    private static async Task<ILocator> OpenDecisionAsync(IPage page, string adjustmentId)
    {
        var form = page.Locator($"form[action$='/adjustments/{adjustmentId}/decisions']");
        await page.Locator("details", new() { Has = form }).Locator("summary").ClickAsync();
        return form;
    }

    private static async Task<IReadOnlyList<Job>> JobsAsync(TestProgramme p, string id) =>
        await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, id, CancellationToken.None);
}
