using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace IpsMonitor.LocalHost;

/// <summary>
/// Runs one queue function the way the Functions queue trigger does: polls with backoff up to maxPollingInterval,
/// fetches batchSize messages and a new batch when in-flight work drops to newBatchThreshold, deletes a message only
/// after its function succeeded, makes a failed one visible again after visibilityTimeout, and moves it to
/// &lt;queue&gt;-poison after maxDequeueCount attempts. It reads raw messages and decodes the base64 itself: a message that
/// is not base64 can never be processed, so it goes to the poison queue at once, as it came, as the Functions runtime's
/// queue extension does; one such message must never fail a whole receive and stop the host.
/// </summary>
internal sealed partial class QueueListener(
    QueueFunction function, QueueServiceClient queues, StorageNames names, QueueSettings settings,
    TimeSpan messageLease, IServiceScopeFactory scopes, ILogger<QueueListener> logger) : BackgroundService
{
    private static readonly TimeSpan MinPollingInterval = TimeSpan.FromMilliseconds(100);
    private readonly SemaphoreSlim completed = new(0);
    private int inFlight;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var queue = queues.GetQueueClient(names.Queue(function.Queue));
        var poison = queues.GetQueueClient(names.Queue(function.Queue + "-poison"));
        await queue.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        var delay = MinPollingInterval;
        var running = new List<Task>();

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                if (Volatile.Read(ref inFlight) > settings.NewBatchThreshold)
                {
                    await completed.WaitAsync(stoppingToken);
                    continue;
                }

                QueueMessage[] batch;
                try
                {
                    batch = (await queue.ReceiveMessagesAsync(settings.BatchSize, messageLease, stoppingToken)).Value;
                }
                catch (Exception e) when (e is RequestFailedException || StorageFault.IsUnavailable(e))
                {
                    // Storage away for a while: poll again later (backing off as when the queue is empty), never stop the host.
                    LogPollFailed(function.Queue, (e as RequestFailedException)?.Status ?? 0, (e as RequestFailedException)?.ErrorCode ?? e.GetType().Name);
                    batch = [];
                }

                if (batch.Length == 0)
                {
                    await LongDelay.ForAsync(Jitter(delay), TimeProvider.System, stoppingToken);
                    delay = delay >= settings.MaxPollingInterval / 2 ? settings.MaxPollingInterval : delay * 2;
                    continue;
                }

                delay = MinPollingInterval;
                running.RemoveAll(t => t.IsCompleted);
                foreach (var message in batch)
                {
                    Interlocked.Increment(ref inFlight);
                    running.Add(ProcessAsync(queue, poison, message, stoppingToken));
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }

        // Let in-flight functions see the cancellation; a message they did not finish stays on the queue.
        await Task.WhenAll(running);
    }

    private async Task ProcessAsync(QueueClient queue, QueueClient poison, QueueMessage message, CancellationToken stoppingToken)
    {
        try
        {
            await Task.Yield();
            if (message.DequeueCount > settings.MaxDequeueCount)
            {
                await MoveToPoisonAsync(queue, poison, message, message.PopReceipt, stoppingToken);
                return;
            }
            if (Decode(message) is not { } body)
            {
                LogUndecodable(function.Queue, message.MessageId);
                await MoveToPoisonAsync(queue, poison, message, message.PopReceipt, stoppingToken);
                return;
            }

            using var renewal = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var receipt = new Receipt(message.PopReceipt);
            var renewing = RenewLeaseAsync(queue, message.MessageId, receipt, renewal.Token);
            Exception? failure = null;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await function.InvokeAsync(scope.ServiceProvider, body, stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                failure = e;
            }
            finally
            {
                await renewal.CancelAsync();
                await renewing;
            }

            if (stoppingToken.IsCancellationRequested)
                return;

            if (failure is null)
            {
                await queue.DeleteMessageAsync(message.MessageId, receipt.Value, CancellationToken.None);
                return;
            }

            LogFunctionFailed(failure, function.Name, message.MessageId, message.DequeueCount, settings.MaxDequeueCount);
            if (message.DequeueCount >= settings.MaxDequeueCount)
                await MoveToPoisonAsync(queue, poison, message, receipt.Value, CancellationToken.None);
            else
                await queue.UpdateMessageAsync(message.MessageId, receipt.Value, visibilityTimeout: settings.VisibilityTimeout,
                    cancellationToken: CancellationToken.None);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        catch (Exception e) when (e is RequestFailedException || StorageFault.IsUnavailable(e))
        {
            // The lease was lost (another instance took the message), or storage is away: either way the message
            // reappears when its lease lapses and is tried again.
            LogSettleFailed(function.Queue, message.MessageId, (e as RequestFailedException)?.Status ?? 0);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight);
            completed.Release();
        }
    }

    private async Task MoveToPoisonAsync(QueueClient queue, QueueClient poison, QueueMessage message, string popReceipt, CancellationToken ct)
    {
        await poison.CreateIfNotExistsAsync(cancellationToken: ct);
        // The body goes over as it came: both clients pass the text through untouched.
        await poison.SendMessageAsync(message.Body, cancellationToken: ct);
        await queue.DeleteMessageAsync(message.MessageId, popReceipt, ct);
        LogPoisoned(function.Queue, message.MessageId, message.DequeueCount);
    }

    /// <summary>The message's base64 text decoded, or null when it is not base64 (written by something other than the app).</summary>
    private static BinaryData? Decode(QueueMessage message)
    {
        var text = message.Body.ToString();
        var bytes = new byte[text.Length * 3 / 4 + 3];
        return Convert.TryFromBase64String(text, bytes, out var written) ? BinaryData.FromBytes(bytes.AsMemory(0, written)) : null;
    }

    /// <summary>Keeps a long-running message invisible; if the host dies, the lease lapses and the message reappears.</summary>
    private async Task RenewLeaseAsync(QueueClient queue, string messageId, Receipt receipt, CancellationToken ct)
    {
        try
        {
            while (true)
            {
                await LongDelay.ForAsync(messageLease / 2, TimeProvider.System, ct);
                var updated = await queue.UpdateMessageAsync(messageId, receipt.Value, visibilityTimeout: messageLease, cancellationToken: ct);
                receipt.Value = updated.Value.PopReceipt;
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (Exception e) when (e is RequestFailedException || StorageFault.IsUnavailable(e))
        {
            LogSettleFailed(function.Queue, messageId, (e as RequestFailedException)?.Status ?? 0);
        }
    }

    /// <summary>80–100% of the delay, so hosts started together do not poll in step; never longer, so never an overflow.</summary>
    private static TimeSpan Jitter(TimeSpan delay) => delay * (0.8 + Random.Shared.NextDouble() * 0.2);

    private sealed class Receipt(string value)
    {
        public string Value { get; set; } = value;
    }
}
