using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IpsMonitor.Platform;

internal static class Storage
{
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>
    /// Key of a second queue client that neither encodes nor decodes: the local queue listener reads raw messages, so one
    /// that is not base64 can be moved to its poison queue as it came instead of failing the whole receive.
    /// </summary>
    public const string RawQueues = "raw-queues";

    /// <summary>
    /// Registers the three storage clients once. A connection string (Azurite, or a key in a dev account) or,
    /// as in Azure, identity-based settings: AzureWebJobsStorage__blobServiceUri / __queueServiceUri / __tableServiceUri.
    /// Every HttpPipelinePolicy registered in the services goes into all three clients, per try: off unless one is
    /// registered (the load benchmark counts storage round trips this way).
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config)
    {
        var connection = config[ConnectionSetting];
        var section = config.GetSection(ConnectionSetting);
        // The Functions runtime sends queue messages as base64; ours must read and write the same.
        static QueueClientOptions QueueOptions(IServiceProvider sp) =>
            WithPolicies(StorageRetry.Short(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 }), sp);
        static QueueClientOptions RawOptions(IServiceProvider sp) =>
            WithPolicies(StorageRetry.Short(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None }), sp);

        if (!string.IsNullOrWhiteSpace(connection))
        {
            services.AddSingleton(sp => new BlobServiceClient(connection, WithPolicies(StorageRetry.Short(new BlobClientOptions()), sp)));
            services.AddSingleton(sp => new QueueServiceClient(connection, QueueOptions(sp)));
            services.AddKeyedSingleton(RawQueues, (sp, _) => new QueueServiceClient(connection, RawOptions(sp)));
            services.AddSingleton(sp => new TableServiceClient(connection, WithPolicies(StorageRetry.Short(new TableClientOptions()), sp)));
        }
        else if (section["blobServiceUri"] is { } blobUri && section["queueServiceUri"] is { } queueUri && section["tableServiceUri"] is { } tableUri)
        {
            var credential = ManagedIdentity(section["clientId"]);
            services.AddSingleton(sp => new BlobServiceClient(new Uri(blobUri), credential, WithPolicies(StorageRetry.Short(new BlobClientOptions()), sp)));
            services.AddSingleton(sp => new QueueServiceClient(new Uri(queueUri), credential, QueueOptions(sp)));
            services.AddKeyedSingleton(RawQueues, (sp, _) => new QueueServiceClient(new Uri(queueUri), credential, RawOptions(sp)));
            services.AddSingleton(sp => new TableServiceClient(new Uri(tableUri), credential, WithPolicies(StorageRetry.Short(new TableClientOptions()), sp)));
        }
        else
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {ConnectionSetting} (UseDevelopmentStorage=true for Azurite) "
                + $"or {ConnectionSetting}__blobServiceUri, __queueServiceUri and __tableServiceUri.");
        }

        services.AddSingleton<StorageLayout>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageLayout>());
        services.AddSingleton(new StorageNames(config["IpsMonitor:StoragePrefix"] ?? ""));
        return services;
    }

    /// <summary>
    /// The app's own managed identity, named explicitly: the system-assigned one, or the user-assigned one whose client id
    /// is in AzureWebJobsStorage__clientId, the same rule the Functions host applies. Never a credential chain, which
    /// could pick up an environment variable or a developer login and act as someone else.
    /// </summary>
    public static ManagedIdentityCredential ManagedIdentity(string? clientId) =>
        new(string.IsNullOrWhiteSpace(clientId) ? ManagedIdentityId.SystemAssigned : ManagedIdentityId.FromUserAssignedClientId(clientId));

    internal static T WithPolicies<T>(T options, IServiceProvider services) where T : ClientOptions
    {
        foreach (var policy in services.GetServices<HttpPipelinePolicy>())
            options.AddPolicy(policy, HttpPipelinePosition.PerRetry);
        return options;
    }

    /// <summary>
    /// True only for a connection string whose endpoints are on this machine (Azurite): identity-based settings and any
    /// remote account are real storage.
    /// </summary>
    public static bool IsEmulator(IConfiguration config)
    {
        if (config[ConnectionSetting] is not { Length: > 0 } connection)
            return false;
        try
        {
            var clients = new[] { new BlobServiceClient(connection).Uri, new QueueServiceClient(connection).Uri, new TableServiceClient(connection).Uri };
            return clients.All(uri => uri.IsLoopback);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    /// <summary>Where storage is, for a message: the blob endpoint's host and port, never a key.</summary>
    public static string Describe(IConfiguration config) =>
        config[ConnectionSetting] is { Length: > 0 } connection
            ? new BlobServiceClient(connection).Uri.Authority
            : config.GetSection(ConnectionSetting)["blobServiceUri"] ?? "not configured";
}
