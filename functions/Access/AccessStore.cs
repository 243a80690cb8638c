using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Access;

/// <summary>Programmes, their coaches and the staff API keys (stored only as hashes).</summary>
internal sealed class AccessStore(TableServiceClient tables, StorageNames names, TimeProvider time, RowReader rows)
{
    public const string ProgrammesTable = "programmes";
    public const string CoachesTable = "coaches";
    public const string KeysTable = "apikeys";

    /// <summary>"Last used" is kept to the hour: one write per key per hour, not one per request.</summary>
    private static readonly TimeSpan LastUsedGrain = TimeSpan.FromHours(1);

    private TableClient Programmes => tables.GetTableClient(names.Table(ProgrammesTable));
    private TableClient Coaches => tables.GetTableClient(names.Table(CoachesTable));
    private TableClient Keys => tables.GetTableClient(names.Table(KeysTable));

    public async Task<bool> ProgrammeExistsAsync(string programmeId, CancellationToken ct) =>
        (await Programmes.GetEntityIfExistsAsync<TableEntity>("programme", programmeId, cancellationToken: ct)).HasValue;

    /// <summary>When the programme was created here; null for an unknown programme or a row from before this was kept.</summary>
    public async Task<DateTimeOffset?> ProgrammeCreatedAtAsync(string programmeId, CancellationToken ct) =>
        rows.One(ProgrammesTable, await Programmes.GetEntityIfExistsAsync<TableEntity>("programme", programmeId, ["CreatedAt"], ct),
            row => row.GetDateTimeOffset("CreatedAt"));

