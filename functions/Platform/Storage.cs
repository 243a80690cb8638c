using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;

namespace IpsMonitor.Platform;

internal static class Storage
{
    public const string ConnectionSetting = "AzureWebJobsStorage";

    /// <summary>
    /// Registers the three storage clients once. A connection string (Azurite, or a key in a dev account) or,
    /// as in Azure, identity-based settings: AzureWebJobsStorage__blobServiceUri / __queueServiceUri / __tableServiceUri.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration config)
    {
        var connection = config[ConnectionSetting];
        var section = config.GetSection(ConnectionSetting);
        // The Functions runtime sends queue messages as base64; ours must read and write the same.
        var queueOptions = StorageRetry.Short(new QueueClientOptions { MessageEncoding = QueueMessageEncoding.Base64 });
        var blobOptions = StorageRetry.Short(new BlobClientOptions());
        var tableOptions = StorageRetry.Short(new TableClientOptions());

        if (!string.IsNullOrWhiteSpace(connection))
        {
            services.AddSingleton(new BlobServiceClient(connection, blobOptions));
            services.AddSingleton(new QueueServiceClient(connection, queueOptions));
            services.AddSingleton(new TableServiceClient(connection, tableOptions));
        }
        else if (section["blobServiceUri"] is { } blobUri && section["queueServiceUri"] is { } queueUri && section["tableServiceUri"] is { } tableUri)
        {
            var credential = new DefaultAzureCredential(new DefaultAzureCredentialOptions { ManagedIdentityClientId = section["clientId"] });
            services.AddSingleton(new BlobServiceClient(new Uri(blobUri), credential, blobOptions));
            services.AddSingleton(new QueueServiceClient(new Uri(queueUri), credential, queueOptions));
            services.AddSingleton(new TableServiceClient(new Uri(tableUri), credential, tableOptions));
        }
        else
        {
            throw new InvalidOperationException(
                $"Storage is not configured: set {ConnectionSetting} (UseDevelopmentStorage=true for Azurite) or {ConnectionSetting}__blobServiceUri, __queueServiceUri and __tableServiceUri.");
        }

        services.AddSingleton<StorageLayout>();
        services.AddHostedService(sp => sp.GetRequiredService<StorageLayout>());
        services.AddSingleton(new StorageNames(config["IpsMonitor:StoragePrefix"] ?? ""));
        return services;
    }

    /// <summary>Where storage is, for a message: the blob endpoint's host and port, never a key.</summary>
    public static string Describe(IConfiguration config) =>
        config[ConnectionSetting] is { Length: > 0 } connection
            ? new BlobServiceClient(connection).Uri.Authority
            : config.GetSection(ConnectionSetting)["blobServiceUri"] ?? "not configured";
}
