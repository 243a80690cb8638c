using Azure.Data.Tables;
using IpsMonitor.Access;
using IpsMonitor.Caseload;
using IpsMonitor.CheckIns;
using IpsMonitor.Platform;
using IpsMonitor.Signals;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Loads one programme's data for its workbook: one partition per table, streamed row by row, each row mapped to its
/// domain record at once so the raw rows are never held. The five queries run side by side; only the signals wait
/// for the candidates, to learn each signal's coach.
/// </summary>
internal sealed class ProgrammeReader(AccessStore access, CaseloadStore caseload, CheckInStore checkIns, TableServiceClient tables, StorageNames names)
{

    private static readonly string[] SignalColumns = ["RowKey", "Type", "Severity", "OpenedAt", "ResolvedAt", "RuleVersion"];

    /// <summary>The answers the workbook averages; the rest (free text above all) is dropped while reading.</summary>
    private static readonly Dictionary<string, string> ScaleItemIds =
        ScaleItems.All.Select(i => i.ItemId).Distinct().ToDictionary(id => id, id => id, StringComparer.Ordinal);

    public async Task<ProgrammeData> ReadAsync(string programmeId, CancellationToken ct)
    {
        var coaches = access.CoachesAsync(programmeId, ct);
        var candidates = ToListAsync(caseload.ListAsync(programmeId, ct), f => f.Candidate, ct);
        var jobs = ToListAsync(caseload.ProgrammeJobsAsync(programmeId, ct), j => j, ct);
        var invitations = ToListAsync(checkIns.ForProgrammeAsync(programmeId, null, ct), f => Trimmed(f.Invitation), ct);
        var signalRows = ToListAsync(SignalRowsAsync(programmeId, ct), s => s, ct);
        await Task.WhenAll(coaches, candidates, jobs, invitations, signalRows);

        var coachOf = (await candidates).ToDictionary(c => c.Id, c => c.CoachId, StringComparer.Ordinal);
        var signals = new List<SignalHistory>();
        string? ruleVersion = null;
        DateTimeOffset latest = default;
        foreach (var row in await signalRows)
        {
            // A signal of a candidate no longer on file (erased) is not reported.
            if (!coachOf.TryGetValue(row.CandidateId, out var coachId))
                continue;
            signals.Add(new SignalHistory(row.CandidateId, coachId, row.Type, row.Severity, row.OpenedAt, row.ResolvedAt));
            // The rule set in force is the one the newest signal was computed with; ties resolve the same way every time.
            if (row.RuleVersion is { } version && (ruleVersion is null || row.OpenedAt > latest
                || (row.OpenedAt == latest && string.CompareOrdinal(version, ruleVersion) > 0)))
                (ruleVersion, latest) = (version, row.OpenedAt);
        }

        return new ProgrammeData(programmeId, await coaches, await candidates, await jobs, await invitations, signals)
        {
            SignalRuleVersion = ruleVersion,
        };
    }

    /// <summary>The signals table's rows of one programme, as stored: the candidate id comes from the row key.</summary>
    public async IAsyncEnumerable<SignalRow> SignalRowsAsync(string programmeId, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var table = tables.GetTableClient(names.Table(Signals.SignalStore.Table));
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}");
        await foreach (var row in table.QueryAsync<TableEntity>(filter, select: SignalColumns, cancellationToken: ct))
        {
            var split = row.RowKey.IndexOf('|', StringComparison.Ordinal);
            // Each candidate's state row (the version guard of their signals) is no signal.
            if (split <= 0 || Signals.SignalRows.IsState(row))
                continue;
            yield return new SignalRow(
                row.RowKey[..split], row.GetString("Type") ?? "", row.GetString("Severity")?.ToLowerInvariant() ?? "",
                row.GetDateTimeOffset("OpenedAt") ?? throw new InvalidDataException("A signal row has no OpenedAt."),
                row.GetDateTimeOffset("ResolvedAt"), row.GetString("RuleVersion"));
        }
    }

    /// <summary>Keeps only numeric answers to scale items, under one shared key string per item.</summary>
    private static Invitation Trimmed(Invitation invitation)
    {
        if (invitation.Answers.Count == 0)
            return invitation;
        var kept = new Dictionary<string, Answer>(StringComparer.Ordinal);
        foreach (var (item, answer) in invitation.Answers)
            if (answer.Number is not null && ScaleItemIds.TryGetValue(item, out var key))
                kept[key] = answer;
        return invitation with { Answers = kept };
    }

    private static async Task<List<TResult>> ToListAsync<TSource, TResult>(IAsyncEnumerable<TSource> source, Func<TSource, TResult> map, CancellationToken ct)
    {
        var list = new List<TResult>();
        await foreach (var item in source.WithCancellation(ct))
            list.Add(map(item));
        return list;
    }
}

/// <summary>One row of the signals table, before it is matched to its candidate's coach.</summary>
internal sealed record SignalRow(string CandidateId, string Type, string Severity, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, string? RuleVersion);
