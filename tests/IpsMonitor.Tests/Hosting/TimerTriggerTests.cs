using System.Collections.Concurrent;
using Azure.Storage.Blobs;
using IpsMonitor.LocalHost;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Tests.Hosting;

public sealed class TimerTriggerTests
{
    internal sealed class Probe(Func<TimerInfo, CancellationToken, Task> behaviour)
    {
        public Task Run(TimerInfo timer, CancellationToken ct) => behaviour(timer, ct);
    }

    /// <summary>The probe as the Worker SDK would describe [Function("ProbeTimer")] Run([TimerTrigger("%ProbeSchedule%")] TimerInfo timer, …).</summary>
    private static readonly string ProbeTimer =
        TestHost.Metadata("ProbeTimer", typeof(Probe), nameof(Probe.Run), """{"name":"timer","direction":"In","type":"timerTrigger","schedule":"%ProbeSchedule%"}""");

    private static Dictionary<string, string?> Schedule(string schedule) => new() { ["ProbeSchedule"] = schedule };

    private static Action<IServiceCollection> With(Func<TimerInfo, CancellationToken, Task> behaviour) =>
        s => s.AddScoped(_ => new Probe(behaviour));

    private static async Task<BlobClient> StatusBlobAsync(string prefix)
    {
        var blobs = new BlobServiceClient(await TestStorage.ConnectionStringAsync());
        var container = blobs.GetBlobContainerClient(new StorageNames(prefix).Container(TimerScheduler.Container));
        await container.CreateIfNotExistsAsync();
        return container.GetBlobClient("timers/ipsmonitor-local/ProbeTimer/status");
    }

    [Fact]
    public async Task ATimerMissedWhileTheHostWasDownRunsOncePastDueOnStart()
    {
        var prefix = TestStorage.NewPrefix();
        var statusBlob = await StatusBlobAsync(prefix);
        var now = DateTimeOffset.UtcNow;
        // The host last ran two hours ago; the hourly run due an hour ago was missed.
        await statusBlob.UploadAsync(
            BinaryData.FromObjectAsJson(new { last = now.AddHours(-2), next = now.AddHours(-1), lastUpdated = now.AddHours(-2) }, JsonSerializerOptions.Web));
        var runs = new ConcurrentBag<TimerInfo>();
        var behaviour = (TimerInfo t, CancellationToken _) => { runs.Add(t); return Task.CompletedTask; };

        await using var host = await TestHost.StartAsync(Schedule("0 0 * * * *"), ProbeTimer, prefix, With(behaviour));

        await TestHost.Eventually(() => Task.FromResult(!runs.IsEmpty), "the past-due run");
        await Task.Delay(1500);
        var run = Assert.Single(runs);
        Assert.True(run.IsPastDue);
        Assert.True(run.ScheduleStatus!.Next > now.UtcDateTime);
        var status = (await statusBlob.DownloadContentAsync()).Value.Content.ToObjectFromJson<JsonElement>();
        Assert.True(status.GetProperty("next").GetDateTimeOffset() > now);
    }

    [Fact]
    public async Task ATimerThatWasNotMissedDoesNotRunOnStart()
    {
        var runs = new ConcurrentBag<TimerInfo>();
        var behaviour = (TimerInfo t, CancellationToken _) => { runs.Add(t); return Task.CompletedTask; };
        var prefix = TestStorage.NewPrefix();

        await using (await TestHost.StartAsync(Schedule("0 0 0 1 1 *"), ProbeTimer, prefix, With(behaviour)))
            await Task.Delay(1000);
        await using (await TestHost.StartAsync(Schedule("0 0 0 1 1 *"), ProbeTimer, prefix, With(behaviour)))
            await Task.Delay(1000);

        Assert.Empty(runs);
    }

    [Fact]
    public async Task TwoHostsNeverRunTheSameTickTwice()
    {
        var prefix = TestStorage.NewPrefix();
        var runs = new ConcurrentBag<DateTime>();
        var behaviour = async (TimerInfo t, CancellationToken ct) => { runs.Add(t.ScheduleStatus!.Next); await Task.Delay(300, ct); };

        await using (await TestHost.StartAsync(Schedule("* * * * * *"), ProbeTimer, prefix, With(behaviour)))
        await using (await TestHost.StartAsync(Schedule("* * * * * *"), ProbeTimer, prefix, With(behaviour)))
            await Task.Delay(6000);

        Assert.True(runs.Count >= 3, $"only {runs.Count} ticks ran");
        Assert.Equal(runs.Count, runs.Distinct().Count());
    }

    [Fact]
    public async Task SchedulesAreInUtcAsOnLinuxInAzureWhateverTheTimeZoneSetting()
    {
        var prefix = TestStorage.NewPrefix();
        var behaviour = (TimerInfo _, CancellationToken _) => Task.CompletedTask;
        // Linux Flex Consumption ignores WEBSITE_TIME_ZONE; the local host must not honour it either.
        var settings = new Dictionary<string, string?>(Schedule("0 0 2 * * *")) { ["WEBSITE_TIME_ZONE"] = "Europe/Amsterdam" };

        var status = await StatusBlobAsync(prefix);
        await using (await TestHost.StartAsync(settings, ProbeTimer, prefix, With(behaviour)))
            await TestHost.Eventually(async () => (await status.ExistsAsync()).Value, "the timer's status blob");

        var next = (await status.DownloadContentAsync()).Value.Content.ToObjectFromJson<JsonElement>().GetProperty("next").GetDateTimeOffset();
        Assert.Equal(2, next.UtcDateTime.Hour);
        Assert.Equal(0, next.UtcDateTime.Minute);
    }

    [Theory]
    [InlineData(null, "setting 'ProbeSchedule' is not set")]
    [InlineData("every day at two", "is not a 6-field NCRONTAB schedule")]
    public async Task AMissingOrMalformedScheduleStopsTheHostAtStartNamingTheTimer(string? schedule, string message)
    {
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TestHost.StartAsync(schedule is null ? null : Schedule(schedule), ProbeTimer, services: With((_, _) => Task.CompletedTask)));

        Assert.Contains("ProbeTimer", error.Message, StringComparison.Ordinal);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }
}
