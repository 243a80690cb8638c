using Azure.Storage.Queues;

namespace IpsMonitor.Platform;

/// <summary>Puts JSON messages on the app's queues, base64-encoded like the Functions runtime expects.</summary>
internal sealed class MessageQueue(QueueServiceClient queues, StorageNames names)
{
    public async Task SendAsync<T>(string queue, T message, CancellationToken ct)
    {
        var client = queues.GetQueueClient(names.Queue(queue));
        await client.SendMessageAsync(BinaryData.FromString(Json.Write(message)), cancellationToken: ct);
    }
}
