using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Workspace;

/// <summary>
/// Browser sessions of staff. Signing in with a personal key once gives a session whose 256-bit id lives only in an
/// HttpOnly cookie; the table keeps its hash, the key's hash and a sliding expiry. Every request reads the key again,
/// so a revoked key ends its sessions at once.
/// </summary>
internal sealed class StaffSessionStore(TableServiceClient tables, StorageNames names, AccessStore access, TimeProvider time, IOptions<StaffOptions> options)
{
    public const string Table = "staffsessions";

    /// <summary>How often a used session's expiry is pushed forward; fewer writes than one per page.</summary>
    private static readonly TimeSpan SlideEvery = TimeSpan.FromMinutes(1);

    private TableClient Sessions => tables.GetTableClient(names.Table(Table));

    private TimeSpan Lifetime => TimeSpan.FromHours(options.Value.SessionHours);

    /// <summary>A new session for the key's holder; returns the session id (the cookie value) and when it expires.</summary>
    public async Task<(string Id, DateTimeOffset ExpiresAt)> StartAsync(string key, Staff staff, CancellationToken ct)
    {
        var id = Secrets.NewToken();
        var now = time.GetUtcNow();
        await Sessions.AddEntityAsync(new TableEntity(Secrets.Hash(id), "session")
        {
            ["KeyHash"] = Secrets.Hash(key),
            ["KeyId"] = staff.KeyId,
            ["ProgrammeId"] = staff.ProgrammeId,
            ["StartedAt"] = now,
            ["SeenAt"] = now,
            ["ExpiresAt"] = now + Lifetime,
        }, ct);
        return (id, now + Lifetime);
    }

    /// <summary>The staff member behind a session id, or null when it is unknown, expired or its key is revoked (then it is ended).</summary>
    public async Task<Staff?> FindAsync(string? id, CancellationToken ct)
    {
        if (string.IsNullOrEmpty(id) || id.Length > 100)
            return null;
        var session = (await Sessions.GetEntityIfExistsAsync<TableEntity>(Secrets.Hash(id), "session", cancellationToken: ct)).Row();
        if (session is null)
            return null;
        var now = time.GetUtcNow();
        var staff = session.GetDateTimeOffset("ExpiresAt") > now ? await access.FindKeyByHashAsync(session.GetString("KeyHash"), ct) : null;
        if (staff is null)
        {
            await EndAsync(id, ct);
            return null;
        }
        if (now - session.GetDateTimeOffset("SeenAt") > SlideEvery)
        {
            var slid = new TableEntity(session.PartitionKey, session.RowKey) { ["SeenAt"] = now, ["ExpiresAt"] = now + Lifetime };
            await Sessions.UpdateEntityAsync(slid, ETag.All, TableUpdateMode.Merge, ct);
        }
        return staff;
    }

    public async Task EndAsync(string id, CancellationToken ct)
    {
        try
        {
            await Sessions.DeleteEntityAsync(Secrets.Hash(id), "session", ETag.All, ct);
        }
        catch (RequestFailedException e) when (e.Status == 404)
        {
        }
    }
}
