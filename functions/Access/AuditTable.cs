using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Access;

/// <summary>
/// The audit table, append-only: rows are added and read, never changed or deleted. This is the one place that names
/// the table, and its client never leaves it, so no other code can reach an update or a delete (a source scan in the
/// tests holds that). In Azure the client is built from its own setting (<see cref="Setting"/>) for a storage account
/// of its own, on which the app's identity holds a custom role with only the entity read and add actions
/// (infra/main.bicep, docs/privacy.md "Audit"): storage refuses a change even if code tried one.
/// </summary>
internal sealed class AuditTable(TableServiceClient service, StorageNames names, bool ownAccount)
{
    /// <summary>A connection string, or <c>AuditStorage__tableServiceUri</c> (and <c>__clientId</c>) for the identity.</summary>
    public const string Setting = "AuditStorage";

    /// <summary>Most rows storage takes in one transaction.</summary>
    private const int TransactionRows = 100;

    private TableClient Table => service.GetTableClient(names.Table(AuditLog.Table));

    public Task AddAsync(TableEntity row, CancellationToken ct) => Table.AddEntityAsync(row, ct);

    /// <summary>Rows of one partition, added in transactions of insertions only: all of a transaction or none of it.</summary>
    public async Task AddAllAsync(IEnumerable<TableEntity> rows, CancellationToken ct)
    {
        foreach (var chunk in rows.Chunk(TransactionRows))
            await Table.SubmitTransactionAsync(chunk.Select(r => new TableTransactionAction(TableTransactionActionType.Add, r)), ct);
    }

    /// <summary>Adds the row unless one with its keys exists; true when this call added it. The first row is kept.</summary>
    public async Task<bool> AddFirstAsync(TableEntity row, CancellationToken ct)
    {
        try
        {
            await AddAsync(row, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public async Task<TableEntity?> FindAsync(string partitionKey, string rowKey, CancellationToken ct) =>
        (await Table.GetEntityIfExistsAsync<TableEntity>(partitionKey, rowKey, cancellationToken: ct)).Row();

    public AsyncPageable<TableEntity> QueryAsync(string filter, CancellationToken ct) =>
        Table.QueryAsync<TableEntity>(filter, cancellationToken: ct);

    /// <summary>
    /// Creates the table when it shares the app's account (Azurite, a developer's account). An account of its own is
    /// the deployment's to lay out: there the app may not create tables at all.
    /// </summary>
    public Task EnsureAsync(CancellationToken ct) =>
        ownAccount ? Task.CompletedTask : service.CreateTableIfNotExistsAsync(names.Table(AuditLog.Table), ct);
}
