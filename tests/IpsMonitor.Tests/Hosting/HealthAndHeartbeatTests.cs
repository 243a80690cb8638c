using Azure.Storage.Queues;
using IpsMonitor.Health;

namespace IpsMonitor.Tests.Hosting;

public sealed class HealthAndHeartbeatTests
{
    [Fact]
    public async Task HealthAnswersOkWhenStorageIsReachable()
    {
        await using var host = await TestHost.StartAsync();

        var response = await host.Client().GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("ok", body.GetProperty("storage").GetString());
        Assert.Equal("ok", body.GetProperty("services").GetProperty("tables").GetString());
    }

    [Fact]
    public async Task HealthAnswers503WhenStorageDoesNotAnswer()
    {
        // Storage setup at start needs a live account, so only the probe is pointed at a dead one.
        await using var host = await TestHost.StartAsync(services: s =>
        {
            const string dead = "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;BlobEndpoint=http://127.0.0.1:1/devstoreaccount1;QueueEndpoint=http://127.0.0.1:1/devstoreaccount1;TableEndpoint=http://127.0.0.1:1/devstoreaccount1;";
            s.AddScoped(sp => new GetHealth(
                new Azure.Storage.Blobs.BlobServiceClient(dead, new Azure.Storage.Blobs.BlobClientOptions { Retry = { MaxRetries = 0 } }),
                new QueueServiceClient(dead, new QueueClientOptions { Retry = { MaxRetries = 0 } }),
                new TableServiceClient(dead, new TableClientOptions { Retry = { MaxRetries = 0 } }),
                sp.GetRequiredService<StorageNames>(), sp.GetRequiredService<HealthCache>()));
        });

        var response = await host.Client().GetAsync(new Uri("health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("unreachable", body.GetProperty("storage").GetString());
    }

    [Fact]
    public async Task AHeartbeatPutOnTheQueueIsRecorded()
    {
        await using var host = await TestHost.StartAsync();
        var names = host.Services.GetRequiredService<StorageNames>();
        var queue = host.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(names.Queue(QueueNames.Heartbeats));
        var sentAt = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

        await queue.SendMessageAsync(BinaryData.FromObjectAsJson(new Heartbeat(sentAt, false), JsonSerializerOptions.Web));

        var table = host.Services.GetRequiredService<TableServiceClient>().GetTableClient(names.Table(RecordHeartbeat.Table));
        await TestHost.Eventually(async () => (await table.GetEntityIfExistsAsync<TableEntity>("heartbeat", "last")).HasValue, "the heartbeat row");
        var row = (await table.GetEntityAsync<TableEntity>("heartbeat", "last")).Value;
        Assert.Equal(sentAt, row.GetDateTimeOffset("SentAt"));
        await TestHost.Eventually(async () => (await queue.GetPropertiesAsync()).Value.ApproximateMessagesCount == 0, "the message to be deleted");
        var health = await host.Client().GetFromJsonAsync<JsonElement>(new Uri("health", UriKind.Relative));
        Assert.NotEqual(JsonValueKind.Null, health.GetProperty("lastHeartbeat").ValueKind);
    }

    [Fact]
    public async Task TheRoutePrefixComesFromHostJson()
    {
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:http:routePrefix"] = "v1",
        });
        using var client = new HttpClient { BaseAddress = new Uri(host.BaseAddress, "/") };

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(new Uri("v1/health", UriKind.Relative))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(new Uri("api/health", UriKind.Relative))).StatusCode);
    }
}
