using Microsoft.Extensions.Time.Testing;

namespace IpsMonitor.Tests.Hosting;

/// <summary>
/// Timer waits longer than Task.Delay accepts (about 49.7 days) once stopped the local host for six weeks of every
/// quarter. Here the host starts on 2026-10-05, 88 days before the quarterly tick, on a clock the test moves.
/// </summary>
public sealed class MovedClockTests
{
    [Fact]
    public async Task StartedEightyEightDaysBeforeTheQuarterlyTickTheHostKeepsRunningAndTheTimerFiresOnceAtTheTick()
    {
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-10-05T08:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await TestHost.StartAsync(
            new Dictionary<string, string?> { ["AzureWebJobs.BuildQuarterlyWorkbooks.Disabled"] = "false" },
            services: s => s.AddSingleton<TimeProvider>(clock));
        await host.Services.GetRequiredService<AccessStore>().EnsureProgrammeAsync("moved", "Moved clock", CancellationToken.None);
        var log = host.Services.GetRequiredService<WorkbookBuildLog>();
        async Task<int> BuildsOfQ4() => await log.ForQuarterAsync("moved", new Quarter(2026, 4), CancellationToken.None).CountAsync();

        await Task.Delay(1000);
        clock.Advance(TimeSpan.FromMinutes(1));
        await Task.Delay(1000);

        Assert.False(host.App.Lifetime.ApplicationStopping.IsCancellationRequested, "the host stopped");
        Assert.Equal(HttpStatusCode.OK, (await host.Client().GetAsync(new Uri("health", UriKind.Relative))).StatusCode);

        // Up to a second before 2027-01-01 02:00 Amsterdam (01:00 UTC), a day at a time as a long-running host would see it.
        var justBefore = DateTimeOffset.Parse("2027-01-01T00:59:59Z", System.Globalization.CultureInfo.InvariantCulture);
        while (clock.GetUtcNow() < justBefore)
        {
            clock.Advance(TimeSpan.FromTicks(Math.Min(TimeSpan.FromDays(7).Ticks, (justBefore - clock.GetUtcNow()).Ticks)));
            await Task.Delay(50);
        }
        await Task.Delay(1000);
        Assert.Equal(0, await BuildsOfQ4());

        clock.Advance(TimeSpan.FromSeconds(2));
        await TestHost.Eventually(async () => await BuildsOfQ4() > 0, "the quarterly build at 2027-01-01 02:00 Amsterdam", 30);
        clock.Advance(TimeSpan.FromHours(1));
        await Task.Delay(2000);

        Assert.Equal(1, await BuildsOfQ4());
        var manifest = (await host.Services.GetRequiredService<WorkbookBlobs>().ReadManifestAsync("moved", new Quarter(2026, 4), CancellationToken.None)).Manifest;
        Assert.NotNull(manifest);
        Assert.False(host.App.Lifetime.ApplicationStopping.IsCancellationRequested, "the host stopped");
    }
}
