using System.Collections.Concurrent;
using Azure.Data.Tables;
using IpsMonitor.Signals;

namespace IpsMonitor.Workbooks;

/// <summary>
/// Loads one programme's data for its workbook: one partition per table, streamed row by row (<see cref="RowStream"/>),
/// each row mapped to its domain record at once so the raw rows are never held. The seven queries run side by side; only the signals wait
/// for the candidates, to learn each signal's coach. A row that cannot be read, or breaks the rules every stored record
/// keeps (see <see cref="BodyRules.CheckStored"/>), is left out and reported in <see cref="ProgrammeData.SkippedRows"/>:
/// one bad row must never stop a programme's report. A left-out candidate takes their jobs, check-ins and signals along.
/// </summary>
internal sealed class ProgrammeReader(AccessStore access, ReminderStore reminders, RowStream rows, TimeProvider time)
{

    /// <summary>What the figures read of a signal.</summary>
    public static readonly string[] SignalColumns = ["RowKey", "Type", "Severity", "OpenedAt", "ResolvedAt", "RuleVersion"];

    /// <summary>What the figures read of a logged contact: whose it is (from the key) and the day.</summary>
    public static readonly string[] ContactColumns = ["RowKey", "ContactedOn"];

    /// <summary>Everything, with every check-in the programme ever had: for figures of any quarter.</summary>
    public Task<ProgrammeData> ReadAsync(string programmeId, CancellationToken ct) => ReadAsync(programmeId, null, ct);

    /// <summary>
    /// What the figures of <paramref name="quarter"/> need: every coach, candidate, job and signal (the caseload, the
    /// trend and the open signals span the history), but only the check-ins that closed in the quarter or the one
    /// before, from their quarter index (<see cref="CheckInQuarterIndex"/>). Null reads every check-in.
    /// </summary>
    public async Task<ProgrammeData> ReadAsync(string programmeId, Quarter? quarter, CancellationToken ct)
    {
        var today = time.Today();
        var skipped = new ConcurrentQueue<SkippedRow>();
        var partition = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}");
        var coaches = access.CoachesAsync(programmeId, ct);
        var candidates = RowsAsync(CaseloadStore.CandidatesTable, partition, CandidateRows.FigureColumns, CandidateRows.ToCandidate, today, skipped, ct);
        var jobs = RowsAsync(CaseloadStore.JobsTable, partition, CandidateRows.JobFigureColumns, CandidateRows.ToFigureJob, today, skipped, ct);
        // Rows from "~" on are the outbox and the indexes, not check-ins (as CheckInStore.ForProgrammeAsync reads them).
        var invitations = quarter is null
            ? RowsAsync(CheckInStore.Table, TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey lt {"~"}"), null,
                row => InvitationRows.ToFile(row).Invitation is var i ? i with { Answers = ScaleAnswers.Kept(i.Answers) } : null, today, skipped, ct)
            : RowsAsync(CheckInStore.Table, CheckInQuarterIndex.Range(programmeId, quarter.Previous.ToString(), quarter.ToString()), CheckInQuarterIndex.Columns,
                row => CheckInQuarterIndex.Read(row, ScaleAnswers.Read), today, skipped, ct);
        var signalRows = SignalRowsAsync(programmeId, skipped, ct);
        var sent = ToListAsync(reminders.ForProgrammeAsync(programmeId, ReminderState.Sent, RemindedSince(quarter), ct), ct);
        var contacts = RowsAsync(ContactStore.Table, ContactFilter(programmeId, quarter), ContactColumns, ToLoggedContact, today, skipped, ct);
        var goals = RowsAsync(Development.CandidateVoiceStore.Table, partition, GoalColumns, ToGoal, today, skipped, ct);
        await Task.WhenAll(coaches, candidates, jobs, invitations, signalRows, sent, contacts, goals);
        var remindedAt = (await sent).Where(r => r.SentAt is not null)
            .ToLookup(r => (r.CandidateId, r.InvitationId), r => r.SentAt!.Value);

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

