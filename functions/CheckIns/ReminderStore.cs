using System.Globalization;
using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.CheckIns;

public enum ReminderState
{
    /// <summary>Written, not yet mailed: the outbox. The timer mails it, also after a crash.</summary>
    Pending,
    Sent,
    /// <summary>Not mailed, and never will be: the check-in closed, consent went, the candidate left or was erased.</summary>
    Dropped,
}

/// <summary>One reminder of one check-in; Number is its place in the programme's schedule, Day its Amsterdam date.</summary>
public sealed record Reminder(string CandidateId, string InvitationId, int Number, DateOnly Day, ReminderState State, DateTimeOffset? SentAt);

/// <summary>
/// Reminder rows live in the check-ins table, in the programme's partition under "~reminder|{candidate}|{invitation}|{n}".
/// Adding one is the decision to remind; it is the outbox row and, once mailed, the record shown as "herinnerd op".
/// The key makes the decision idempotent: a second run of the same tick adds nothing.
/// </summary>
internal sealed class ReminderStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Prefix = "~reminder|";

    private TableClient CheckIns => tables.GetTableClient(names.Table(CheckInStore.Table));

    public static string Key(Reminder r) =>
        $"{Prefix}{r.CandidateId}|{r.InvitationId}|{r.Number.ToString(CultureInfo.InvariantCulture)}";

    public async Task<bool> TryAddAsync(string programmeId, Reminder reminder, DateTimeOffset now, CancellationToken ct)
    {
        try
        {
            await CheckIns.AddEntityAsync(new TableEntity(programmeId, Key(reminder))
            {
                ["Day"] = reminder.Day.ToString("O", CultureInfo.InvariantCulture),
                ["State"] = nameof(ReminderState.Pending),
                ["CreatedAt"] = now,
            }, ct);
            return true;
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public Task MarkAsync(string programmeId, Reminder reminder, ReminderState state, DateTimeOffset? sentAt, CancellationToken ct) =>
        CheckIns.UpdateEntityAsync(new TableEntity(programmeId, Key(reminder))
        {
            ["State"] = state.ToString(),
            ["SentAt"] = sentAt,
        }, ETag.All, TableUpdateMode.Merge, ct);

    /// <summary>Every reminder of a programme (one range of its partition), or only those in one state.</summary>
    public IAsyncEnumerable<Reminder> ForProgrammeAsync(string programmeId, ReminderState? state, CancellationToken ct) =>
        ForProgrammeAsync(programmeId, state, null, ct);

    /// <summary>The programme's reminders, or those in one state, of the day <paramref name="since"/> or later (all without).</summary>
    public async IAsyncEnumerable<Reminder> ForProgrammeAsync(string programmeId, ReminderState? state, DateOnly? since,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey ge {Prefix} and RowKey lt {"~reminder}"}");
        if (state is { } s)
            filter += " and " + TableClient.CreateQueryFilter($"State eq {s.ToString()}");
        // Days are stored as yyyy-MM-dd, so they compare as text.
        if (since is { } day)
            filter += " and " + TableClient.CreateQueryFilter($"Day ge {day.ToString("O", CultureInfo.InvariantCulture)}");
        await foreach (var reminder in rows.AllAsync(CheckInStore.Table, CheckIns.QueryAsync<TableEntity>(filter, cancellationToken: ct), ToReminder, ct))
            yield return reminder;
    }

    public async Task<IReadOnlyList<Reminder>> ForCandidateAsync(string programmeId, string candidateId, CancellationToken ct) =>
        await rows.ListAsync(CheckInStore.Table, CheckIns.QueryAsync<TableEntity>(CandidateFilter(programmeId, candidateId),
            cancellationToken: ct), ToReminder, ct);

    /// <summary>A candidate's reminder rows, for the erasure.</summary>
    public static string CandidateFilter(string programmeId, string candidateId)
    {
        var start = $"{Prefix}{candidateId}|";
        return TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and RowKey ge {start} and RowKey lt {start[..^1] + "}"}");
    }

    private static Reminder ToReminder(TableEntity row)
    {
        var key = row.RowKey[Prefix.Length..].Split('|');
        return new Reminder(key[0], key[1], int.Parse(key[2], CultureInfo.InvariantCulture),
            DateOnly.Parse(row.GetString("Day"), CultureInfo.InvariantCulture),
            Enum.Parse<ReminderState>(row.GetString("State")), row.GetDateTimeOffset("SentAt"));
    }
}
