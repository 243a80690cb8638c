using Azure.Storage.Queues;

namespace IpsMonitor.Health;

internal sealed class SendHeartbeat(QueueServiceClient queues, StorageNames names, TimeProvider time)
{
    [Function("SendHeartbeat")]
    public async Task Run([TimerTrigger("%HeartbeatSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        var queue = queues.GetQueueClient(names.Queue(QueueNames.Heartbeats));
        var heartbeat = BinaryData.FromObjectAsJson(new Heartbeat(time.GetUtcNow(), timer.IsPastDue), System.Text.Json.JsonSerializerOptions.Web);
        await queue.SendMessageAsync(heartbeat, cancellationToken: ct);
    }
}
