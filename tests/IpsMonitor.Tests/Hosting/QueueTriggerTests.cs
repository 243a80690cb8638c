using System.Collections.Concurrent;
using Azure.Storage.Queues;
using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Hosting;

public sealed class QueueTriggerTests
{
    public sealed record Work(string Id, string Payload);

    /// <summary>A queue function whose behaviour each test decides.</summary>
    internal sealed class Probe(Func<Work, CancellationToken, Task> behaviour)
    {
        public Task Run(Work work, CancellationToken ct) => behaviour(work, ct);
    }

    /// <summary>The probe as the Worker SDK would describe [Function("Probe")] Run([QueueTrigger("probe")] Work work, …).</summary>
    private static readonly string ProbeFunction =
        TestHost.Metadata("Probe", typeof(Probe), nameof(Probe.Run), """{"name":"work","direction":"In","type":"queueTrigger","queueName":"probe"}""");

    private static Action<IServiceCollection> With(Func<Work, CancellationToken, Task> behaviour) =>
        s => s.AddScoped(_ => new Probe(behaviour));

    private static QueueClient Queue(RunningHost host, string name) =>
        host.Services.GetRequiredService<QueueServiceClient>().GetQueueClient(host.Services.GetRequiredService<StorageNames>().Queue(name));

    /// <summary>The probe function's queue, created, for a test to send to.</summary>
    private static async Task<QueueClient> ProbeQueueAsync(RunningHost host)
    {
        var queue = Queue(host, "probe");
        await queue.CreateIfNotExistsAsync();
        return queue;
    }

    [Theory]
    [InlineData(2)]
    [InlineData(4)]
    public async Task AFailingMessageIsRetriedMaxDequeueCountTimesThenMovedToPoisonIntact(int maxDequeueCount)
    {
        var attempts = new ConcurrentBag<string>();
        Func<Work, CancellationToken, Task> behaviour = (w, _) => { attempts.Add(w.Id); throw new InvalidOperationException("always fails"); };
        await using var host = await TestHost.StartAsync(
            new Dictionary<string, string?> { ["AzureFunctionsJobHost:extensions:queues:maxDequeueCount"] = maxDequeueCount.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            ProbeFunction, services: With(behaviour));
        var queue = Queue(host, "probe");
        var poison = Queue(host, "probe-poison");
        await queue.CreateIfNotExistsAsync();
        var body = JsonSerializer.Serialize(new Work("w1", "ünïcødé <b>&</b> " + new string('x', 2000)), JsonSerializerOptions.Web);

        await queue.SendMessageAsync(body);

        await TestHost.Eventually(async () => (await poison.ExistsAsync()).Value && (await poison.PeekMessagesAsync()).Value.Length == 1, "the message in the poison queue", 30);
        var poisoned = (await poison.PeekMessagesAsync()).Value.Single();
        Assert.Equal(body, poisoned.Body.ToString());
        Assert.Equal(maxDequeueCount, attempts.Count);
        Assert.Empty((await queue.PeekMessagesAsync()).Value);
    }

    [Fact]
    public async Task AMessageWhoseFunctionDidNotFinishIsProcessedByTheNextHost()
    {
        var prefix = TestStorage.NewPrefix();
        var lease = new Dictionary<string, string?> { ["LocalHost:QueueMessageLease"] = "00:00:02" };
        var started = new TaskCompletionSource();
        var first = (Work _, CancellationToken ct) => { started.TrySetResult(); return Task.Delay(Timeout.Infinite, ct); };
        var processed = new ConcurrentBag<string>();
        var second = (Work w, CancellationToken _) => { processed.Add(w.Id); return Task.CompletedTask; };

        await using (var crashing = await TestHost.StartAsync(lease, ProbeFunction, prefix, With(first)))
        {
            // The listener creates its queue in the background after start; the sender does not wait for that.
            await Queue(crashing, "probe").CreateIfNotExistsAsync();
            await Queue(crashing, "probe").SendMessageAsync(JsonSerializer.Serialize(new Work("w2", "p"), JsonSerializerOptions.Web));
            await started.Task.WaitAsync(TimeSpan.FromSeconds(15));
        }

        await using var next = await TestHost.StartAsync(lease, ProbeFunction, prefix, With(second));
        await TestHost.Eventually(() => Task.FromResult(processed.Contains("w2")), "the second host to process the message", 20);
        await TestHost.Eventually(async () => (await Queue(next, "probe").PeekMessagesAsync()).Value.Length == 0, "the message to be deleted");
        Assert.Single(processed);
    }

    [Fact]
    public async Task AMessageThatFailsOnceSucceedsOnRetryAndIsNotPoisoned()
    {
        var attempts = new ConcurrentDictionary<string, int>();
        var behaviour = (Work w, CancellationToken _) =>
            attempts.AddOrUpdate(w.Id, 1, (_, n) => n + 1) == 1 ? throw new TimeoutException("transient") : Task.CompletedTask;
        await using var host = await TestHost.StartAsync(extraMetadata: ProbeFunction, services: With(behaviour));
        var queue = await ProbeQueueAsync(host);

        for (var i = 0; i < 20; i++)
            await queue.SendMessageAsync(JsonSerializer.Serialize(new Work($"m{i}", "p"), JsonSerializerOptions.Web));

        await TestHost.Eventually(() => Task.FromResult(attempts.Count == 20 && attempts.Values.All(n => n == 2)), "every message to succeed on its second attempt", 30);
        await TestHost.Eventually(async () => (await queue.PeekMessagesAsync()).Value.Length == 0, "the queue to drain");
        Assert.False((await Queue(host, "probe-poison").ExistsAsync()).Value);
    }

    [Fact]
    public async Task BatchSizeFromHostJsonBoundsHowManyMessagesRunAtOnce()
    {
        var running = 0;
        var peak = 0;
        var done = 0;
        var behaviour = async (Work _, CancellationToken ct) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref peak, now);
            await Task.Delay(300, ct);
            Interlocked.Decrement(ref running);
            Interlocked.Increment(ref done);
        };
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:batchSize"] = "2",
            ["AzureFunctionsJobHost:extensions:queues:newBatchThreshold"] = "0",
        }, ProbeFunction, services: With(behaviour));
        var queue = await ProbeQueueAsync(host);

        for (var i = 0; i < 8; i++)
            await queue.SendMessageAsync(JsonSerializer.Serialize(new Work($"b{i}", "p"), JsonSerializerOptions.Web));

        await TestHost.Eventually(() => Task.FromResult(Volatile.Read(ref done) == 8), "all eight messages", 30);
        Assert.Equal(2, peak);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }

    [Fact]
    public async Task AFailedMessageWaitsTheVisibilityTimeoutFromHostJsonBeforeItsRetry()
    {
        var attempts = new ConcurrentQueue<DateTime>();
        Func<Work, CancellationToken, Task> behaviour = (_, _) =>
        {
            attempts.Enqueue(DateTime.UtcNow);
            return attempts.Count == 1 ? throw new TimeoutException("first attempt fails") : Task.CompletedTask;
        };
        await using var host = await TestHost.StartAsync(new Dictionary<string, string?>
        {
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:03",
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.200",
        }, ProbeFunction, services: With(behaviour));
        var queue = await ProbeQueueAsync(host);

        await queue.SendMessageAsync(JsonSerializer.Serialize(new Work("v1", "p"), JsonSerializerOptions.Web));

        await TestHost.Eventually(() => Task.FromResult(attempts.Count == 2), "the retry", 20);
        var times = attempts.ToArray();
        Assert.InRange((times[1] - times[0]).TotalSeconds, 2.8, 8);
    }
}
