using System.Globalization;
using Azure.Storage.Blobs;
using IpsMonitor.LocalHost;
using Microsoft.Extensions.Time.Testing;

namespace IpsMonitor.Tests.Faults;

/// <summary>The quarterly timer's work comes from stored state: quarter ends missed while the host was down are all built.</summary>
public sealed class MissedQuarterEndsTests
{
    private static DateTimeOffset At(string instant) => DateTimeOffset.Parse(instant, CultureInfo.InvariantCulture);

    private static Dictionary<string, string?> QuarterlyTimerOn() => new() { ["AzureWebJobs.BuildQuarterlyWorkbooks.Disabled"] = "false" };

    [Fact]
    public async Task AHostStoppedBeforeTheFirstOfAprilAndStartedAfterTheFirstOfJulyBuildsTheFirstAndTheSecondQuarterOnce()
    {
        var prefix = TestStorage.NewPrefix();
        var march = new FakeTimeProvider(At("2026-03-20T10:00:00Z"));
        await using (var before = await TestHost.StartAsync(QuarterlyTimerOn(), prefix: prefix, services: s => s.AddSingleton<TimeProvider>(march)))
        {
            await before.Services.GetRequiredService<AccessStore>().EnsureProgrammeAsync("missed", "Missed quarters", CancellationToken.None);
            await before.Services.GetRequiredService<CaseloadStore>().EnrolAsync(
                new Candidate("missed-c1", "missed", "coach-a", null, "nl", [new Referral(new DateOnly(2026, 2, 2), false, null, null)]), null, CancellationToken.None);
            // The timer has recorded its next run (1 April) before the host goes down.
            var status = before.Services.GetRequiredService<BlobServiceClient>()
                .GetBlobContainerClient(before.Services.GetRequiredService<StorageNames>().Container(TimerScheduler.Container))
                .GetBlobClient("timers/ipsmonitor-local/BuildQuarterlyWorkbooks/status");
            await TestHost.Eventually(async () => (await status.ExistsAsync()).Value, "the quarterly timer's status");
        }

        var july = new FakeTimeProvider(At("2026-07-03T08:00:00Z"));
        await using var after = await TestHost.StartAsync(QuarterlyTimerOn(), prefix: prefix, services: s => s.AddSingleton<TimeProvider>(july));
        var log = after.Services.GetRequiredService<WorkbookBuildLog>();
        async Task<int> BuildsOf(Quarter quarter) => await log.ForQuarterAsync("missed", quarter, CancellationToken.None).CountAsync();

        await TestHost.Eventually(async () => await BuildsOf(new Quarter(2026, 1)) > 0 && await BuildsOf(new Quarter(2026, 2)) > 0, "both missed quarters built", 60);
        // A second run, as a later tick or another host would make, builds nothing more.
        await after.Services.GetRequiredService<QuarterlyWorkbooksFunction>().Run(new Microsoft.Azure.Functions.Worker.TimerInfo { IsPastDue = true }, CancellationToken.None);

        Assert.Equal(1, await BuildsOf(new Quarter(2026, 1)));
        Assert.Equal(1, await BuildsOf(new Quarter(2026, 2)));
        Assert.Equal(0, await BuildsOf(new Quarter(2025, 4)));
        var blobs = after.Services.GetRequiredService<WorkbookBlobs>();
        Assert.Equal(1, (await blobs.ReadManifestAsync("missed", new Quarter(2026, 1), CancellationToken.None)).Manifest!.Counts.Candidates);
    }

    [Fact]
    public void TheQuartersConsideredReachBackNoFurtherThanTheLookBackTheProgrammeAndItsFirstReferral()
    {
        var july = At("2026-07-03T08:00:00Z");
        string[] Considered(DateTimeOffset? created, DateOnly? referral, int lookBack) =>
            [.. QuarterlyCatchUp.QuartersToConsider(july, created, referral, lookBack).Select(q => q.ToString())];

        Assert.Equal(["2024-Q3", "2024-Q4", "2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4", "2026-Q1", "2026-Q2"], Considered(At("2020-01-01T00:00:00Z"), new DateOnly(2020, 1, 1), 8));
        Assert.Equal(["2026-Q1", "2026-Q2"], Considered(At("2026-03-20T10:00:00Z"), new DateOnly(2025, 6, 1), 8));
        Assert.Equal(["2025-Q4", "2026-Q1", "2026-Q2"], Considered(At("2020-01-01T00:00:00Z"), new DateOnly(2025, 12, 31), 8));
        Assert.Equal(["2026-Q2"], Considered(At("2020-01-01T00:00:00Z"), new DateOnly(2020, 1, 1), 1));
        // A programme created after the quarter closed, or without any referral yet, still gets the last closed quarter.
        Assert.Equal(["2026-Q2"], Considered(At("2026-07-02T00:00:00Z"), null, 8));
        Assert.Equal(["2026-Q2"], Considered(null, new DateOnly(2026, 7, 1), 8));
        // Quarters are reckoned in Amsterdam: created at 23:30 UTC on 31 March is 1 April there.
        Assert.Equal(["2026-Q2"], Considered(At("2026-03-31T23:30:00Z"), null, 8));
    }
}
