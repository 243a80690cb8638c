using System.Diagnostics;

namespace IpsMonitor.Tests.Hosting;

/// <summary>The app as the README's run command starts it: its own process, its own Program, answering on its port.</summary>
public sealed class RunCommandTests
{
    private static Task<Process> StartAsync(string arguments, string prefix, IDictionary<string, string>? environment = null)
    {
        // No local mail inbox: these tests send no mail, and parallel runs would share its fixed ports.
        var all = new Dictionary<string, string?> { ["LocalHost__MailInbox"] = "false" };
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
            all[key] = value;
        return AppProcess.LaunchAsync(arguments, prefix, all);
    }

    [Fact]
    public async Task TheAppStartedAsAProcessOnTheGivenPortAnswersHealthAndBootstrapRunsBesideIt()
    {
        var port = AppProcess.FreePort();
        var prefix = TestStorage.NewPrefix();
        using var process = await StartAsync($"--port {port}", prefix);
        try
        {
            var started = await ReadUntilAsync(process.StandardOutput, "is running at", TimeSpan.FromSeconds(60));
            Assert.Contains($"127.0.0.1:{port}/api/", started, StringComparison.Ordinal);

            using var client = new HttpClient();
            var health = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/api/health"));
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"storage\":\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);

            // The README's order: the app runs, then bootstrap in another terminal. It must not try to listen on the app's port.
            using var bootstrap = await StartAsync($"bootstrap --programme beside --port {port}", prefix);
            var output = await bootstrap.StandardOutput.ReadToEndAsync();
            var error = await bootstrap.StandardError.ReadToEndAsync();
            await bootstrap.WaitForExitAsync();
            Assert.True(bootstrap.ExitCode == 0, output + error);
            var key = output.Split('\n').Single(l => l.StartsWith("ipsm_", StringComparison.Ordinal)).Trim();
            using var staff = new HttpClient();
            staff.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", key);
            Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(new Uri($"http://127.0.0.1:{port}/api/programmes/beside/candidates"))).StatusCode);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
    }

    [Fact]
    public async Task ABackgroundServiceThatFailsEndsTheProcessWithANonZeroExitCodeAndAOneLineReason()
    {
        // 30 February never comes: the timer's background service fails as soon as it asks for its next run.
        using var process = await StartAsync($"--port {AppProcess.FreePort()}", TestStorage.NewPrefix(),
            new Dictionary<string, string> { ["HeartbeatSchedule"] = "0 0 0 30 2 *" });
        var error = process.StandardError.ReadToEndAsync();
        var output = process.StandardOutput.ReadToEndAsync();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);

        Assert.NotEqual(0, process.ExitCode);
        var reason = Assert.Single((await error).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("IpsMonitor stopped: TimerScheduler failed: Timer SendHeartbeat has no next occurrence", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", await output, StringComparison.Ordinal);
    }

    private static async Task<string> ReadUntilAsync(StreamReader output, string marker, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        var seen = new System.Text.StringBuilder();
        while (await output.ReadLineAsync(cancel.Token) is { } line)
        {
            seen.AppendLine(line);
            if (line.Contains(marker, StringComparison.Ordinal))
                return line;
        }
        throw new InvalidOperationException("The app stopped before it started: " + seen);
    }
}