        // A page that shows these figures says how many rows they leave out, as every list does (see UnreadableRows).
        foreach (var row in skipped)
            UnreadableRows.Add(row.Table, programmeId, row.Row);
        var reminded = (await invitations).Select(i => remindedAt.Contains((i.CandidateId, i.Id))
            ? i with { RemindedAt = remindedAt[(i.CandidateId, i.Id)].Order().ToList() } : i).ToList();
        return new ProgrammeData(programmeId, await coaches, await candidates, await jobs, reminded, signals)
        {
            SignalRuleVersion = ruleVersion,
            Contacts = await contacts,
            Goals = await goals,
            SkippedRows = skipped.OrderBy(r => r.Table, StringComparer.Ordinal).ThenBy(r => r.Row, StringComparer.Ordinal).ToList(),
        };
    }

    /// <summary>
    /// The first day a reminder of a check-in read for <paramref name="quarter"/> can have been sent: a link lives at most
    /// the longest expiry a programme may set (<see cref="CheckInOptions.LongestExpiryDays"/>), and its reminders fall in
    /// its life. So a build reads three quarters of reminders, not the history. Null (every check-in) reads every reminder.
    /// </summary>
    public static DateOnly? RemindedSince(Quarter? quarter) => quarter?.Previous.Start.AddDays(-CheckInOptions.LongestExpiryDays);

    /// <summary>
    /// The logged contacts of the quarter and the one before, or every one for null. The log's key starts with the
    /// candidate, so a quarter is a filter on the day, not a key range: the partition is scanned, two columns a row.
    /// </summary>
    public static string ContactFilter(string programmeId, Quarter? quarter) => quarter is null
        ? TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}")
        : TableClient.CreateQueryFilter(
            $"PartitionKey eq {programmeId} and ContactedOn ge {quarter.Previous.Start.ToString("O")} and ContactedOn le {quarter.End.ToString("O")}");

    /// <summary>What the figures read of a candidate's goal: the key, the state and its two moments, never the text.</summary>
    public static readonly string[] GoalColumns = ["RowKey", "State", "WrittenAt", "ChangedAt"];

    /// <summary>A goal row of the candidate's voice; a talk point (no state) is passed by.</summary>
    private static GoalFact? ToGoal(TableEntity row)
    {
        var parts = row.RowKey.Split('|');
        if (parts is not [var candidateId, "goal", _])
            return null;
        return new GoalFact(candidateId, Enum.Parse<Development.GoalState>(row.GetString("State") ?? ""),
            ProgrammeTime.DateOf(row.RequiredTime("WrittenAt")), ProgrammeTime.DateOf(row.RequiredTime("ChangedAt")));
    }

    private static LoggedContact ToLoggedContact(TableEntity row) => new(
        row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)],
        DateOnly.ParseExact(row.GetString("ContactedOn") ?? "", "O", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The signals table's rows of one programme, as stored: the candidate id comes from the row key.</summary>
    private async Task<List<SignalRow>> SignalRowsAsync(string programmeId, ConcurrentQueue<SkippedRow> skipped, CancellationToken ct)
    {
        var list = new List<SignalRow>();
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}");
        await rows.ForEachAsync(Signals.SignalStore.Table, filter, SignalColumns, row =>
        {
            var split = row.RowKey.IndexOf('|', StringComparison.Ordinal);
            // Each candidate's state row (the version guard of their signals) is no signal.
            if (split <= 0 || Signals.SignalRows.IsState(row))
                return;
            if (row.GetDateTimeOffset("OpenedAt") is not { } openedAt)
            {
                skipped.Enqueue(new SkippedRow(Signals.SignalStore.Table, row.RowKey, "openedAt: the moment the signal opened is missing."));
                return;
            }
            list.Add(new SignalRow(
                row.RowKey[..split], row.GetString("Type") ?? "", row.GetString("Severity")?.ToLowerInvariant() ?? "",
                openedAt, row.GetDateTimeOffset("ResolvedAt"), row.GetString("RuleVersion")));
        }, ct);
        return list;
    }

    /// <summary>Each row of the table that maps and keeps the stored-record rules; the others go to skipped.</summary>
    /// <remarks>A map may answer null for a row that is not the record it reads (a stale index row): passed by, not skipped.</remarks>
    private async Task<List<T>> RowsAsync<T>(
        string table, string filter, IEnumerable<string>? select, Func<TableEntity, T?> map, DateOnly today, ConcurrentQueue<SkippedRow> skipped,
        CancellationToken ct) where T : class
    {
        var list = new List<T>();
        await rows.ForEachAsync(table, filter, select, row =>
        {
            T? record;
            try
            {
                record = map(row);
            }
            catch (Exception e) when (UnreadableRows.IsUnreadable(e))
            {
                skipped.Enqueue(new SkippedRow(table, row.RowKey, "The row could not be read: a value is missing or has the wrong form."));
                return;
            }
            if (record is null)
                return;
            var problems = BodyRules.KeepsStoredRules(record, today) ? null : BodyRules.CheckStored(record, today);
            if (problems is { Count: > 0 })
                skipped.Enqueue(new SkippedRow(table, row.RowKey, string.Join(" ", problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}"))));
            else
                list.Add(record);
        }, ct);
        return list;
    }

    private static async Task<List<T>> ToListAsync<T>(IAsyncEnumerable<T> source, CancellationToken ct)
    {
        var list = new List<T>();
        await foreach (var item in source.WithCancellation(ct))
            list.Add(item);
        return list;
    }
}

/// <summary>A stored row the workbook left out, by table and row key (pseudonymous ids only), and why, in plain words.</summary>
public sealed record SkippedRow(string Table, string Row, string Reason);

/// <summary>One row of the signals table, before it is matched to its candidate's coach.</summary>
internal sealed record SignalRow(string CandidateId, string Type, string Severity, DateTimeOffset OpenedAt, DateTimeOffset? ResolvedAt, string? RuleVersion);

/// <summary>Skipped rows as kept in a table property, which holds at most 64 KB: the first ones, enough to start a repair.</summary>
internal static class SkippedRowList
{
    public const int Kept = 50;

    public static IReadOnlyList<SkippedRow> Capped(IReadOnlyList<SkippedRow> rows) => rows.Count <= Kept ? rows : rows.Take(Kept).ToList();
}
