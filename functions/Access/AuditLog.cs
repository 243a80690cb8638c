using Azure.Data.Tables;
using IpsMonitor.Platform;

namespace IpsMonitor.Access;

/// <summary>
/// Every read of personal data leaves a row: who (key id and role, or the respondent's invitation), what, which candidate, when.
/// Partitioned by programme and month so a coordinator's review of one month is one partition; newest rows sort first.
/// </summary>
internal sealed class AuditLog(TableServiceClient tables, StorageNames names, TimeProvider time)
{
    public const string Table = "audit";

    public Task RecordAsync(Staff staff, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(staff.ProgrammeId, $"{staff.Role.ToString().ToLowerInvariant()}:{staff.KeyId}", action, candidateId, ct);

    /// <summary>A list read: one row that names every candidate whose data was in the answer.</summary>
    public Task RecordListAsync(Staff staff, string action, IEnumerable<string> candidateIds, CancellationToken ct) =>
        WriteAsync(staff.ProgrammeId, $"{staff.Role.ToString().ToLowerInvariant()}:{staff.KeyId}", action, null, ct, string.Join(',', candidateIds.Distinct()));

    public Task RecordRespondentAsync(string programmeId, string invitationId, string action, string candidateId, CancellationToken ct) =>
        WriteAsync(programmeId, $"respondent:{invitationId}", action, candidateId, ct);

    public Task RecordSystemAsync(string programmeId, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(programmeId, "system", action, candidateId, ct);

    private Task WriteAsync(string programmeId, string actor, string action, string? candidateId, CancellationToken ct, string? candidateIds = null)
    {
        var now = time.GetUtcNow();
        var row = new TableEntity($"{programmeId}|{ProgrammeTime.DateOf(now):yyyy-MM}", $"{DateTimeOffset.MaxValue.Ticks - now.Ticks:D19}-{Guid.NewGuid():N}")
        {
            ["Actor"] = actor,
            ["Action"] = action,
            ["CandidateId"] = candidateId,
            ["CandidateIds"] = candidateIds,
            ["At"] = now,
        };
        return tables.GetTableClient(names.Table(Table)).AddEntityAsync(row, ct);
    }
}
