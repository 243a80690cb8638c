using Azure;
using Azure.Data.Tables;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IpsMonitor.Health;

/// <summary>
/// Reports whether each storage service answers, and when the last heartbeat went through the queue; from a report a
/// few seconds old at most (<see cref="HealthCache"/>), so calling it often costs storage nothing extra.
/// </summary>
internal sealed class GetHealth(BlobServiceClient blobs, QueueServiceClient queues, TableServiceClient tables, StorageNames names, HealthCache cache)
{
    [Function("Health")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "health")] HttpRequest request, CancellationToken ct)
    {
        var body = await cache.GetAsync(() => ProbeAsync(ct), ct);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return TypedResults.Json(body, statusCode: body.Storage == "ok" ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
    }

    private async Task<HealthReport> ProbeAsync(CancellationToken ct)
    {
        var blob = await Probe(() => blobs.GetBlobContainerClient(names.Container(Workbooks.WorkbookBlobs.Container)).ExistsAsync(ct));
        var queue = await Probe(() => queues.GetQueueClient(names.Queue(QueueNames.Heartbeats)).ExistsAsync(ct));
        DateTimeOffset? lastHeartbeat = null;
        var table = await Probe(async () =>
        {
            var row = await tables.GetTableClient(names.Table(RecordHeartbeat.Table))
                .GetEntityIfExistsAsync<TableEntity>("heartbeat", "last", cancellationToken: ct);
            lastHeartbeat = row.Row()?.GetDateTimeOffset("ProcessedAt");
        });

        var storage = blob == "ok" && queue == "ok" && table == "ok" ? "ok" : "unreachable";
        return new HealthReport(storage == "ok" ? "healthy" : "unhealthy", storage, new(blob, queue, table), lastHeartbeat);
    }

    private static async Task<string> Probe(Func<Task> call)
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await call().WaitAsync(timeout.Token);
            return "ok";
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException or TimeoutException or HttpRequestException or AggregateException)
        {
            return "unreachable";
        }
    }

    internal sealed record HealthReport(string Status, string Storage, ServiceReport Services, DateTimeOffset? LastHeartbeat);

    internal sealed record ServiceReport(string Blobs, string Queues, string Tables);
}
