using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace IpsMonitor.LocalHost;

/// <summary>
/// Starts the Azure Storage emulator pinned in package.json, installing it from the lock file when it is missing.
/// The local host uses it when development storage is configured and nothing answers; tests start an in-memory one on free ports.
/// </summary>
internal sealed class Azurite : IDisposable
{
    private readonly Process process;

    private Azurite(Process process, int blobPort, int queuePort, int tablePort)
    {
        this.process = process;
        ConnectionString =
            "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;" +
            "AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;" +
            $"BlobEndpoint=http://127.0.0.1:{blobPort}/devstoreaccount1;" +
            $"QueueEndpoint=http://127.0.0.1:{queuePort}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{tablePort}/devstoreaccount1;";
    }

    public string ConnectionString { get; }

    /// <summary>The emulator's process, for fault tests that freeze it (SIGSTOP) as a hung storage service would be.</summary>
    public int ProcessId => process.Id;

    public static bool IsDevelopmentStorage(string? connection) =>
        string.Equals(connection?.Trim().TrimEnd(';'), "UseDevelopmentStorage=true", StringComparison.OrdinalIgnoreCase);

    public static bool Answers(int port)
    {
        try
        {
            using var client = new TcpClient();
            client.Connect(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <summary>
    /// Like the Functions tooling, development storage means Azurite: when the setting asks for it and nothing answers on
    /// the default ports, starts a persistent one (the caller stops it); when one runs already (the app, say), uses that.
    /// </summary>
    public static async Task<Azurite?> ForDevelopmentStorageAsync(IConfiguration config, string appRoot)
    {
        if (!IsDevelopmentStorage(config[Storage.ConnectionSetting]))
            return null;
        config[Storage.ConnectionSetting] = "UseDevelopmentStorage=true";
        return Answers(10000) && Answers(10001) && Answers(10002) ? null : await StartPersistentAsync(appRoot);
    }

    /// <summary>On the default ports, persisted under .azurite/ so a restart loses nothing.</summary>
    public static Task<Azurite> StartPersistentAsync(string appRoot) =>
        StartAsync(appRoot, 10000, 10001, 10002, $"--location \"{Path.Combine(appRoot, ".azurite")}\"");

    /// <summary>On free ports, in memory: for tests.</summary>
    public static Task<Azurite> StartInMemoryAsync(string appRoot) =>
        StartAsync(appRoot, FreePort(), FreePort(), FreePort(), "--inMemoryPersistence");

    /// <summary>
    /// On the given ports, persisted under <paramref name="location"/>: for tests that stop storage (<see cref="StopAsync"/>)
    /// and start it again on the same ports with the same data.
    /// </summary>
    public static Task<Azurite> StartPersistedAsync(string appRoot, string location, int blobPort, int queuePort, int tablePort) =>
        StartAsync(appRoot, blobPort, queuePort, tablePort, $"--location \"{location}\"");

    /// <summary>Stops it as a service manager would (SIGTERM, then a kill after a grace period), and waits until it has gone.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
            return;
        using (var kill = Process.Start(new ProcessStartInfo("kill", $"-TERM {process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)}")))
            await kill!.WaitForExitAsync();
        // Azurite closes its servers first, and a server waits for open keep-alive connections; its store saves itself
        // every few seconds meanwhile, so after a grace period a kill loses nothing that was answered before the stop.
        using var grace = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        try
        {
            await process.WaitForExitAsync(grace.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<Azurite> StartAsync(string appRoot, int blobPort, int queuePort, int tablePort, string storageArgs)
    {
        var script = Path.Combine(appRoot, "node_modules", "azurite", "dist", "src", "azurite.js");
        var process = await NodeTool.StartAsync(appRoot, script,
            $"--silent --skipApiVersionCheck --loose --disableProductStyleUrl {storageArgs} " +
            $"--blobHost 127.0.0.1 --queueHost 127.0.0.1 --tableHost 127.0.0.1 " +
            $"--blobPort {blobPort} --queuePort {queuePort} --tablePort {tablePort}", "Azurite");
        var azurite = new Azurite(process, blobPort, queuePort, tablePort);
        await NodeTool.WaitAsync(process, azurite, $"Azurite did not answer on ports {blobPort}, {queuePort}, {tablePort}.",
            blobPort, queuePort, tablePort);
        return azurite;
    }

    /// <summary>Installs the npm packages exactly as package-lock.json has them: Azurite, MailDev and the test tools.</summary>
    public static Task NpmCiAsync(string appRoot) => RunAsync("npm", "ci --no-audit --no-fund", appRoot);

    private static async Task RunAsync(string file, string arguments, string workingDirectory)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { WorkingDirectory = workingDirectory })
            ?? throw new InvalidOperationException($"{file} did not start.");
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"'{file} {arguments}' failed with exit code {process.ExitCode}.");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (!process.HasExited)
            process.Kill(entireProcessTree: true);
        process.Dispose();
    }
}
