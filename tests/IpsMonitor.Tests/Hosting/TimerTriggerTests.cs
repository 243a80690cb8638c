using System.Collections.Concurrent;
using System.Text.Json;
using Azure.Storage.Blobs;
using IpsMonitor.Hosting;
using IpsMonitor.Tests.Infrastructure;

namespace IpsMonitor.Tests.Hosting;

public sealed class TimerTriggerTests
{
    internal sealed class Probe(Func<TimerStatus, CancellationToken, Task> behaviour)
    {
        public Task Run(TimerStatus status, CancellationToken ct) => behaviour(status, ct);
    }

    private static FunctionBinding ProbeTimer(string schedule) =>
        FunctionBinding.Timer<Probe>("ProbeTimer", "%ProbeSchedule%", schedule, (f, status, ct) => f.Run(status, ct));

    private static Action<IServiceCollection> With(Func<TimerStatus, CancellationToken, Task> behaviour) =>
        s => s.AddScoped(_ => new Probe(behaviour));

    [Fact]
    public async Task ATimerMissedWhileTheHostWasDownRunsOncePastDueOnStart()
    {
        var prefix = TestStorage.NewPrefix();
        var blobs = new BlobServiceClient(await TestStorage.ConnectionStringAsync());
        var container = blobs.GetBlobContainerClient(new StorageNames(prefix).Container(TimerScheduler.Container));
        await container.CreateIfNotExistsAsync();
        var now = DateTimeOffset.UtcNow;
        // The host last ran two hours ago; the hourly run due an hour ago was missed.
        await container.GetBlobClient("timers/ipsmonitor-local/ProbeTimer/status").UploadAsync(
            BinaryData.FromObjectAsJson(new { last = now.AddHours(-2), next = now.AddHours(-1), lastUpdated = now.AddHours(-2) }, JsonSerializerOptions.Web));
        var runs = new ConcurrentBag<TimerStatus>();
        var behaviour = (TimerStatus s, CancellationToken _) => { runs.Add(s); return Task.CompletedTask; };

        await using var host = await TestHost.StartAsync(functions: [ProbeTimer("0 0 * * * *")], prefix: prefix, services: With(behaviour));

        await TestHost.Eventually(() => Task.FromResult(!runs.IsEmpty), "the past-due run");
        await Task.Delay(1500);
        var run = Assert.Single(runs);
        Assert.True(run.IsPastDue);
        Assert.True(run.Next > now);
        var status = (await container.GetBlobClient("timers/ipsmonitor-local/ProbeTimer/status").DownloadContentAsync()).Value.Content.ToObjectFromJson<JsonElement>();
        Assert.True(status.GetProperty("next").GetDateTimeOffset() > now);
    }

    [Fact]
    public async Task ATimerThatWasNotMissedDoesNotRunOnStart()
    {
        var runs = new ConcurrentBag<TimerStatus>();
        var behaviour = (TimerStatus s, CancellationToken _) => { runs.Add(s); return Task.CompletedTask; };
        var prefix = TestStorage.NewPrefix();

        await using (await TestHost.StartAsync(functions: [ProbeTimer("0 0 0 1 1 *")], prefix: prefix, services: With(behaviour)))
            await Task.Delay(1000);
        await using (await TestHost.StartAsync(functions: [ProbeTimer("0 0 0 1 1 *")], prefix: prefix, services: With(behaviour)))
            await Task.Delay(1000);

        Assert.Empty(runs);
    }

    [Fact]
    public async Task TwoHostsNeverRunTheSameTickTwice()
    {
        var prefix = TestStorage.NewPrefix();
        var runs = new ConcurrentBag<DateTimeOffset>();
        var behaviour = async (TimerStatus s, CancellationToken ct) => { runs.Add(s.Next); await Task.Delay(300, ct); };
        var everySecond = new Dictionary<string, string?> { ["ProbeSchedule"] = "* * * * * *" };

        await using (await TestHost.StartAsync(everySecond, [ProbeTimer("0 0 0 1 1 *")], prefix, With(behaviour)))
        await using (await TestHost.StartAsync(everySecond, [ProbeTimer("0 0 0 1 1 *")], prefix, With(behaviour)))
            await Task.Delay(6000);

        Assert.True(runs.Count >= 3, $"only {runs.Count} ticks ran");
        Assert.Equal(runs.Count, runs.Distinct().Count());
    }

    [Fact]
    public void TheScheduleSettingOverridesTheDefault()
    {
        var timer = (TimerBinding)ProbeTimer("0 0 2 * * *");
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["ProbeSchedule"] = "0 30 1 * * *" }).Build();

        Assert.Equal("0 30 1 * * *", LocalHost.ResolveSchedule(timer, config));
        Assert.Equal("0 0 2 * * *", LocalHost.ResolveSchedule(timer, new ConfigurationBuilder().Build()));
    }

    [Theory]
    [InlineData("Europe/Amsterdam")]
    [InlineData("America/New_York")]
    public async Task TheNextRunIsComputedInTheConfiguredTimeZone(string zoneId)
    {
        var prefix = TestStorage.NewPrefix();
        var behaviour = (TimerStatus _, CancellationToken _) => Task.CompletedTask;

        await using (await TestHost.StartAsync(new Dictionary<string, string?> { ["WEBSITE_TIME_ZONE"] = zoneId }, [ProbeTimer("0 0 2 * * *")], prefix, With(behaviour)))
            await Task.Delay(500);

        var blobs = new BlobServiceClient(await TestStorage.ConnectionStringAsync());
        var blob = blobs.GetBlobContainerClient(new StorageNames(prefix).Container(TimerScheduler.Container)).GetBlobClient("timers/ipsmonitor-local/ProbeTimer/status");
        var next = (await blob.DownloadContentAsync()).Value.Content.ToObjectFromJson<JsonElement>().GetProperty("next").GetDateTimeOffset();
        var local = TimeZoneInfo.ConvertTime(next, TimeZoneInfo.FindSystemTimeZoneById(zoneId));
        Assert.Equal(2, local.Hour);
        Assert.Equal(0, local.Minute);
    }
}
