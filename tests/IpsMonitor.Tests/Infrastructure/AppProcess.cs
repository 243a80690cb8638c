using System.Diagnostics;
using System.Net.Sockets;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>
/// The built app as its own process, as the run command starts it: on the test Azurite, under a storage prefix, with
/// settings as environment variables. For tests that kill the host or read what the run command prints.
/// </summary>
internal static class AppProcess
{
    /// <summary>The app as the solution's build left it, in the test run's own configuration.</summary>
    public static string AppPath()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        var app = Repo.PathOf("functions", "bin", configuration, "net10.0", "IpsMonitor.Functions.dll");
        Assert.True(File.Exists(app), $"{app} is built with the solution");
        return app;
    }

    /// <summary>Starts the app on the test Azurite under the prefix; settings may be written with ':' or '__'.</summary>
    public static async Task<Process> LaunchAsync(string arguments, string prefix, IEnumerable<KeyValuePair<string, string?>> environment)
    {
        var start = new ProcessStartInfo("dotnet", $"\"{AppPath()}\" {arguments}")
        {
            WorkingDirectory = Repo.Root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync();
        start.Environment["IpsMonitor__StoragePrefix"] = prefix;
        foreach (var (key, value) in environment)
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        return Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
    }

    /// <summary>Starts the app and waits until it says it is running; returns the process and everything it printed.</summary>
    public static async Task<(Process Process, string Output)> StartAsync(string arguments, string prefix, IDictionary<string, string?> environment)
    {
        var process = await LaunchAsync(arguments, prefix, environment);
        var text = new StringBuilder();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(120));
        while (await process.StandardOutput.ReadLineAsync(cancel.Token) is { } line)
        {
            text.AppendLine(line);
            if (line.Contains("is running at", StringComparison.Ordinal))
            {
                // Keep draining its output, so a full pipe never blocks the app.
                _ = process.StandardOutput.ReadToEndAsync(CancellationToken.None);
                _ = process.StandardError.ReadToEndAsync(CancellationToken.None);
                return (process, text.ToString());
            }
        }
        throw new InvalidOperationException("The app stopped before it started: " + text + await process.StandardError.ReadToEndAsync(CancellationToken.None));
    }

    private static readonly HashSet<int> HandedOut = [];

    /// <summary>
    /// A free port below Linux's ephemeral range (32768 and up): servers in other tests bind port 0 and get ports from
    /// that range, so a port picked there could be taken between this check and the app's own bind.
    /// </summary>
    public static int FreePort()
    {
        while (true)
        {
            var port = Random.Shared.Next(20_000, 32_000);
            lock (HandedOut)
                if (!HandedOut.Add(port))
                    continue;
            try
            {
                using var listener = new TcpListener(IPAddress.Loopback, port);
                listener.Start();
                return port;
            }
            catch (SocketException)
            {
                // In use by something else: try another.
            }
        }
    }
}
