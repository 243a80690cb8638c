namespace IpsMonitor.CheckIns;

/// <summary>
/// The second half of "store, then enqueue": the outbox row written with the answers is removed only after the message is
/// on the queue. If the enqueue fails, the sweep finds the row and sends the message again, so no submission is without one.
/// Consumers recompute from stored data, so a message sent twice does no harm.
/// </summary>
internal sealed partial class CheckInOutbox(CheckInStore store, MessageQueue queue, AccessStore access,
    DataRights.ErasureTombstones tombstones, TimeProvider time, ILogger<CheckInOutbox> logger)
{
    /// <summary>Rows younger than this may still be in the hands of the request that wrote them.</summary>
    public static readonly TimeSpan Grace = TimeSpan.FromMinutes(1);

    public async Task PublishAsync(string queueName, CheckInMessage message, CancellationToken ct)
    {
        try
        {
            await queue.SendAsync(queueName, message, ct);
            await store.DeleteOutboxAsync(message, ct);
        }
        catch (Exception e) when (e is Azure.RequestFailedException or OperationCanceledException || StorageFault.IsUnavailable(e))
        {
            LogDeferred(e, queueName, message.InvitationId);
        }
    }

    /// <summary>The sweep: every outbox row older than the grace period is sent again.</summary>
    public async Task<int> SweepAsync(CancellationToken ct)
    {
        var sent = 0;
        var cutoff = time.GetUtcNow() - Grace;
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            await foreach (var (queueName, message, createdAt) in store.OutboxAsync(programmeId, ct))
            {
                if (createdAt > cutoff)
                    continue;
                try
                {
                    // Nothing is queued for an erased candidate; the row itself goes (the erasure may have passed it already).
                    if (await tombstones.IsErasedAsync(message.CandidateId, ct))
                    {
                        await store.DeleteOutboxAsync(message, ct);
                        continue;
                    }
                    await queue.SendAsync(queueName, message, ct);
                    await store.DeleteOutboxAsync(message, ct);
                    sent++;
                }
                catch (Exception e) when (e is Azure.RequestFailedException || StorageFault.IsUnavailable(e))
                {
                    LogDeferred(e, queueName, message.InvitationId);
                }
            }
        }
        return sent;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Message to {Queue} for invitation {InvitationId} deferred to the sweep")]
    private partial void LogDeferred(Exception e, string queue, string invitationId);
}
