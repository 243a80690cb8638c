using Azure.Storage.Queues;

namespace IpsMonitor.Tests.Faults;

/// <summary>A signal function that throws for one candidate: that message ends in poison, the others are processed.</summary>
public sealed class SignalHandlerFaultTests
{
    [Fact]
    public async Task AMessageWhoseCandidateCannotBeReadGoesToPoisonAfterMaxDequeueCountAndTheOthersGetTheirSignals()
    {
        await using var p = await TestProgramme.StartAsync(new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = "3" }, signalFunctions: true);
        var referral = p.Today.AddMonths(-8);
        var caseload = p.Service<CaseloadStore>();
        string[] ids = ["fault-c1", "fault-c2", "fault-c3"];
        foreach (var id in ids)
            await caseload.EnrolAsync(new Candidate(id, TestProgramme.Id, "coach-a", null, "nl", [new Referral(referral, false, null, null)]), null, CancellationToken.None);
        // The middle candidate's row is damaged, as a hand edit or a bad migration would leave it: reading it throws.
        var names = p.Service<StorageNames>();
        var candidates = p.Service<TableServiceClient>().GetTableClient(names.Table(CaseloadStore.CandidatesTable));
        await candidates.UpsertEntityAsync(new TableEntity(TestProgramme.Id, ids[1]) { ["Referrals"] = "[{ damaged" }, TableUpdateMode.Merge);

        var queue = p.Service<QueueServiceClient>().GetQueueClient(names.Queue(QueueNames.CandidateChanged));
        var poison = p.Service<QueueServiceClient>().GetQueueClient(names.Queue(QueueNames.CandidateChanged + "-poison"));
        foreach (var id in ids)
            await queue.SendMessageAsync(Json.Write(new CandidateChanged(TestProgramme.Id, id, "test")));

        var signals = p.Service<SignalStore>();
        async Task<bool> HasTimelineSignal(string id) => (await signals.LoadAsync(TestProgramme.Id, id, CancellationToken.None)).Item1.Any(s => s.Type == SignalTypes.TimelineNoJobStart);
        foreach (var id in new[] { ids[0], ids[2] })
            await TestHost.Eventually(() => HasTimelineSignal(id), $"the timeline signal of {id}", 30);
        await TestHost.Eventually(async () => (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync()).Value.Length == 1, "the poison message", 60);
        await TestHost.Eventually(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the queue to drain", 30);

        var poisoned = Json.Read<CandidateChanged>((await poison.PeekMessagesAsync()).Value[0].Body.ToString());
        Assert.Equal(ids[1], poisoned.CandidateId);
        Assert.False(await HasTimelineSignal(ids[1]));
    }
}
