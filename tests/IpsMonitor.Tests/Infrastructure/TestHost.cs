using IpsMonitor.LocalHost;

namespace IpsMonitor.Tests.Infrastructure;

/// <summary>Starts the real local host on a free port against the test Azurite, with its own storage prefix.</summary>
internal static class TestHost
{
    /// <summary>The app's functions as the build described them in functions.metadata.</summary>
    public static readonly IReadOnlyList<LocalFunction> AppFunctions = FunctionIndex.Load(FunctionIndex.DefaultPath, [typeof(LocalFunctionsHost).Assembly]);

    public static async Task<RunningHost> StartAsync(
        IDictionary<string, string?>? settings = null,
        string? extraMetadata = null,
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
        foreach (var timer in AppFunctions.OfType<TimerFunction>())
            all[$"AzureWebJobs.{timer.Name}.Disabled"] = "true";
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            all[key] = value;

        return await LocalFunctionsHost.StartAsync(new LocalHostOptions
        {
            AppRoot = Repo.Root,
            Settings = all,
            ExtraMetadata = extraMetadata,
            Assemblies = [typeof(TestHost).Assembly],
            ConfigureServices = services,
        });
    }

    /// <summary>One function in the functions.metadata format, as the Worker SDK would write it for the method.</summary>
    public static string Metadata(string name, Type type, string method, string trigger) =>
        $$"""[{"name":"{{name}}","scriptFile":"IpsMonitor.Tests.dll","entryPoint":"{{type.FullName}}.{{method}}","language":"dotnet-isolated","bindings":[{{trigger}}]}]""";

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
