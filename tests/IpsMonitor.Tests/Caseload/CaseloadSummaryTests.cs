namespace IpsMonitor.Tests.Caseload;

/// <summary>
/// The caseload summaries stay what the source rows say: after many operations through the real handlers, and after a
/// rebuild of deliberately damaged rows.
/// </summary>
public sealed class CaseloadSummaryTests
{
    private static readonly CancellationToken None = CancellationToken.None;
    private static readonly string[] Operations =
        ["enrol", "job start", "check-in answered", "link issued", "daily schedule", "signal", "acknowledge", "reassign", "erase"];

    [Fact]
    public async Task AfterFiveHundredRandomOperationsEverySummaryEqualsItsRecomputationAndNoIndexRowIsOrphaned()
    {
        await using var p = await TestProgramme.StartAsync();
        var random = new Random(21);
        var today = p.Today;
        var live = new List<(string Id, DateOnly Referral)>();
        var done = new Dictionary<string, int>();
        for (var n = 0; n < 500; n++)
        {
            var roll = live.Count < 5 ? 0 : random.Next(100);
            var (id, referral) = live.Count == 0 ? ("", today) : live[random.Next(live.Count)];
            var op = roll switch
            {
                < 20 => "enrol", < 33 => "job start", < 52 => "check-in answered", < 58 => "link issued", < 60 => "daily schedule",
                < 72 => "signal", < 86 => "acknowledge",
                < 91 => "reassign", < 96 => "discharge", _ => "erase",
            };
            var succeeded = op switch
            {
                "enrol" => await EnrolAsync(p, random, today, live),
                "job start" => (await p.Coordinator.PostAsJsonAsync($"candidates/{id}/jobs", new
                {
                    employer = "Bakkerij", jobTitle = "Medewerker", sector = "C",
                    startDate = referral.AddDays(random.Next(today.DayNumber - referral.DayNumber + 1)),
                    contractHoursPerWeek = 4 + random.Next(30), competitive = true, kind = "regular",
                    supervisor = new { consent = false, disclosure = "none" },
                })).IsSuccessStatusCode,
                "check-in answered" => await AnswerAsync(p, id, $"c-r{n}", p.Clock.GetUtcNow().AddHours(-random.Next(2000))),
                // New check-ins: a coach's link, and the day's due ones (its missed ones go through their queue).
                "link issued" => (await p.Coordinator.PostAsJsonAsync($"candidates/{id}/invitations", new { respondent = "candidate" }))
                    .IsSuccessStatusCode,
                "daily schedule" => (await p.Service<ScheduleCheckIns>().RunProgrammeAsync(TestProgramme.Id, None)) is var (_, _),
                "signal" => (await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, id, None)) is not null,
                "acknowledge" => await AcknowledgeAsync(p, id),
                "reassign" => await ReassignAsync(p, id),
                "discharge" => (await p.Coordinator.PostAsJsonAsync($"candidates/{id}/discharge",
                    new { dischargeDate = today, reason = "moved" })).IsSuccessStatusCode,
                _ => await EraseAsync(p, id, live),
            };
            done[op] = done.GetValueOrDefault(op) + (succeeded ? 1 : 0);
        }

