using Azure.Storage.Queues;
using IpsMonitor.Tests.CheckIns;

namespace IpsMonitor.Tests.Signals;

/// <summary>Check-ins submitted over the form reach the signal functions through the real queues of the local host.</summary>
public sealed class SignalPipelineTests
{
    private static readonly Dictionary<string, string> WantsMoreHours = new()
    {
        [ItemIds.HoursWorked] = "16", [ItemIds.ContractHours] = "16", [ItemIds.DesiredHours] = "32",
    };

    private static async Task<(TestProgramme P, string CandidateId)> InWorkAsync()
    {
        var p = await TestProgramme.StartAsync(signalFunctions: true);
        var today = p.Today;
        var id = await p.EnrolIdAsync(today.AddDays(-400));
        await p.StartJobAsync(id, today.AddDays(-300), consent: false);
        return (p, id);
    }

    /// <summary>Answers a check-in on the form at a moment in the past, as the person would have then.</summary>
    private static async Task<string> CheckInAsync(TestProgramme p, string candidateId, int daysAgo, IReadOnlyDictionary<string, string> answers)
    {
        p.Clock.Offset = TimeSpan.FromDays(-daysAgo);
        using var visitor = await Visitor.LinkAsync(p, candidateId);
        await visitor.AnswerAllAsync(answers);
        var stored = await p.Service<CheckInStore>().FindByTokenAsync(visitor.Token, CancellationToken.None);
        p.Clock.Offset = TimeSpan.Zero;
        return stored!.Invitation.Id;
    }

    private static async Task<JsonElement[]> SignalsAsync(TestProgramme p, string candidateId) =>
        (await p.CoachA.GetFromJsonAsync<JsonElement[]>($"candidates/{candidateId}/signals"))!;

    [Fact]
    public async Task ThreeCheckInsWantingMoreHoursOpenAnHoursGapSignalWithItsEvidence()
    {
        var (p, id) = await InWorkAsync();
        await using var _ = p;

        var first = await CheckInAsync(p, id, 112, WantsMoreHours);
        var second = await CheckInAsync(p, id, 56, WantsMoreHours);
        var third = await CheckInAsync(p, id, 0, WantsMoreHours);

        JsonElement gap = default;
        await TestHost.Eventually(async () => (gap = (await SignalsAsync(p, id)).FirstOrDefault(s => s.GetProperty("type").GetString() == SignalTypes.HoursGap)).ValueKind != JsonValueKind.Undefined, "the hours gap signal", 30);
        var evidence = gap.GetProperty("evidence").EnumerateArray().Select(e => e.GetProperty("invitationId").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { first, second, third }, evidence);
        Assert.Contains("32", gap.GetProperty("explanationNl").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, gap.GetProperty("resolvedAt").ValueKind);

        // The programme list shows it to the coach and the coordinator, not to the other coach.
        // The list's rows follow the signals in the same queue work, right after them.
        var forCoordinator = Array.Empty<JsonElement>();
        await TestHost.Eventually(async () => (forCoordinator = (await p.Coordinator.GetFromJsonAsync<JsonElement[]>(
            $"programmes/{TestProgramme.Id}/signals?type={SignalTypes.HoursGap}"))!).Length > 0, "the signal on the list", 30);
        var forOtherCoach = await p.CoachB.GetFromJsonAsync<JsonElement[]>($"programmes/{TestProgramme.Id}/signals");
        Assert.Single(forCoordinator!);
        Assert.Empty(forOtherCoach!);

        // When the hours are met the signal resolves and stays as history.
        await CheckInAsync(p, id, 0, new Dictionary<string, string> { [ItemIds.HoursWorked] = "32", [ItemIds.ContractHours] = "32", [ItemIds.DesiredHours] = "32" });
        await TestHost.Eventually(async () => (await SignalsAsync(p, id)).Any(s => s.GetProperty("type").GetString() == SignalTypes.HoursGap && s.GetProperty("resolvedAt").ValueKind != JsonValueKind.Null), "the hours gap to resolve", 30);
    }

