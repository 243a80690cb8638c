using System.Globalization;
using Azure.Data.Tables;

namespace IpsMonitor.Access;

/// <summary>One row of the audit as a coordinator reads it. <c>Who</c> is the key's label and role, never its secret.</summary>
public sealed record AuditEntry(
    DateTimeOffset At, string LocalTime, string Actor, string Role, string? KeyLabel, string Action, string? CandidateId,
    IReadOnlyList<string> CandidateIds, string? Client, string? LinkIssuedBy);

/// <summary>
/// Reads a programme's audit: one month (one partition), or every month of one candidate. A list read names its candidates
/// in CandidateIds, so the candidate filter looks there too; it runs in memory, since tables cannot search inside a value.
/// </summary>
internal sealed class AuditTrail(AuditTable audit, AccessStore access)
{
    /// <summary>The month as the filter writes it: yyyy-MM, from 2000-01.</summary>
    public static bool TryMonth(string? text, out DateOnly month)
    {
        month = default;
        if (!DateOnly.TryParseExact(text, "yyyy-MM", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) || parsed.Year < 2000)
            return false;
        month = parsed;
        return true;
    }

    /// <summary>Newest first. With no month, every month of the programme (then a candidate is required by the callers).</summary>
    public async Task<IReadOnlyList<AuditEntry>> ReadAsync(string programmeId, DateOnly? month, string? candidateId, CancellationToken ct)
    {
        var labels = (await access.KeysAsync(programmeId, ct)).ToDictionary(k => k.KeyId, k => k.Label, StringComparer.Ordinal);
        var filter = month is { } m
            ? TableClient.CreateQueryFilter($"PartitionKey eq {AuditLog.Partition(programmeId, m)}")
            // Every partition "programme|yyyy-MM": '}' is the character after '|'.
            : TableClient.CreateQueryFilter($"PartitionKey gt {programmeId + "|"} and PartitionKey lt {programmeId + "}"}");
        var entries = new List<AuditEntry>();
        await foreach (var row in audit.QueryAsync(filter, ct))
        {
            var ids = row.GetString("CandidateIds") is { Length: > 0 } list ? list.Split(',') : [];
            var single = row.GetString("CandidateId");
            if (candidateId is not null && single != candidateId && !ids.Contains(candidateId, StringComparer.Ordinal))
                continue;
            entries.Add(Entry(row, single, ids, labels));
        }
        // Row keys sort newest first within a month; across months the partitions come oldest first.
        return entries.OrderByDescending(e => e.At).ToList();
    }

    /// <summary>
    /// The candidates a reader of these rows sees: the audit names candidates, so reading it is a read of each of them,
    /// audited like any list read (with the filtered candidate even when no row names them).
    /// </summary>
    public static IEnumerable<string> CandidatesIn(IEnumerable<AuditEntry> entries, string? filtered) =>
        entries.SelectMany(e => e.CandidateId is null ? e.CandidateIds : e.CandidateIds.Append(e.CandidateId))
            .Concat(filtered is null ? [] : [filtered]).Where(id => id.Length > 0).Distinct(StringComparer.Ordinal);

    private static AuditEntry Entry(TableEntity row, string? candidateId, string[] ids, Dictionary<string, string> labels)
    {
        var actor = row.GetString("Actor") ?? "";
        var colon = actor.IndexOf(':', StringComparison.Ordinal);
        var role = colon < 0 ? actor : actor[..colon];
        var id = colon < 0 ? "" : actor[(colon + 1)..];
        var at = row.GetDateTimeOffset("At") ?? row.Timestamp ?? default;
        return new AuditEntry(
            at, LocalTime(at), actor, role, role is "coordinator" or "coach" ? labels.GetValueOrDefault(id) : null,
            row.GetString("Action") ?? "", candidateId, ids,
            // A development view keeps a coarse place (Development/ClientPlace.cs) where other rows keep the address.
            row.GetString("Client") ?? (row.GetString("Place") is { } place ? "place " + place : null), row.GetString("LinkIssuedBy"));
    }

    /// <summary>The moment as a clock in Amsterdam showed it, to the second.</summary>
    public static string LocalTime(DateTimeOffset at) =>
        ProgrammeTime.Local(at).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
}
