using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using IpsMonitor.Tests.Infrastructure;

namespace IpsMonitor.Tests.Hosting;

/// <summary>The app as the README's run command starts it: its own process, its own Program, answering on its port.</summary>
public sealed class RunCommandTests
{
    [Fact]
    public async Task TheAppStartedAsAProcessOnTheGivenPortAnswersHealth()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var app = Repo.PathOf("functions", "bin", configuration, "net10.0", "IpsMonitor.Functions.dll");
        Assert.True(File.Exists(app), $"{app} is built with the solution");
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet", $"\"{app}\" --port {port}")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync();
        start.Environment["IpsMonitor__StoragePrefix"] = TestStorage.NewPrefix();
        using var process = Process.Start(start)!;
        try
        {
            var started = await ReadUntilAsync(process.StandardOutput, "is running at", TimeSpan.FromSeconds(60));
            Assert.Contains($"127.0.0.1:{port}/api/", started, StringComparison.Ordinal);

            using var client = new HttpClient();
            var health = await client.GetAsync(new Uri($"http://127.0.0.1:{port}/api/health"));

            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
            Assert.Contains("\"storage\":\"ok\"", await health.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
        finally
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
        }
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

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
