using System.Text.Json;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Cronos;

namespace IpsMonitor.LocalHost;

/// <summary>
/// Runs one timer function as the Functions timer trigger does on Linux: a 6-field NCRONTAB schedule in UTC,
/// its last run kept in a status blob so a run missed while the host was down is caught up once at start (past due),
/// and a blob lease so two hosts never run the same tick.
/// </summary>
internal sealed partial class TimerScheduler(
    TimerFunction function, CronExpression schedule, BlobServiceClient blobs, StorageNames names,
    string hostId, TimeProvider time, IServiceScopeFactory scopes, ILogger<TimerScheduler> logger) : BackgroundService
{
    public const string Container = "azure-webjobs-hosts";

    private BlobContainerClient HostContainer => blobs.GetBlobContainerClient(names.Container(Container));
    private BlobClient StatusBlob => HostContainer.GetBlobClient($"timers/{hostId}/{function.Name}/status");
    private TimerLease Lease => new(HostContainer.GetBlobClient($"locks/{hostId}/{function.Name}/lock"));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await HostContainer.CreateIfNotExistsAsync(cancellationToken: stoppingToken);
        await Lease.CreateAsync(stoppingToken);

        try
        {
            await WhileStorageIsAwayAsync(() => CatchUpAsync(stoppingToken), null, stoppingToken);
            var previous = time.GetUtcNow();
            while (!stoppingToken.IsCancellationRequested)
            {
                // From the previous tick, not from now: a delay that wakes a hair early must not yield the same tick twice.
                var now = time.GetUtcNow();
                var tick = NextAfter(now > previous ? now : previous);
                await LongDelay.UntilAsync(tick, time, stoppingToken);
                await WhileStorageIsAwayAsync(() => TryRunAsync(tick, isPastDue: false, stoppingToken), NextAfter(tick), stoppingToken);
                previous = tick;
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    /// <summary>
    /// Storage that does not answer (the lease, the status blob) must not stop the host: the attempt is repeated, a little
    /// later each time, until storage answers or the next tick is due (which then stands in for this one).
    /// </summary>
    private async Task WhileStorageIsAwayAsync(Func<Task> attempt, DateTimeOffset? giveUpAt, CancellationToken ct)
    {
        var wait = TimeSpan.FromSeconds(1);
        while (true)
        {
            try
            {
                await attempt();
                return;
            }
            catch (Exception e) when (StorageFault.IsUnavailable(e) && !ct.IsCancellationRequested)
            {
                LogStorageAway(function.Name, wait);
            }
            if (giveUpAt is { } end && time.GetUtcNow() + wait >= end)
                return;
            await LongDelay.ForAsync(wait, time, ct);
            wait = wait < TimeSpan.FromMinutes(1) ? wait * 2 : wait;
        }
    }

    /// <summary>If the recorded next run lies in the past, the host was down at that time: run once, past due.</summary>
    private async Task CatchUpAsync(CancellationToken ct)
    {
        var status = await ReadStatusAsync(ct);
        var now = time.GetUtcNow();
        if (status is null)
        {
            await Lease.RunAsync(async () =>
            {
                if (await ReadStatusAsync(ct) is null)
                    await WriteStatusAsync(new ScheduleRecord(null, NextAfter(now), now), ct);
            }, ct);
            return;
        }
        if (status.Next <= now)
        {
            var missed = schedule.GetOccurrences(status.Next, now, TimeZoneInfo.Utc, fromInclusive: true, toInclusive: true).LastOrDefault(status.Next);
            await TryRunAsync(missed, isPastDue: true, ct);
        }
    }

    private async Task TryRunAsync(DateTimeOffset tick, bool isPastDue, CancellationToken ct)
    {
        var ran = await Lease.RunAsync(async () =>
        {
            // Read under the lease: the host that held it before may have run this tick already.
            var status = await ReadStatusAsync(ct);
            if (status?.Last is { } last && last >= tick)
                return;

            var next = NextAfter(tick > time.GetUtcNow() ? tick : time.GetUtcNow());
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                var timer = new TimerInfo
                {
                    IsPastDue = isPastDue,
                    ScheduleStatus = new ScheduleStatus
                    {
                        Last = status?.Last?.UtcDateTime ?? default,
                        Next = next.UtcDateTime,
                        LastUpdated = time.GetUtcNow().UtcDateTime,
                    },
                };
                await function.InvokeAsync(scope.ServiceProvider, timer, ct);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogFailed(e, function.Name, tick);
            }
            await WriteStatusAsync(new ScheduleRecord(tick, next, time.GetUtcNow()), CancellationToken.None);
        }, ct);

        if (!ran)
            LogSkipped(function.Name, tick);
    }

    private DateTimeOffset NextAfter(DateTimeOffset moment) =>
        schedule.GetNextOccurrence(moment, TimeZoneInfo.Utc) ?? throw new InvalidOperationException($"Timer {function.Name} has no next occurrence.");

    private async Task<ScheduleRecord?> ReadStatusAsync(CancellationToken ct)
    {
        try
        {
            var content = await StatusBlob.DownloadContentAsync(ct);
            return content.Value.Content.ToObjectFromJson<ScheduleRecord>(JsonSerializerOptions.Web);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
            return null;
        }
    }

    private Task WriteStatusAsync(ScheduleRecord record, CancellationToken ct) =>
        StatusBlob.UploadAsync(BinaryData.FromObjectAsJson(record, JsonSerializerOptions.Web),
            new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = "application/json" } }, ct);

    /// <summary>The status blob, in the shape the Functions runtime writes.</summary>
    private sealed record ScheduleRecord(DateTimeOffset? Last, DateTimeOffset Next, DateTimeOffset LastUpdated);

    [LoggerMessage(Level = LogLevel.Error, Message = "Timer {Function} failed for {Tick}")]
    private partial void LogFailed(Exception e, string function, DateTimeOffset tick);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Timer {Function}: storage does not answer; trying again in {Wait}")]
    private partial void LogStorageAway(string function, TimeSpan wait);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Timer {Function} tick {Tick} is being run by another host")]
    private partial void LogSkipped(string function, DateTimeOffset tick);
}
