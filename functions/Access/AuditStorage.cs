using Azure.Data.Tables;

namespace IpsMonitor.Access;

internal static class AuditStorage
{
    /// <summary>
    /// The audit's table client: from <see cref="AuditTable.Setting"/> when it is set (a connection string, or the
    /// table service address reached by the app's identity), else the app's own table client, as on Azurite and in tests.
    /// </summary>
    public static IServiceCollection AddAuditStorage(this IServiceCollection services, IConfiguration config)
    {
        var connection = config[AuditTable.Setting];
        var tableUri = config.GetSection(AuditTable.Setting)["tableServiceUri"];
        services.AddSingleton(sp =>
        {
            var names = sp.GetRequiredService<StorageNames>();
            var options = Storage.WithPolicies(StorageRetry.Short(new TableClientOptions()), sp);
            if (!string.IsNullOrWhiteSpace(connection))
                return new AuditTable(new TableServiceClient(connection, options), names, ownAccount: true);
            if (!string.IsNullOrWhiteSpace(tableUri))
            {
                var credential = Storage.ManagedIdentity(config.GetSection(AuditTable.Setting)["clientId"]);
                return new AuditTable(new TableServiceClient(new Uri(tableUri), credential, options), names, ownAccount: true);
            }
            return new AuditTable(sp.GetRequiredService<TableServiceClient>(), names, ownAccount: false);
        });
        return services;
    }
}
