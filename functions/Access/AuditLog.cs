using Azure.Data.Tables;
using IpsMonitor.Hosting;

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

    public Task RecordRespondentAsync(string programmeId, string invitationId, string action, string candidateId, CancellationToken ct) =>
        WriteAsync(programmeId, $"respondent:{invitationId}", action, candidateId, ct);

    public Task RecordSystemAsync(string programmeId, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(programmeId, "system", action, candidateId, ct);

    private Task WriteAsync(string programmeId, string actor, string action, string? candidateId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var row = new TableEntity($"{programmeId}|{now:yyyy-MM}", $"{DateTimeOffset.MaxValue.Ticks - now.Ticks:D19}-{Guid.NewGuid():N}")
        {
            ["Actor"] = actor,
            ["Action"] = action,
            ["CandidateId"] = candidateId,
            ["At"] = now,
        };
        return tables.GetTableClient(names.Table(Table)).AddEntityAsync(row, ct);
    }
}
