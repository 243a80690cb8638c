using IpsMonitor.Tests.CheckIns;
using Microsoft.Playwright;

namespace IpsMonitor.Tests.Browser;

/// <summary>
/// A supervisor rates each agreed adjustment on its own: on a phone, in French, the check-in names the job's adjustments
/// still in place (not the reversed one); one rated "no longer fits" opens the supervisor concern signal naming it, and the
/// coach's agenda shows the fit of each adjustment by name. The screen passes axe at 360 px with 100% and 200% text.
/// </summary>
public sealed class AdjustmentFitBrowserTests(Chromium chromium) : IClassFixture<Chromium>
{
    private const string Breaks = "om 11 en om 15 uur, tien minuten";

    [Fact]
    public async Task EachAdjustmentIsAskedByNameAndOneThatNoLongerFitsReachesTheCoachNamed()
    {
        await using var p = await TestProgramme.StartAsync(signalFunctions: true);
        var start = p.Today.AddDays(-60);
        var candidateId = await p.EnrolIdAsync(start.AddDays(-30));
        var created = await p.CoachA.PostAsJsonAsync($"candidates/{candidateId}/jobs", new
        {
            employer = "Lunchroom De Hoek", jobTitle = "Medewerker bediening", sector = "I", startDate = start, contractHoursPerWeek = 16,
            competitive = true, kind = "regular",
            supervisor = new { consent = true, name = "Chef", email = "chef@example.org", disclosure = "supervisorOnly" },
            adjustments = new object[]
            {
                new { kind = "extraBreaks", description = Breaks, startDate = start, reviewDate = p.Today.AddDays(30), status = "active" },
                new { kind = "fewerHours", startDate = start, reviewDate = p.Today.AddDays(30), status = "active" },
                new { kind = "quietWorkplace", startDate = start, reviewDate = p.Today.AddDays(-5), status = "reversed" },
            },
        });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var jobId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var supervisor = await Visitor.LinkAsync(p, candidateId, "supervisor");
        var job = (await p.Service<CaseloadStore>().JobsAsync(TestProgramme.Id, candidateId, CancellationToken.None)).Single();
        var definition = p.Service<QuestionnaireCatalog>().Current(Respondent.Supervisor)
            .AskedAbout(AdjustmentAsked.Of(job, new Dictionary<string, Answer>(), p.Today));
        var fr = UiText.French;

        var phone = await chromium.PhoneAsync(bypassCsp: true);
        await phone.GotoAsync(new Uri(p.Host.BaseAddress, $"q/{supervisor.Token}?lang=fr").ToString());
        var legends = new List<string>();
        for (var step = 1; step <= definition.Groups.Count; step++)
        {
            foreach (var item in definition.Groups[step - 1].Items)
            {
                if (item.Id.StartsWith(ItemIds.SupervisorAdjustmentFit + "-", StringComparison.Ordinal))
                {
                    legends.Add(await phone.Locator($"fieldset#q-{item.Id} legend").InnerTextAsync());
                    var fit = item.Id.EndsWith("-a1", StringComparison.Ordinal) ? "no" : "partly";
                    await phone.Locator($"label:has(input[name='{item.Id}'][value='{fit}'])").ClickAsync();
                }
                else if (item.Id == ItemIds.SupervisorConcerns)
                    await phone.Locator($"label:has(input[name='{item.Id}'][value='no'])").ClickAsync();
                else if (item is not TextItem)
                    await PageActions.AnswerAsync(phone, item);
            }
            if (step == definition.StepOf("s_adjustment_fit-a1"))
            {
                // The screen with a question per adjustment, at 360 px with 100% and 200% text.
                var problems = new List<string>();
                await PhoneChecks.CheckAsync(phone, "adjustment-fit-fr", problems);
                await phone.EvaluateAsync("() => document.documentElement.style.fontSize = '200%'");
                await PhoneChecks.CheckAsync(phone, "adjustment-fit-fr-text200", problems);
                await phone.EvaluateAsync("() => document.documentElement.style.fontSize = ''");
                Assert.Empty(problems);
            }
            await PageActions.PressAsync(phone, step == definition.Groups.Count ? "submit" : "next");
        }

        Assert.Equal(
            [$"L’aménagement convenu «\u00a0{fr.AdjustmentKinds[AdjustmentKind.ExtraBreaks]}{fr.Colon}{Breaks}\u00a0» convient-il encore\u00a0?",
                $"L’aménagement convenu «\u00a0{fr.AdjustmentKinds[AdjustmentKind.FewerHours]}\u00a0» convient-il encore\u00a0?"],
            legends);
        var answered = (await p.Service<CheckInStore>().FindByTokenAsync(supervisor.Token, CancellationToken.None))!.Invitation;
        Assert.Equal(InvitationState.Answered, answered.State);
        Assert.Equal([("s_adjustment_fit-a1", "no"), ("s_adjustment_fit-a2", "partly")],
            answered.Answers.Where(a => a.Key.StartsWith(ItemIds.SupervisorAdjustmentFit, StringComparison.Ordinal))
                .OrderBy(a => a.Key, StringComparer.Ordinal).Select(a => (a.Key, a.Value.Text)));

        // The signal opens through the real queue for the one adjustment that no longer fits, and names it.
        StoredSignal? concern = null;
        await TestHost.Eventually(async () => (concern = (await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, candidateId,
            CancellationToken.None)).Signals.FirstOrDefault(s => s.Type == SignalTypes.SupervisorConcern && s.ResolvedAt is null)) is not null,
            "the supervisor concern signal", 60);
        Assert.Equal([(EvidenceItems.AdjustmentNotFitting, $"{jobId}/a1")], concern!.Evidence.Select(e => (e.ItemId, e.Value)));
        Assert.Equivalent(new SupervisorConcernFacts(p.Today, false, true) { NotFitting = [AdjustmentKind.ExtraBreaks] }, concern.Facts);

        // The coach reads which adjustment, on the signal and in the agenda, with each adjustment's fit by name.
        var staff = await chromium.StaffPageAsync(1280, 800);
        await BrowserSignIn.WithKeyAsync(staff, p, p.Keys["coach-a"], "staff/sign-in");
        await staff.GotoAsync(new Uri(p.Host.BaseAddress, $"staff/candidates/{candidateId}").ToString());
        var signals = await staff.Locator("#signals").InnerTextAsync();
        Assert.Contains("gaf de leidinggevende aan wat niet meer past: extra pauzes", signals, StringComparison.Ordinal);
        Assert.Contains($"past niet meer: Extra pauzes: {Breaks}", signals, StringComparison.Ordinal);
        var voice = await staff.Locator("#driegesprek .supervisor-voice").InnerTextAsync();
        Assert.Contains($"Aanpassing „Extra pauzes: {Breaks}”", voice, StringComparison.Ordinal);
        Assert.Contains("nee, past niet meer", voice, StringComparison.Ordinal);
        Assert.Contains("Aanpassing „Minder uren”", voice, StringComparison.Ordinal);
        Assert.Contains("deels, iets kan anders", voice, StringComparison.Ordinal);
        Assert.DoesNotContain("Rustige werkplek", voice, StringComparison.Ordinal);
    }
}
