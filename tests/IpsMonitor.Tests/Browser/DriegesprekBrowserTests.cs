using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// A coach in real Chromium records a driegesprek under the agenda (an agreement, an adjustment extended, an hours plan),
/// records that the candidate agreed to share the summary, and opens the supervisor's summary: each page passes axe and
/// reflows at its size and at 200% text, in Dutch and in English; the stored job holds what was typed.
/// </summary>
public sealed class DriegesprekBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    [Theory]
    [MemberData(nameof(StaffViewports.DesktopAndPhone), MemberType = typeof(StaffViewports))]
    public async Task ACoachRecordsATalkSharesItsSummaryAndEveryPagePassesAtThisSizeAndAt200PercentText(int width, int height)
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await InWorkWithAnAdjustmentAsync(p);
        var page = await chromium.StaffPageAsync(width, height, bypassCsp: true);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"], "staff/sign-in");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}").ToString());
        var problems = new List<string>();

        await page.Locator("#driegesprek-record summary").First.ClickAsync();
        var form = page.Locator("form[action$='/driegesprekken']");
        await form.Locator("[name='agreements[0].text']").FillAsync("Rooster voor de ochtend maken");
        await form.Locator("[name='agreements[0].owner']").SelectOptionAsync("Supervisor");
        await form.Locator("[name='agreements[0].dueDate']").FillAsync(Iso(today.AddDays(14)));
        await form.Locator("[name='decisions[0].decision']").SelectOptionAsync("Extend");
        await form.Locator("[name='decisions[0].effect']").FillAsync("Minder moe na de lunch");
        await form.Locator("[name='decisions[0].newReviewDate']").FillAsync(Iso(today.AddMonths(2)));
        await form.Locator("[name=hoursFrom]").FillAsync("16");
        await form.Locator("[name=hoursTo]").FillAsync("24");
        await form.Locator("[name=hoursBy]").FillAsync(Iso(today.AddDays(42)));
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "driegesprek-form"));
        // Without the next date the talk is refused, marked at its field, and nothing is stored.
        await form.GetByRole(AriaRole.Button, new() { Name = "Driegesprek opslaan" }).ClickAsync();
        await page.Locator("#form-errors").WaitForAsync();
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "driegesprek-refused"));
        Assert.Empty((await JobAsync(p, id, jobId)).Driegesprekken);
        form = page.Locator("form[action$='/driegesprekken']");
        await form.Locator("[name=nextDate]").FillAsync(Iso(today.AddMonths(3)));
        await form.GetByRole(AriaRole.Button, new() { Name = "Driegesprek opslaan" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=[^#]+#saved$"));

        var talk = Assert.Single((await JobAsync(p, id, jobId)).Driegesprekken);
        Assert.Equal(("Rooster voor de ochtend maken", new HoursPlan(16, 24, today.AddDays(42))), (talk.Agreements[0].Text, talk.Hours));
        Assert.Equal(AdjustmentStatus.Extended, (await JobAsync(p, id, jobId)).Adjustments[0].Status);
        Assert.Contains("Rooster voor de ochtend maken", await page.Locator("#driegesprek").InnerTextAsync(), StringComparison.Ordinal);
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "driegesprek-recorded"));

        var share = page.Locator("form[action$='/driegesprekken/t1/sharing']");
        await page.Locator("details.talk summary").First.ClickAsync();
        await share.GetByLabel("De kandidaat gaat akkoord").CheckAsync();
        await share.GetByRole(AriaRole.Button, new() { Name = "Akkoord vastleggen" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("saved=[^#]+#saved$"));
        Assert.NotNull(Assert.Single((await JobAsync(p, id, jobId)).Driegesprekken).Sharing);

        foreach (var lang in new[] { "nl", "en" })
        {
            await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}/jobs/{jobId}/driegesprekken/t1/summary?lang={lang}").ToString());
            Assert.Contains("Rooster voor de ochtend maken", await page.Locator("#driegesprek-summary").InnerTextAsync(), StringComparison.Ordinal);
            problems.AddRange(await PageActions.StaffPageProblemsAsync(page, $"driegesprek-summary-{lang}"));
        }
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}?lang=en").ToString());
        problems.AddRange(await PageActions.StaffPageProblemsAsync(page, "driegesprek-en"));

        Assert.Empty(problems);
    }

    /// <summary>
    /// On a phone at 200% text an agreement's and a decision's fields are about as wide as the talk's own date: a date shows
    /// its year and a label breaks between words. The padding of a fieldset inside a fieldset grows with the text, and had
    /// left them 194 of 326 px.
    /// </summary>
    [Fact]
    public async Task OnAPhoneAt200PercentTextTheFieldsOfAnAgreementAndADecisionKeepTheirWidth()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var (id, jobId) = await InWorkWithAnAdjustmentAsync(p);
        var page = await chromium.StaffPageAsync(390, 844);
        await BrowserSignIn.WithKeyAsync(page, p, p.Keys["coach-a"], "staff/sign-in");
        await page.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{id}").ToString());
        await PhoneChecks.DoubleTextSizeAsync(page);
        await page.Locator("#driegesprek-record summary").First.ClickAsync();
        var form = page.Locator("form[action$='/driegesprekken']");

        var talkDate = await form.Locator("[name=talkDate]").EvaluateAsync<double>("e => e.getBoundingClientRect().width");
        var nested = await form.Locator("fieldset fieldset input:not([type=hidden]), fieldset fieldset select")
            .EvaluateAllAsync<string[]>("es => es.map(e => e.name + ' ' + Math.round(e.getBoundingClientRect().width))");

        Assert.Equal(12, nested.Length);
        Assert.All(nested, field => Assert.True(
            double.Parse(field.Split(' ')[1], CultureInfo.InvariantCulture) >= 0.85 * talkDate, $"{field} px beside a talk date of {talkDate} px"));
    }

    private static async Task<Job> JobAsync(TestProgramme p, string id, string jobId) =>
        (await p.Service<CaseloadStore>().JobAsync(TestProgramme.Id, id, jobId, CancellationToken.None))!;

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A candidate in a job of six months, with supervisor consent and one adjustment due for review in a week.</summary>
    private static async Task<(string Id, string JobId)> InWorkWithAnAdjustmentAsync(TestProgramme p)
    {
        var id = await p.EnrolIdAsync(p.Today.AddMonths(-8));
        var jobId = await p.StartJobAsync(id, p.Today.AddMonths(-6), consent: true);
        Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments",
            new { kind = "extraBreaks", startDate = p.Today.AddMonths(-6), reviewDate = p.Today.AddDays(7) })).StatusCode);
        return (id, jobId);
    }
}
