using System.Globalization;

namespace IpsMonitor.LocalHost;

/// <summary>
/// The host.json settings the local host honours, with the Functions runtime's defaults.
/// Like the runtime, AzureFunctionsJobHost__path__to__setting overrides a value in host.json.
/// </summary>
internal sealed record HostJson(string RoutePrefix, QueueSettings Queues)
{
    public static HostJson Load(string appRoot, IConfiguration settings)
    {
        var config = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(appRoot, "host.json"), optional: true)
            .AddConfiguration(settings.GetSection("AzureFunctionsJobHost"))
            .Build();

        var queues = config.GetSection("extensions:queues");
        var batchSize = Int(queues["batchSize"], 16);
        var settingsRead = new QueueSettings(
            MaxPollingInterval: Time(queues["maxPollingInterval"], TimeSpan.FromMinutes(1)),
            BatchSize: batchSize,
            NewBatchThreshold: Int(queues["newBatchThreshold"], batchSize / 2),
            VisibilityTimeout: Time(queues["visibilityTimeout"], TimeSpan.Zero),
            MaxDequeueCount: Int(queues["maxDequeueCount"], 5));
        settingsRead.Validate();

        return new HostJson(config["extensions:http:routePrefix"] ?? "api", settingsRead);
    }

    private static int Int(string? value, int fallback) =>
        value is null ? fallback : int.Parse(value, CultureInfo.InvariantCulture);

    private static TimeSpan Time(string? value, TimeSpan fallback) =>
        value is null ? fallback : TimeSpan.Parse(value, CultureInfo.InvariantCulture);
}

internal sealed record QueueSettings(TimeSpan MaxPollingInterval, int BatchSize, int NewBatchThreshold, TimeSpan VisibilityTimeout, int MaxDequeueCount)
{
    /// <summary>The longest a queue message can be hidden, set by Azure Storage.</summary>
    public static readonly TimeSpan MaxInvisibility = TimeSpan.FromDays(7);

    public void Validate()
    {
        if (BatchSize is < 1 or > 32)
            throw new InvalidOperationException("host.json: extensions.queues.batchSize must be between 1 and 32.");
        if (NewBatchThreshold < 0)
            throw new InvalidOperationException("host.json: extensions.queues.newBatchThreshold must not be negative.");
        if (MaxDequeueCount < 1)
            throw new InvalidOperationException("host.json: extensions.queues.maxDequeueCount must be at least 1.");
        if (VisibilityTimeout < TimeSpan.Zero || VisibilityTimeout > MaxInvisibility)
            throw new InvalidOperationException(
                "host.json: extensions.queues.visibilityTimeout must be between 00:00:00 and 7.00:00:00 (the storage service's limit).");
        if (MaxPollingInterval < TimeSpan.FromMilliseconds(100))
            throw new InvalidOperationException("host.json: extensions.queues.maxPollingInterval must be at least 00:00:00.100.");
    }
}
