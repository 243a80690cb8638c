using System.Text;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace IpsMonitor.DataRights;

/// <summary>
/// Removes an erased candidate's messages from the poison queues, where nothing would ever consume them. Messages on the
/// live queues are left to their functions, which complete them without effect once the candidate is erased (a receive
/// here would count as one of their delivery attempts).
/// </summary>
internal sealed class QueueScrub(QueueServiceClient queues, StorageNames names)
{
    /// <summary>Long enough to go through one poison queue; kept messages are made visible again right after.</summary>
    private static readonly TimeSpan Hold = TimeSpan.FromMinutes(2);

    public static IEnumerable<string> PoisonQueues => QueueNames.All.Select(q => q + "-poison");

    public async Task<int> RemoveAsync(string candidateId, CancellationToken ct)
    {
        var removed = 0;
        foreach (var name in PoisonQueues)
        {
            var queue = queues.GetQueueClient(names.Queue(name));
            if (!await queue.ExistsAsync(ct))
                continue;
            var kept = new List<(string Id, string Receipt)>();
            while (true)
            {
                var batch = (await queue.ReceiveMessagesAsync(32, Hold, ct)).Value;
                if (batch.Length == 0)
                    break;
                foreach (var message in batch)
                {
                    if (Mentions(message, candidateId))
                    {
                        await queue.DeleteMessageAsync(message.MessageId, message.PopReceipt, ct);
                        removed++;
                    }
                    else
                        kept.Add((message.MessageId, message.PopReceipt));
                }
            }
            foreach (var (id, receipt) in kept)
                await queue.UpdateMessageAsync(id, receipt, visibilityTimeout: TimeSpan.Zero, cancellationToken: ct);
        }
        return removed;
    }

    /// <summary>Messages are base64 JSON (as the Functions host sends them), or plain text from elsewhere.</summary>
    public static string Text(BinaryData body)
    {
        var raw = body.ToString();
        try
        {
            return Encoding.UTF8.GetString(Convert.FromBase64String(raw));
        }
        catch (FormatException)
        {
            return raw;
        }
    }

    private static bool Mentions(QueueMessage message, string candidateId) =>
        Text(message.Body).Contains(candidateId, StringComparison.Ordinal);
}
