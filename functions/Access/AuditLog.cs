using Azure.Data.Tables;

namespace IpsMonitor.Access;

/// <summary>
/// Every read of personal data leaves a row: who (key id and role, or the respondent's invitation), what, which candidate, when.
/// Partitioned by programme and month so a coordinator's review of one month is one partition; newest rows sort first.
/// A row written while answering an HTTP request also keeps the client address (<c>Client</c>), by the same rule as the
/// guess limit (<see cref="ClientAddress"/>).
/// </summary>
internal sealed class AuditLog(AuditTable audit, TimeProvider time, IHttpContextAccessor http, ClientAddress clients)
{
    public const string Table = "audit";

    /// <summary>The actor of work nobody asked for by hand: timers, mailed links.</summary>
    public const string System = "system";

    /// <summary>How a staff member is named in the audit: role and key id, never a name.</summary>
    public static string Actor(Staff staff) => $"{staff.Role.ToString().ToLowerInvariant()}:{staff.KeyId}";

    public Task RecordAsync(Staff staff, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(staff.ProgrammeId, Actor(staff), action, candidateId, ct);

    /// <summary>
    /// Most characters of candidate ids one row carries. A table property holds at most 64 KiB (32K UTF-16 characters), so
    /// one row would fail from about 2,500 candidates on; a longer list is split over several rows.
    /// </summary>
    public const int MaxIdsCharacters = 30_000;

    /// <summary>
    /// A list read: rows that together name every candidate whose data was in the answer. A long list is split into parts
    /// (Part 1..Parts) that share a ListId and sort together; all parts go in transactions of one partition, so a list is
    /// audited whole or, when the first write fails, not answered at all.
    /// </summary>
    public async Task RecordListAsync(Staff staff, string action, IEnumerable<string> candidateIds, CancellationToken ct)
    {
        var parts = Split(candidateIds.Distinct());
        var now = time.GetUtcNow();
        var listId = Guid.NewGuid().ToString("N");
        var rows = parts.Select((ids, i) =>
        {
            var row = Row(staff.ProgrammeId, Actor(staff), action, null, now, $"{listId}-{i + 1:D5}");
            row["CandidateIds"] = ids;
            row["ListId"] = listId;
            row["Part"] = i + 1;
            row["Parts"] = parts.Count;
            return row;
        });
        await audit.AddAllAsync(rows, ct);
    }

    private static List<string> Split(IEnumerable<string> ids)
    {
        var parts = new List<string>();
        var part = new System.Text.StringBuilder();
        foreach (var id in ids)
        {
            if (part.Length > 0 && part.Length + 1 + id.Length > MaxIdsCharacters)
            {
                parts.Add(part.ToString());
                part.Clear();
            }
            part.Append(part.Length > 0 ? "," : "").Append(id);
        }
        parts.Add(part.ToString());
        return parts;
    }

    /// <summary>
    /// A use of a questionnaire link. Whoever holds a link acts as the respondent, so the row also names who made the link
    /// (LinkIssuedBy): a link a coach asked for and then used shows up under that coach.
    /// </summary>
    public Task RecordRespondentAsync(CheckIns.VersionedInvitation file, string action, CancellationToken ct) =>
        WriteAsync(file.ProgrammeId, $"respondent:{file.Invitation.Id}", action, file.Invitation.CandidateId, ct, file.LinkIssuedBy);

    /// <summary>
    /// A respondent known by another personal link than a check-in (the development view's link, say). With a place
    /// (<see cref="Development.ClientPlace"/>) the row keeps that coarse fingerprint instead of the client's address.
    /// </summary>
    public Task RecordRespondentAsync(string programmeId, string respondentId, string action, string candidateId,
        CancellationToken ct, string? place = null)
    {
        var row = Row(programmeId, $"respondent:{respondentId}", action, candidateId, time.GetUtcNow(), Guid.NewGuid().ToString("N"));
        if (place is not null)
        {
            row["Client"] = null;
            row["Place"] = place;
        }
        return audit.AddAsync(row, ct);
    }

    public Task RecordSystemAsync(string programmeId, string action, string? candidateId, CancellationToken ct) =>
        WriteAsync(programmeId, System, action, candidateId, ct);

    private Task WriteAsync(string programmeId, string actor, string action, string? candidateId, CancellationToken ct, string? linkIssuedBy = null)
    {
        var row = Row(programmeId, actor, action, candidateId, time.GetUtcNow(), Guid.NewGuid().ToString("N"));
        row["LinkIssuedBy"] = linkIssuedBy;
        return audit.AddAsync(row, ct);
    }

    private TableEntity Row(string programmeId, string actor, string action, string? candidateId, DateTimeOffset now, string unique) =>
        new(Partition(programmeId, ProgrammeTime.DateOf(now)), $"{DateTimeOffset.MaxValue.Ticks - now.Ticks:D19}-{unique}")
        {
            ["Actor"] = actor,
            ["Action"] = action,
            ["CandidateId"] = candidateId,
            ["At"] = now,
            // Timers and queue work have no request, so no address. Behind the front end, the client it names (see ClientAddress).
            ["Client"] = http.HttpContext is { } context ? clients.Of(context) : null,
        };

    /// <summary>The partition of a programme's month: the month is the Amsterdam calendar month of the moment.</summary>
    public static string Partition(string programmeId, DateOnly dayInMonth) => $"{programmeId}|{dayInMonth:yyyy-MM}";
}
