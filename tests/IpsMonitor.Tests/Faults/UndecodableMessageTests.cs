using Azure.Storage.Queues;
using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Faults;

/// <summary>
/// A message that is not base64 (put there by hand or by another tool) can never be processed. On every queue of
/// functions.metadata it goes to the poison queue as it came, and the host goes on serving and processing.
/// </summary>
public sealed class UndecodableMessageTests
{
    private const string Undecodable = "not base64!";

    [Fact]
    public async Task AMessageThatIsNotBase64GoesToPoisonIntactOnEveryQueueAndTheHostKeepsWorking()
    {
        var queues = TestHost.AppFunctions.OfType<QueueFunction>().Select(f => f.Queue).Distinct().ToList();
        Assert.NotEmpty(queues);
        await using var p = await TestProgramme.StartAsync(signalFunctions: true);
        var names = p.Service<StorageNames>();
        var raw = new QueueServiceClient(await TestStorage.ConnectionStringAsync(), new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None });

        foreach (var queue in queues)
        {
            var client = raw.GetQueueClient(names.Queue(queue));
            await client.CreateIfNotExistsAsync();
            await client.SendMessageAsync(Undecodable);
        }

        // A good message after the bad ones is still processed.
        var referral = p.Today.AddMonths(-8);
        await p.Service<CaseloadStore>().EnrolAsync(
            new Candidate("undecodable-c1", TestProgramme.Id, "coach-a", null, "nl", [new Referral(referral, false, null, null)]), null, CancellationToken.None);
        await p.Service<QueueServiceClient>().GetQueueClient(names.Queue(QueueNames.CandidateChanged))
            .SendMessageAsync(Json.Write(new CandidateChanged(TestProgramme.Id, "undecodable-c1", "test")));

        foreach (var queue in queues)
        {
            var poison = raw.GetQueueClient(names.Queue(queue + "-poison"));
            await TestHost.Eventually(async () => (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync()).Value.Length == 1,
                $"the undecodable message in {queue}-poison", 30);
            Assert.Equal(Undecodable, (await poison.PeekMessagesAsync()).Value[0].Body.ToString());
        }

        var signals = p.Service<SignalStore>();
        await TestHost.Eventually(async () => (await signals.LoadAsync(TestProgramme.Id, "undecodable-c1", CancellationToken.None)).Item1
            .Any(s => s.Type == SignalTypes.TimelineNoJobStart), "the good message's signal", 30);
        using var health = await p.Anonymous().GetAsync("health");
        Assert.Equal(System.Net.HttpStatusCode.OK, health.StatusCode);
    }
}
