using System.Globalization;
using Azure.Data.Tables;

namespace IpsMonitor.Caseload;

/// <summary>
/// The coach's observations, keyed as the contact log is (candidate|day|moment|id, counted down), so a candidate's
/// latest observations are one range query that reads newest first.
/// </summary>
internal sealed class ObservationStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "observations";

    /// <summary>The observations the candidate page and the agenda read: a year at a monthly rhythm, about a chart's width.</summary>
    public const int Shown = 12;

    private TableClient Rows => tables.GetTableClient(names.Table(Table));

    public Task AddAsync(string programmeId, CoachObservation o, CancellationToken ct) => Rows.AddEntityAsync(new TableEntity(programmeId, Key(o))
    {
        ["ObservedOn"] = o.ObservedOn.ToString("O"),
        ["WorkAbility"] = o.WorkAbility,
        ["Fit"] = o.Fit,
        ["TaskGrowth"] = o.TaskGrowth,
        ["Independence"] = o.Independence,
        ["NextStep"] = o.NextStep?.ToString(),
        ["Note"] = o.Note,
        ["CoachId"] = o.CoachId,
        ["RecordedAt"] = o.RecordedAt,
    }, ct);

    /// <summary>The candidate's latest observations, newest first, at most <paramref name="count"/>.</summary>
    public async Task<List<CoachObservation>> RecentAsync(string programmeId, string candidateId, int count, CancellationToken ct)
    {
        var list = new List<CoachObservation>(count);
        await foreach (var o in rows.AllAsync(Table, Rows.QueryAsync<TableEntity>(CandidateRows.CandidateRange(programmeId, candidateId),
            maxPerPage: count, cancellationToken: ct), ToObservation, ct))
        {
            list.Add(o);
            if (list.Count == count)
                break;
        }
        return list;
    }

    /// <summary>Every observation of the candidate, newest first: for the export.</summary>
    public Task<List<CoachObservation>> AllAsync(string programmeId, string candidateId, CancellationToken ct) =>
        rows.ListAsync(Table, Rows.QueryAsync<TableEntity>(CandidateRows.CandidateRange(programmeId, candidateId), cancellationToken: ct),
            ToObservation, ct);

    public async Task EraseAsync(string programmeId, string candidateId, CancellationToken ct) =>
        await Rows.DeleteWhereAsync(CandidateRows.CandidateRange(programmeId, candidateId), ct);

    private static CoachObservation ToObservation(TableEntity row) => new(
        Id: row.RowKey[(row.RowKey.LastIndexOf('|') + 1)..],
        CandidateId: row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)],
        ObservedOn: DateOnly.ParseExact(row.GetString("ObservedOn") ?? "", "O", CultureInfo.InvariantCulture),
        WorkAbility: Scaled(row.GetInt32("WorkAbility"), 0, 10),
        Fit: Scaled(row.GetInt32("Fit"), 1, 5),
        TaskGrowth: row.GetBoolean("TaskGrowth"),
        Independence: Scaled(row.GetInt32("Independence"), 1, 5),
        NextStep: row.GetString("NextStep") is { } step
            ? Enum.TryParse<ObservedNextStep>(step, out var s) && Enum.GetName(s) == step ? s : throw new FormatException("Not a next step.")
            : null,
        Note: row.GetString("Note"),
        CoachId: row.GetString("CoachId"),
        RecordedAt: row.GetDateTimeOffset("RecordedAt") ?? throw new FormatException("No RecordedAt."));

    /// <summary>A rating off its scale makes the row unreadable: a chart must never draw it.</summary>
    private static int? Scaled(int? value, int min, int max) =>
        value is null || (value >= min && value <= max) ? value : throw new FormatException("A rating off its scale.");

    private static string Key(CoachObservation o) => string.Create(CultureInfo.InvariantCulture,
        $"{o.CandidateId}|{DateOnly.MaxValue.DayNumber - o.ObservedOn.DayNumber:D7}|"
        + $"{DateTimeOffset.MaxValue.UtcTicks - o.RecordedAt.UtcTicks:D19}|{o.Id}");
}