    [Fact]
    public async Task TheSameMessageTwiceAndConcurrentRecomputesLeaveOneSignal()
    {
        var (p, id) = await InWorkAsync();
        await using var _ = p;
        var invitation = await CheckInAsync(p, id, 112, WantsMoreHours);
        await CheckInAsync(p, id, 56, WantsMoreHours);
        await CheckInAsync(p, id, 0, WantsMoreHours);
        await TestHost.Eventually(async () => (await SignalsAsync(p, id)).Any(s => s.GetProperty("type").GetString() == SignalTypes.HoursGap), "the hours gap signal", 30);

        var queue = p.Service<QueueServiceClient>().GetQueueClient(p.Service<StorageNames>().Queue(QueueNames.CheckInSubmitted));
        var message = Json.Write(new CheckInMessage(TestProgramme.Id, id, invitation));
        await queue.SendMessageAsync(message);
        await queue.SendMessageAsync(message);
        var recompute = p.Service<SignalRecompute>();
        await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => recompute.RunAsync(TestProgramme.Id, id, CancellationToken.None)));
        await TestHost.Eventually(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the queue to drain", 30);

        var (stored, _) = await p.Service<SignalStore>().LoadAsync(TestProgramme.Id, id, CancellationToken.None);
        Assert.Single(stored, s => s.Type == SignalTypes.HoursGap);
        Assert.Equal(stored.Count, stored.Select(s => s.Key).Distinct().Count());
    }

    [Fact]
    public async Task APoisonMessageEndsInThePoisonQueueWhileOtherMessagesAreProcessed()
    {
        var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "2" }, signalFunctions: true);
        await using var _ = p;
        var today = p.Today;
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
            ids.Add(await p.EnrolIdAsync(today.AddMonths(-8)));
        var names = p.Service<StorageNames>();
        var queue = p.Service<QueueServiceClient>().GetQueueClient(names.Queue(QueueNames.CandidateChanged));
        var poison = p.Service<QueueServiceClient>().GetQueueClient(names.Queue(QueueNames.CandidateChanged + "-poison"));

        await queue.SendMessageAsync("{ this is not a message");
        foreach (var id in ids)
            await queue.SendMessageAsync(Json.Write(new IpsMonitor.Caseload.CandidateChanged(TestProgramme.Id, id, "test")));

        // Eight months after referral without a job: each candidate gets the IPS timeline signal.
        foreach (var id in ids)
            await TestHost.Eventually(async () => (await SignalsAsync(p, id)).Any(s => s.GetProperty("type").GetString() == SignalTypes.TimelineNoJobStart), $"the timeline signal of {id}", 30);
        await TestHost.Eventually(async () => (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync()).Value.Length == 1, "the poison message", 30);
        Assert.Equal("{ this is not a message", (await poison.PeekMessagesAsync()).Value[0].Body.ToString());
    }

    [Fact]
    public async Task TheNightlyRunOpensTimeBasedSignalsWithoutAnySubmissionAndACoachCanAcknowledgeThem()
    {
        var p = await TestProgramme.StartAsync();
        await using var _ = p;
        var id = await p.EnrolIdAsync(p.Today.AddMonths(-7));
        Assert.Empty(await SignalsAsync(p, id));

        await p.Service<ReevaluateSignals>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);

        var signal = Assert.Single(await SignalsAsync(p, id));
        Assert.Equal(SignalTypes.TimelineNoJobStart, signal.GetProperty("type").GetString());
        var signalId = signal.GetProperty("id").GetString();
        var byOtherCoach = await p.CoachB.PostAsJsonAsync($"candidates/{id}/signals/{signalId}/acknowledge", new { note = "x" });
        var acknowledged = await p.CoachA.PostAsJsonAsync($"candidates/{id}/signals/{signalId}/acknowledge", new { note = "Besproken; vacatures gezocht." });
        var tooLong = await p.CoachA.PostAsJsonAsync($"candidates/{id}/signals/{signalId}/acknowledge", new { note = new string('x', 501) });

        Assert.Equal(HttpStatusCode.Forbidden, byOtherCoach.StatusCode);
        Assert.Equal(HttpStatusCode.OK, acknowledged.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        await p.Service<ReevaluateSignals>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var after = Assert.Single(await SignalsAsync(p, id));
        Assert.Equal("Besproken; vacatures gezocht.", after.GetProperty("acknowledgementNote").GetString());
        Assert.Equal("coach-a", after.GetProperty("acknowledgedBy").GetString());

        // A job start clears the condition: the signal resolves, stays as history, and is no longer acknowledged.
        await p.StartJobAsync(id, p.Today, consent: false);
        await p.Service<ReevaluateSignals>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var resolved = (await SignalsAsync(p, id)).Single(s => s.GetProperty("id").GetString() == signalId);
        Assert.NotEqual(JsonValueKind.Null, resolved.GetProperty("resolvedAt").ValueKind);
        var late = await p.CoachA.PostAsJsonAsync($"candidates/{id}/signals/{signalId}/acknowledge", new { note = "later" });
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);
    }

    [Fact]
    public async Task AcknowledgingASignalAgainKeepsTheEarlierNoteAndARowFromBeforeTheHistoryKeepsItsOne()
    {
        var p = await TestProgramme.StartAsync();
        await using var _ = p;
        var id = await p.EnrolIdAsync(p.Today.AddMonths(-7));
        await p.Service<ReevaluateSignals>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo(), CancellationToken.None);
        var signalId = Assert.Single(await SignalsAsync(p, id)).GetProperty("id").GetString();

        await p.CoachA.PostAsJsonAsync($"candidates/{id}/signals/{signalId}/acknowledge", new { note = "Gebeld, belt terug." });
        p.Clock.Offset += TimeSpan.FromDays(2);
        var again = await p.Coordinator.PostAsJsonAsync($"candidates/{id}/signals/{signalId}/acknowledge", new { note = "Besproken in teamoverleg." });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var history = Assert.Single(await SignalsAsync(p, id)).GetProperty("acknowledgements").EnumerateArray().ToList();
        Assert.Equal(["Gebeld, belt terug.", "Besproken in teamoverleg."], history.Select(a => a.GetProperty("note").GetString()));
        Assert.Equal("coach-a", history[0].GetProperty("by").GetString());
        Assert.StartsWith("coordinator:", history[1].GetProperty("by").GetString());

        // A row acknowledged before the history was kept has only the single fields; it reads as one acknowledgement.
        var table = p.Service<Azure.Data.Tables.TableServiceClient>().GetTableClient(p.Service<StorageNames>().Table(SignalStore.Table));
        var row = (await table.GetEntityAsync<Azure.Data.Tables.TableEntity>(TestProgramme.Id, $"{id}|{signalId}")).Value;
        row.Remove("Acknowledgements");
        row["AcknowledgedBy"] = "coach-b";
        row["AcknowledgementNote"] = "Oude notitie";
        await table.UpdateEntityAsync(row, Azure.ETag.All, Azure.Data.Tables.TableUpdateMode.Replace);
        var old = Assert.Single(Assert.Single(await SignalsAsync(p, id)).GetProperty("acknowledgements").EnumerateArray().ToList());
        Assert.Equal(("coach-b", "Oude notitie"), (old.GetProperty("by").GetString(), old.GetProperty("note").GetString()));
    }
}