    public async Task<IReadOnlyList<string>> ProgrammeIdsAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {"programme"}");
        await foreach (var row in Programmes.QueryAsync<TableEntity>(filter, select: ["RowKey"], cancellationToken: ct))
            ids.Add(row.RowKey);
        return ids;
    }

    /// <summary>Creates the programme if it is new; a repeated call changes nothing.</summary>
    public async Task EnsureProgrammeAsync(string programmeId, string name, CancellationToken ct)
    {
        try
        {
            await Programmes.AddEntityAsync(new TableEntity("programme", programmeId) { ["Name"] = name, ["CreatedAt"] = time.GetUtcNow() }, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
        }
    }

    /// <summary>The programme's own reminder schedule ("3,0", "off"); null or empty means the default of the settings.</summary>
    public async Task<string?> ReminderScheduleAsync(string programmeId, CancellationToken ct) =>
        rows.One(ProgrammesTable, await Programmes.GetEntityIfExistsAsync<TableEntity>("programme", programmeId, ["ReminderSchedule"], ct),
            row => row.GetString("ReminderSchedule"));

    /// <summary>Stores the programme's reminder schedule; "" goes back to the default (a merge skips nulls).</summary>
    public Task SetReminderScheduleAsync(string programmeId, string schedule, CancellationToken ct) =>
        Programmes.UpdateEntityAsync(new TableEntity("programme", programmeId) { ["ReminderSchedule"] = schedule }, ETag.All, TableUpdateMode.Merge, ct);

    public async Task<Coach?> GetCoachAsync(string programmeId, string coachId, CancellationToken ct) =>
        rows.One(CoachesTable, await Coaches.GetEntityIfExistsAsync<TableEntity>(programmeId, coachId, cancellationToken: ct), ToCoach);

    public async Task<IReadOnlyList<Coach>> CoachesAsync(string programmeId, CancellationToken ct) =>
        await rows.ListAsync(CoachesTable, Coaches.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"),
            cancellationToken: ct), ToCoach, ct);

    public Task SaveCoachAsync(Coach coach, CancellationToken ct) =>
        Coaches.UpsertEntityAsync(new TableEntity(coach.ProgrammeId, coach.Id) { ["Fte"] = (double)coach.Fte,
            ["Active"] = coach.Active, ["Name"] = coach.Name, ["Phone"] = coach.Phone, ["Model"] = coach.Model.ToString(),
            ["Email"] = coach.Email },
            TableUpdateMode.Replace, ct);

    /// <summary>The last day of a key for which none was chosen: the same date a year on; it works to the end of it.</summary>
    public static DateOnly DefaultLastDay(DateTimeOffset now) => ProgrammeTime.DateOf(now).AddYears(1);

    /// <summary>
    /// Creates a key and returns it: the only moment the plain key exists. It works to the end of <paramref name="lastDay"/>
    /// in Amsterdam (null: a year from today); every key expires, so a forgotten one (a bootstrap's, say) does not work
    /// for ever. The programme's list row is written first, so a key that exists is always listed and revocable.
    /// </summary>

    public async Task<string> CreateKeyAsync(string programmeId, StaffRole role, string? coachId, string label,
        CancellationToken ct, DateOnly? lastDay = null)
    {
        var key = "ipsm_" + Secrets.NewToken();
        var keyId = Secrets.NewId();
        var now = time.GetUtcNow();
        var expiresAt = ProgrammeTime.EndOf(lastDay ?? DefaultLastDay(now));
        await Keys.AddEntityAsync(new TableEntity(KeyListPartition(programmeId), keyId)
        {
            ["KeyHash"] = Secrets.Hash(key), ["Role"] = role.ToString(), ["CoachId"] = coachId, ["Label"] = label,
            ["CreatedAt"] = now, ["ExpiresAt"] = expiresAt,
        }, ct);
        await Keys.AddEntityAsync(new TableEntity(Secrets.Hash(key), "key")
        {
            ["KeyId"] = keyId,
            ["ProgrammeId"] = programmeId,
            ["Role"] = role.ToString(),
            ["CoachId"] = coachId,
            ["Label"] = label,
            ["CreatedAt"] = now,
            ["ExpiresAt"] = expiresAt,
        }, ct);
        return key;
    }

    public Task<Staff?> FindKeyAsync(string key, CancellationToken ct) => FindKeyByHashAsync(Secrets.Hash(key), ct);

    /// <summary>The holder of the key with this hash, or null when there is none or it was revoked (a browser session keeps only the hash).</summary>
    public async Task<Staff?> FindKeyByHashAsync(string keyHash, CancellationToken ct)
    {
        var row = (await Keys.GetEntityIfExistsAsync<TableEntity>(keyHash, "key", cancellationToken: ct)).Row();
        var now = time.GetUtcNow();
        if (row is null || row.GetBoolean("Revoked") == true || row.GetDateTimeOffset("ExpiresAt") <= now)
            return null;
        var entity = row;
        if (entity.GetDateTimeOffset("LastUsedAt") is not { } used || now - used > LastUsedGrain)
        {
            try
            {
                await Keys.UpdateEntityAsync(new TableEntity(keyHash, "key") { ["LastUsedAt"] = now }, entity.ETag, TableUpdateMode.Merge, ct);
            }
            catch (RequestFailedException)
            {
                // Another request recorded the use (or a revocation came in, which the next request sees): nothing to add.
            }
        }
        return new Staff(entity.GetString("KeyId"), entity.GetString("ProgrammeId"),
            Enum.Parse<StaffRole>(entity.GetString("Role")), entity.GetString("CoachId"));
    }

    private static Coach ToCoach(TableEntity row) =>
        new(row.RowKey, row.PartitionKey, (decimal)(row.GetDouble("Fte") ?? 1.0))
        {
            Active = row.GetBoolean("Active") ?? true,
            Name = row.GetString("Name"),
            Phone = row.GetString("Phone"),
            Email = row.GetString("Email"),
            // Rows from before models existed are IPS-A, the model the old norm of 20 was for.
            Model = Enum.TryParse<CoachModel>(row.GetString("Model"), out var model) && Enum.IsDefined(model) ? model : CoachModel.IpsA,
        };

    /// <summary>The programme's list of its keys: one row per key under the programme, holding the key's hash, never the key.</summary>
    private static string KeyListPartition(string programmeId) => "programme:" + programmeId;

    /// <summary>Every key of the programme, newest first, with when it was last used. The secret itself is never stored.</summary>
    public async Task<IReadOnlyList<StaffKey>> KeysAsync(string programmeId, CancellationToken ct)
    {
        var keys = new List<StaffKey>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {KeyListPartition(programmeId)}");
        await foreach (var row in Keys.QueryAsync<TableEntity>(filter, cancellationToken: ct))
        {
            if (!rows.TryMap(KeysTable, row, ListedKey, out var listed))
                continue;
            var key = (await Keys.GetEntityIfExistsAsync<TableEntity>(row.GetString("KeyHash"), "key", cancellationToken: ct)).Row();
            keys.Add(listed with
            {
                LastUsedAt = key?.GetDateTimeOffset("LastUsedAt"),
                Revoked = listed.Revoked || key is null || key.GetBoolean("Revoked") == true,
            });
        }
        return keys.OrderByDescending(k => k.CreatedAt).ToList();
    }

    /// <summary>
    /// One key as the programme's list holds it (its label, role and coach), without when it was last used: what a page
    /// needs to name who used it, in one point read.
    /// </summary>
    public async Task<StaffKey?> GetListedKeyAsync(string programmeId, string keyId, CancellationToken ct) =>
        rows.One(KeysTable, await Keys.GetEntityIfExistsAsync<TableEntity>(KeyListPartition(programmeId), keyId, cancellationToken: ct), ListedKey);

    /// <summary>A key as its programme's list row holds it; when it was last used and its revocation come from the key row.</summary>
    private static StaffKey ListedKey(TableEntity row) =>
        new(row.RowKey, row.GetString("Label"), Enum.Parse<StaffRole>(row.GetString("Role")), row.GetString("CoachId"),
            row.GetDateTimeOffset("CreatedAt") ?? default, null, row.GetDateTimeOffset("ExpiresAt"), row.GetBoolean("Revoked") == true);

    /// <summary>Revokes the key at once, for the API and for its browser sessions; false when the programme has no such key.</summary>
    public async Task<bool> RevokeKeyAsync(string programmeId, string keyId, CancellationToken ct)
    {
        var listed = (await Keys.GetEntityIfExistsAsync<TableEntity>(KeyListPartition(programmeId), keyId, cancellationToken: ct)).Row();
        if (listed is null)
            return false;
        // The key row decides whether a key works, so it is revoked first; the list row only shows it.
        await Keys.UpsertEntityAsync(new TableEntity(listed.GetString("KeyHash"), "key") { ["Revoked"] = true,
            ["RevokedAt"] = time.GetUtcNow() }, TableUpdateMode.Merge, ct);
        await Keys.UpdateEntityAsync(new TableEntity(listed.PartitionKey, keyId) { ["Revoked"] = true }, ETag.All, TableUpdateMode.Merge, ct);
        return true;
    }

    /// <summary>Revokes every key of one coach: a deactivated coach signs in no more.</summary>
    public async Task<int> RevokeCoachKeysAsync(string programmeId, string coachId, CancellationToken ct)
    {
        var revoked = 0;
        foreach (var key in (await KeysAsync(programmeId, ct)).Where(k => k.CoachId == coachId && !k.Revoked))
            revoked += await RevokeKeyAsync(programmeId, key.KeyId, ct) ? 1 : 0;
        return revoked;
    }
}
