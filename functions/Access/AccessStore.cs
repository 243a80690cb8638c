using Azure;
using Azure.Data.Tables;
using IpsMonitor.Caseload;
using IpsMonitor.Platform;

namespace IpsMonitor.Access;

/// <summary>Programmes, their coaches and the staff API keys (stored only as hashes).</summary>
internal sealed class AccessStore(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    public const string ProgrammesTable = "programmes";
    public const string CoachesTable = "coaches";
    public const string KeysTable = "apikeys";

    private TableClient Programmes => tables.GetTableClient(names.Table(ProgrammesTable));
    private TableClient Coaches => tables.GetTableClient(names.Table(CoachesTable));
    private TableClient Keys => tables.GetTableClient(names.Table(KeysTable));

    public async Task<bool> ProgrammeExistsAsync(string programmeId, CancellationToken ct) =>
        (await Programmes.GetEntityIfExistsAsync<TableEntity>("programme", programmeId, cancellationToken: ct)).HasValue;

    public async Task<IReadOnlyList<string>> ProgrammeIdsAsync(CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var row in Programmes.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {"programme"}"), select: ["RowKey"], cancellationToken: ct))
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

    public async Task<Coach?> GetCoachAsync(string programmeId, string coachId, CancellationToken ct)
    {
        var row = await Coaches.GetEntityIfExistsAsync<TableEntity>(programmeId, coachId, cancellationToken: ct);
        return row.HasValue ? ToCoach(row.Value!) : null;
    }

    public async Task<IReadOnlyList<Coach>> CoachesAsync(string programmeId, CancellationToken ct)
    {
        var coaches = new List<Coach>();
        await foreach (var row in Coaches.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"), cancellationToken: ct))
            coaches.Add(ToCoach(row));
        return coaches;
    }

    public Task SaveCoachAsync(Coach coach, CancellationToken ct) =>
        Coaches.UpsertEntityAsync(new TableEntity(coach.ProgrammeId, coach.Id) { ["Fte"] = (double)coach.Fte, ["Name"] = coach.Name, ["Phone"] = coach.Phone }, TableUpdateMode.Replace, ct);

    /// <summary>Creates a key and returns it: the only moment the plain key exists.</summary>
    public async Task<string> CreateKeyAsync(string programmeId, StaffRole role, string? coachId, string label, CancellationToken ct)
    {
        var key = "ipsm_" + Secrets.NewToken();
        await Keys.AddEntityAsync(new TableEntity(Secrets.Hash(key), "key")
        {
            ["KeyId"] = Secrets.NewId(),
            ["ProgrammeId"] = programmeId,
            ["Role"] = role.ToString(),
            ["CoachId"] = coachId,
            ["Label"] = label,
            ["CreatedAt"] = time.GetUtcNow(),
        }, ct);
        return key;
    }

    public async Task<Staff?> FindKeyAsync(string key, CancellationToken ct)
    {
        var row = await Keys.GetEntityIfExistsAsync<TableEntity>(Secrets.Hash(key), "key", cancellationToken: ct);
        if (!row.HasValue || row.Value!.GetBoolean("Revoked") == true)
            return null;
        var entity = row.Value;
        return new Staff(entity.GetString("KeyId"), entity.GetString("ProgrammeId"), Enum.Parse<StaffRole>(entity.GetString("Role")), entity.GetString("CoachId"));
    }

    private static Coach ToCoach(TableEntity row) =>
        new(row.RowKey, row.PartitionKey, (decimal)(row.GetDouble("Fte") ?? 1.0)) { Name = row.GetString("Name"), Phone = row.GetString("Phone") };
}