        Assert.All(Operations, op => Assert.True(done.GetValueOrDefault(op) > 3, $"{op}: {done.GetValueOrDefault(op)} done"));
        await CaseloadSummaryAssert.MatchSourcesAsync(p);
    }

    [Fact]
    public async Task RebuildingTheReadModelsRestoresACorruptedSummaryAndRemovesStrayRows()
    {
        await using var p = await TestProgramme.StartAsync();
        var (working, _) = await p.EnrolInRecentJobAsync(consent: false);
        var looking = await p.EnrolIdAsync(p.Today.AddDays(-60), as_: p.CoachB);
        var table = p.Table(CaseloadSummaryStore.Table);
        var row = (await table.GetEntityAsync<TableEntity>(TestProgramme.Id, CaseloadSummaryStore.SummaryPrefix + working)).Value;
        row["Summary"] = row.GetString("Summary").Replace(CandidateDtos.Working, CandidateDtos.Discharged, StringComparison.Ordinal);
        await table.UpdateEntityAsync(row, row.ETag, TableUpdateMode.Replace);
        await table.DeleteEntityAsync(TestProgramme.Id, row.GetString("Due"));
        await table.AddEntityAsync(new TableEntity(TestProgramme.Id, "a|0|99999999|20260101|k-gone") { ["Summary"] = "{}" });
        var elsewhere = CaseloadSummaryStore.CoachPartition(TestProgramme.Id, "coach-a");
        await table.AddEntityAsync(new TableEntity(elsewhere, CaseloadSummaryStore.SummaryPrefix + looking)
        {
            ["Summary"] = row.GetString("Summary"),
        });
        // A signal list row of a candidate who is gone, and an owner row that names a row that is not there.
        await p.Table(SignalIndexStore.Table).AddEntityAsync(new TableEntity(elsewhere, "o|7|0639000000000000000|k-gone|s-1") { ["Signal"] = "{}" });
        await p.Table(SignalIndexStore.Table).AddEntityAsync(new TableEntity(TestProgramme.Id, SignalIndexStore.OwnerPrefix + "k-gone")
        {
            ["CoachId"] = "coach-a", ["Rows"] = """{"o|7|0639000000000000000|k-gone|s-1":"00"}""",
        });
        var damaged = await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/candidates");
        Assert.DoesNotContain(damaged!, c => c.GetProperty("id").GetString() == working);

        var result = await p.Service<ReadModelRebuild>().RebuildAsync(None);

        Assert.Equal(2, result.Candidates);
        Assert.True(result.Repaired >= 5, $"{result.Repaired} repaired");
        var listed = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/candidates"))!;
        Assert.Equal(new[] { working, looking }.Order(StringComparer.Ordinal),
            listed.Select(c => c.GetProperty("id").GetString() ?? "").Order(StringComparer.Ordinal));
        Assert.Equal(CandidateDtos.Working, listed.Single(c => c.GetProperty("id").GetString() == working).GetProperty("status").GetString());
        await CaseloadSummaryAssert.MatchSourcesAsync(p);
        Assert.Equal(0, (await p.Service<ReadModelRebuild>().RebuildAsync(None)).Repaired);
    }

    private static async Task<bool> EnrolAsync(TestProgramme p, Random random, DateOnly today, List<(string, DateOnly)> live)
    {
        var referral = today.AddDays(-random.Next(400));
        live.Add((await p.EnrolIdAsync(referral, as_: random.Next(3) == 0 ? p.CoachB : p.CoachA), referral));
        return true;
    }

    /// <summary>An answered check-in as the questionnaire stores it, then the work its queue message starts.</summary>
    private static async Task<bool> AnswerAsync(TestProgramme p, string candidateId, string invitationId, DateTimeOffset at)
    {
        var store = p.Service<CheckInStore>();
        var open = p.Service<Invitations>().New(candidateId, invitationId, Respondent.Candidate, ProgrammeTime.DateOf(at), null);
        if (!await store.TryCreateAsync(TestProgramme.Id, open, None)
            || await store.GetAsync(TestProgramme.Id, candidateId, invitationId, None) is not { } file)
            return false;
        var answers = new Dictionary<string, Answer> { [ItemIds.WorkAbility] = Answer.Of(3 + (at.Minute % 6)), [ItemIds.WantsChallenge] = Answer.Of(true) };
        await store.CloseAsync(file, open with { State = InvitationState.Answered, AnsweredAt = at, Answers = answers }, QueueNames.CheckInSubmitted, None);
        await p.Service<SignalRecompute>().RunAsync(TestProgramme.Id, candidateId, None);
        return true;
    }

    private static async Task<bool> AcknowledgeAsync(TestProgramme p, string candidateId)
    {
        var (signals, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, candidateId, None);
        if (signals.FirstOrDefault(s => s.IsOpen && s.AcknowledgedAt is null) is not { } open)
            return false;
        var response = await p.Coordinator.PostAsJsonAsync($"candidates/{candidateId}/signals/{open.Id}/acknowledge", new { note = "Gezien" });
        return response.IsSuccessStatusCode;
    }

    /// <summary>To the other coach: the candidate's rows move from one coach's partitions to the other's.</summary>
    private static async Task<bool> ReassignAsync(TestProgramme p, string candidateId)
    {
        if (await p.Service<CaseloadStore>().GetAsync(TestProgramme.Id, candidateId, None) is not { } file)
            return false;
        var from = file.Candidate.CoachId;
        var response = await p.Coordinator.PostAsJsonAsync($"programmes/{TestProgramme.Id}/reassignments",
            new { fromCoachId = from, toCoachId = from == "coach-a" ? "coach-b" : "coach-a", candidateIds = new[] { candidateId } });
        return response.IsSuccessStatusCode;
    }

    private static async Task<bool> EraseAsync(TestProgramme p, string candidateId, List<(string Id, DateOnly)> live)
    {
        live.RemoveAll(c => c.Id == candidateId);
        return (await p.Coordinator.DeleteAsync(new Uri($"candidates/{candidateId}", UriKind.Relative))).StatusCode == HttpStatusCode.NoContent;
    }
}
