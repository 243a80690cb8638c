using IpsMonitor.Hosting;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>Starts the real local host on a free port against the test Azurite, with its own storage prefix.</summary>
internal static class TestHost
{
    public static async Task<RunningHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        IReadOnlyList<FunctionBinding>? functions = null,
        string? prefix = null,
        Action<IServiceCollection>? services = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["AzureWebJobsStorage"] = await TestStorage.ConnectionStringAsync(),
            ["IpsMonitor:StoragePrefix"] = prefix ?? TestStorage.NewPrefix(),
            ["Host:LocalHttpPort"] = "0",
            // Quick polling keeps the suite fast; tests about polling set their own.
            ["AzureFunctionsJobHost:extensions:queues:maxPollingInterval"] = "00:00:00.500",
            ["AzureFunctionsJobHost:extensions:queues:visibilityTimeout"] = "00:00:00",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        // The product's timers would fire at wall-clock moments in the middle of a test; tests run them directly instead.
        foreach (var timer in FunctionCatalog.All.OfType<TimerBinding>())
            all[$"AzureWebJobs.{timer.Name}.Disabled"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;

        return await LocalHost.StartAsync(new LocalHostOptions
        {
            AppRoot = Repo.Root,
            Settings = all,
            ExtraFunctions = functions ?? [],
            ConfigureServices = services,
        });
    }

    public static HttpClient Client(this RunningHost host) => new() { BaseAddress = host.BaseAddress };

    /// <summary>Polls until the condition holds; fails the test with the message when it does not in time.</summary>
    public static async Task Eventually(Func<Task<bool>> condition, string because, int seconds = 15)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
                Assert.Fail("Timed out waiting: " + because);
            await Task.Delay(100);
        }
    }
}
