using IpsMonitor.LocalHost;
using Microsoft.Extensions.DependencyInjection;

namespace IpsMonitor.Bench;

/// <summary>
/// The real local host on a fresh in-memory Azurite, as every benchmark starts it: on a free port and logging warnings
/// only, so the figures time the app and not the console. Both bench projects compile this one file.
/// </summary>
internal sealed class BenchHost : IAsyncDisposable
{
    private readonly Azurite azurite;

    private BenchHost(Azurite azurite, RunningHost host)
    {
        this.azurite = azurite;
        Host = host;
    }

    public RunningHost Host { get; }
    public IServiceProvider Services => Host.Services;
    public string StorageConnectionString => azurite.ConnectionString;

    /// <param name="settings">Added to, or replacing, the defaults above.</param>
    public static async Task<BenchHost> StartAsync(IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configureServices = null, CancellationToken ct = default)
    {
        var root = FindRoot();
        var azurite = await Azurite.StartInMemoryAsync(root);
        try
        {
            var all = new Dictionary<string, string?>
            {
                ["AzureWebJobsStorage"] = azurite.ConnectionString,
                ["Host:LocalHttpPort"] = "0",
                ["Logging:LogLevel:Default"] = "Warning",
            };
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
                all[key] = value;
            var options = new LocalHostOptions { AppRoot = root, Settings = all, ConfigureServices = configureServices };
            return new BenchHost(azurite, await LocalFunctionsHost.StartAsync(options, ct));
        }
        catch
        {
            azurite.Dispose();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        azurite.Dispose();
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "host.json")) && File.Exists(Path.Combine(dir.FullName, "package.json")))
                return dir.FullName;
        throw new InvalidOperationException("Run the benchmark from inside the repository: host.json and package.json were not found.");
    }
}
