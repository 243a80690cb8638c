using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Workspace;

/// <summary>
/// The whole loop under a moved clock: the candidate and the supervisor answer, the coach logs an observation and a
/// contact, a driegesprek is recorded with an
/// agreement due in two weeks, one adjustment extended and one reversed and an hours plan from 16 to 24 hours; the hours
/// gap stays closed until the plan's date, the agreement passes its due date and its signal opens, and the next agenda
/// opens with the agreement, its state and the adjustment history.
/// </summary>
public sealed class DriegesprekLoopTests
{
    private static readonly Dictionary<string, string> WantsMoreHours = new()
    {
        [ItemIds.HoursWorked] = "16", [ItemIds.ContractHours] = "16", [ItemIds.DesiredHours] = "32",
    };

    /// <summary>A check-in answered on its form at a moment in the past, as the person would have then.</summary>
    private static async Task CheckInAsync(TestProgramme p, string candidateId, string respondent, int daysAgo, IReadOnlyDictionary<string, string>? answers)
    {
        var offset = p.Clock.Offset;
        p.Clock.Offset = offset - TimeSpan.FromDays(daysAgo);
        using var visitor = await Visitor.LinkAsync(p, candidateId, respondent);
        await visitor.AnswerAllAsync(answers);
        p.Clock.Offset = offset;
    }

    private static async Task<IReadOnlyList<StoredSignal>> OpenSignalsAsync(TestProgramme p, string candidateId)
    {
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, candidateId, CancellationToken.None);
        var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, candidateId, CancellationToken.None);
        return signals.Where(s => s.ResolvedAt is null).ToList();
    }

    [Fact]
    public async Task ARecordedTalkIsFollowedUpUntilTheNextAgenda()
    {
        await using var p = await TestProgramme.StartAsync();
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddDays(-300));
        var jobId = await p.StartJobAsync(id, today.AddDays(-220), consent: true);
        foreach (var kind in new[] { "extraBreaks", "fixedContactPerson" })
            Assert.Equal(HttpStatusCode.Created, (await p.CoachA.PostAsJsonAsync($"candidates/{id}/jobs/{jobId}/adjustments",
                new { kind, startDate = today.AddDays(-200), reviewDate = today.AddDays(7) })).StatusCode);

        // The candidate wants more hours at three check-ins after onboarding; the supervisor answers too.
        await CheckInAsync(p, id, "candidate", 112, WantsMoreHours);
        await CheckInAsync(p, id, "candidate", 56, WantsMoreHours);
        await CheckInAsync(p, id, "supervisor", 3, null);
        await CheckInAsync(p, id, "candidate", 0, WantsMoreHours);
        Assert.Contains(await OpenSignalsAsync(p, id), s => s.Type == SignalTypes.HoursGap);

        using (var coach = await StaffSession.SignInAsync(p, "coach-a"))
        {
            // The coach's own perspective: an observation on the same dimensions, and a call with the candidate.
            Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/observations", new()
            {
                ["observedOn"] = today.AddDays(-2).ToString("O"), ["workAbility"] = "6", ["fit"] = "4", ["taskGrowth"] = "false",
                ["independence"] = "4", ["nextStep"] = "MoreHours", ["note"] = "Wil graag meer uren.",
            }, $"candidates/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/contacts", new()
            {
                ["contactedOn"] = today.AddDays(-1).ToString("O"), ["with"] = "Candidate", ["means"] = "Phone", ["topics"] = "Development",
            }, $"candidates/{id}")).StatusCode);

            var talk = new Dictionary<string, string>
            {
                ["talkDate"] = today.ToString("O"), ["participants"] = "Candidate",
                ["agreements[0].text"] = "Rooster voor de ochtend maken", ["agreements[0].owner"] = "Supervisor",
                ["agreements[0].dueDate"] = today.AddDays(14).ToString("O"),
                ["decisions[0].adjustmentId"] = "a1", ["decisions[0].decision"] = "Extend", ["decisions[0].effect"] = "Minder moe",
                ["decisions[0].newReviewDate"] = today.AddMonths(2).ToString("O"),
                ["decisions[1].adjustmentId"] = "a2", ["decisions[1].decision"] = "Reverse", ["decisions[1].effect"] = "Niet meer nodig",
                ["hoursFrom"] = "16", ["hoursTo"] = "24", ["hoursBy"] = today.AddDays(42).ToString("O"),
                ["nextDate"] = today.AddMonths(3).ToString("O"),
            };
            Assert.Equal(HttpStatusCode.SeeOther, (await coach.PostAsync($"candidates/{id}/jobs/{jobId}/driegesprekken", talk, $"candidates/{id}")).StatusCode);
        }
        // The plan holds the hours gap back from the talk on: the signal resolves at once.
        Assert.DoesNotContain(await OpenSignalsAsync(p, id), s => s.Type == SignalTypes.HoursGap);

        // Two weeks on, the agreement's due day: nothing overdue yet.
        p.Clock.Offset = TimeSpan.FromDays(14);
        Assert.DoesNotContain(await OpenSignalsAsync(p, id), s => s.Type == SignalTypes.AgreementOverdue);

        // The day after: the agreement is overdue, and the hours gap still waits for the plan's date.
        p.Clock.Offset = TimeSpan.FromDays(15);
        var open = await OpenSignalsAsync(p, id);
        var overdue = Assert.Single(open, s => s.Type == SignalTypes.AgreementOverdue);
        Assert.Equal($"{SignalTypes.AgreementOverdue}:{jobId}", overdue.Key);
        Assert.DoesNotContain(open, s => s.Type == SignalTypes.HoursGap);

        // The next agenda opens with the agreement and its state, and what the adjustments did.
        using (var coach = await StaffSession.SignInAsync(p, "coach-a"))
        {
            var page = Dom.Parse(await coach.PageAsync($"candidates/{id}"));
            var lists = page.GetElementById("driegesprek")!.QuerySelectorAll(".agenda-lists section").Select(s => s.Text()).ToList();
            // Three perspectives side by side: the coach's line beside the candidate's and the supervisor's.
            Assert.NotEmpty(page.GetElementById("driegesprek")!.QuerySelectorAll("g[data-series='coach']"));
            Assert.Contains("Rooster voor de ochtend maken", Agreements(lists), StringComparison.Ordinal);
            Assert.Contains("te laat", Agreements(lists), StringComparison.Ordinal);
            Assert.Contains("Extra pauzes: verlengd", History(lists), StringComparison.Ordinal);
            Assert.Contains("teruggedraaid", History(lists), StringComparison.Ordinal);
            // The signal is on the page in words, the agreement named in its evidence.
            Assert.Contains(page.QuerySelectorAll(".signal"), s => s.Text().Contains("Rooster voor de ochtend maken", StringComparison.Ordinal));
        }

        // On the plan's date the hours gap still waits; the day after, the hours have not come and it opens again.
        p.Clock.Offset = TimeSpan.FromDays(42);
        Assert.DoesNotContain(await OpenSignalsAsync(p, id), s => s.Type == SignalTypes.HoursGap);
        p.Clock.Offset = TimeSpan.FromDays(43);
        Assert.Contains(await OpenSignalsAsync(p, id), s => s.Type == SignalTypes.HoursGap);
    }

    private static string Agreements(List<string> lists) => lists.Single(l => l.StartsWith("Afspraken van vorige keer", StringComparison.Ordinal));

    private static string History(List<string> lists) => lists.Single(l => l.StartsWith("Aanpassingen: besluiten", StringComparison.Ordinal));
}
