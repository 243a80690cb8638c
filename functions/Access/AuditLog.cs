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

    /// <summary>The actor of work nobody asked for by hand: timers, mailed links.</summary>
    public const string System = "system";

    /// <summary>How a staff member is named in the audit: role and key id, never a name.</summary>
    public static string Actor(Staff staff) => $"{staff.Role.ToString().ToLowerInvariant()}:{staff.KeyId}";

    public Task RecordAsync(Staff staff, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(staff.ProgrammeId, Actor(staff), action, candidateId, ct);

    /// <summary>A list read: one row that names every candidate whose data was in the answer.</summary>
    public Task RecordListAsync(Staff staff, string action, IEnumerable<string> candidateIds, CancellationToken ct) =>
        WriteAsync(staff.ProgrammeId, Actor(staff), action, null, ct, string.Join(',', candidateIds.Distinct()));

    /// <summary>
    /// A use of a questionnaire link. Whoever holds a link acts as the respondent, so the row also names who made the link
    /// (LinkIssuedBy): a link a coach asked for and then used shows up under that coach.
    /// </summary>
    public Task RecordRespondentAsync(CheckIns.InvitationFile file, string action, CancellationToken ct) =>
        WriteAsync(file.ProgrammeId, $"respondent:{file.Invitation.Id}", action, file.Invitation.CandidateId, ct, linkIssuedBy: file.LinkIssuedBy);

    public Task RecordSystemAsync(string programmeId, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(programmeId, System, action, candidateId, ct);

    private Task WriteAsync(string programmeId, string actor, string action, string? candidateId, CancellationToken ct, string? candidateIds = null, string? linkIssuedBy = null)
    {
        var now = time.GetUtcNow();
        var row = new TableEntity($"{programmeId}|{ProgrammeTime.DateOf(now):yyyy-MM}", $"{DateTimeOffset.MaxValue.Ticks - now.Ticks:D19}-{Guid.NewGuid():N}")
        {
            ["Actor"] = actor,
            ["Action"] = action,
            ["CandidateId"] = candidateId,
            ["CandidateIds"] = candidateIds,
            ["LinkIssuedBy"] = linkIssuedBy,
            ["At"] = now,
        };
        return tables.GetTableClient(names.Table(Table)).AddEntityAsync(row, ct);
    }
}
