using Azure.Storage.Queues;

namespace IpsMonitor.Tests.CheckIns;

internal static class CheckInQueues
{
    /// <summary>The messages waiting on one of the test host's queues (nothing consumes them yet).</summary>
    public static async Task<List<JsonElement>> PeekAsync(TestProgramme p, string queue)
    {
        var client = p.Service<QueueServiceClient>().GetQueueClient(p.Service<StorageNames>().Queue(queue));
        var messages = (await client.PeekMessagesAsync(32)).Value;
        return messages.Select(m => JsonDocument.Parse(m.Body.ToString()).RootElement.Clone()).ToList();
    }
}
