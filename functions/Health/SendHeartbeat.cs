using Azure.Storage.Queues;
using IpsMonitor.Hosting;

namespace IpsMonitor.Health;

internal sealed class SendHeartbeat(QueueServiceClient queues, StorageNames names, TimeProvider time)
{
    public async Task Run(TimerStatus status, CancellationToken ct)
    {
        var queue = queues.GetQueueClient(names.Queue(FunctionMetadata.RecordHeartbeat.Queue));
        await queue.SendMessageAsync(BinaryData.FromObjectAsJson(new Heartbeat(time.GetUtcNow(), status.IsPastDue), System.Text.Json.JsonSerializerOptions.Web), cancellationToken: ct);
    }
}
