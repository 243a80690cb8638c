using System.Globalization;
using Azure.Data.Tables;

namespace IpsMonitor.Caseload;

/// <summary>
/// The coach's contact log, partitioned by programme like the jobs, keyed candidate|day|moment|id with the day and the
/// moment counted down, so one candidate's contacts are one range query that reads newest first and stops at what it shows.
/// </summary>
internal sealed class ContactStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "contacts";

    /// <summary>The most recent contacts the candidate page lists: enough for the last months at the fidelity's monthly rhythm.</summary>
    public const int Shown = 12;

    /// <summary>
    /// The contacts with the candidate a signal recompute reads: the rules need only the latest before a day, and a few
    /// more keep that right when the log holds a contact logged for a day still to come in a replay.
    /// </summary>
    public const int ForSignals = 3;

    private TableClient Rows => tables.GetTableClient(names.Table(Table));

    public Task AddAsync(string programmeId, Contact contact, CancellationToken ct) =>
        Rows.AddEntityAsync(ToRow(programmeId, contact), ct);

    /// <summary>The candidate's latest contacts, newest first, at most <paramref name="count"/>: a page reads what it shows.</summary>
    public Task<List<Contact>> RecentAsync(string programmeId, string candidateId, int count, CancellationToken ct) =>
        FirstAsync(CandidateRows.CandidateRange(programmeId, candidateId), count, ct);

    /// <summary>Every contact of the candidate, newest first: for the export, which holds everything.</summary>
    public Task<List<Contact>> AllAsync(string programmeId, string candidateId, CancellationToken ct) =>
        rows.ListAsync(Table, Rows.QueryAsync<TableEntity>(CandidateRows.CandidateRange(programmeId, candidateId), cancellationToken: ct),
            ToContact, ct);

    /// <summary>The candidate's latest contacts in which the candidate took part, newest first.</summary>
    public Task<List<Contact>> RecentWithCandidateAsync(string programmeId, string candidateId, int count, CancellationToken ct) =>
        FirstAsync(CandidateRows.CandidateRange(programmeId, candidateId) + " and "
            + TableClient.CreateQueryFilter($"(With eq {nameof(ContactWith.Candidate)} or With eq {nameof(ContactWith.Both)})"), count, ct);

    public async Task EraseAsync(string programmeId, string candidateId, CancellationToken ct) =>
        await Rows.DeleteWhereAsync(CandidateRows.CandidateRange(programmeId, candidateId), ct);

    private async Task<List<Contact>> FirstAsync(string filter, int count, CancellationToken ct)
    {
        var list = new List<Contact>(count);
        var query = Rows.QueryAsync<TableEntity>(filter, maxPerPage: count, cancellationToken: ct);
        await foreach (var contact in rows.AllAsync(Table, query, ToContact, ct))
        {
            list.Add(contact);
            if (list.Count == count)
                break;
        }
        return list;
    }

    public static TableEntity ToRow(string programmeId, Contact c) => new(programmeId, Key(c))
    {
        ["ContactedOn"] = c.ContactedOn.ToString("O"),
        ["With"] = c.With.ToString(),
        ["Means"] = c.Means.ToString(),
        ["Topics"] = string.Join(",", c.Topics),
        ["Note"] = c.Note,
        ["CoachId"] = c.CoachId,
        ["RecordedAt"] = c.RecordedAt,
    };

    public static Contact ToContact(TableEntity row) => new(
        Id: row.RowKey[(row.RowKey.LastIndexOf('|') + 1)..],
        CandidateId: row.RowKey[..row.RowKey.IndexOf('|', StringComparison.Ordinal)],
        ContactedOn: DateOnly.ParseExact(row.GetString("ContactedOn") ?? "", "O", CultureInfo.InvariantCulture),
        With: Named<ContactWith>(row.GetString("With")),
        Means: Named<ContactMeans>(row.GetString("Means")),
        Topics: (row.GetString("Topics") ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Named<ContactTopic>).ToList(),
        Note: row.GetString("Note"),
        CoachId: row.GetString("CoachId"),
        RecordedAt: row.GetDateTimeOffset("RecordedAt") ?? throw new FormatException("No RecordedAt."));

    /// <summary>A stored name of the enum; a number or an unknown name makes the row unreadable.</summary>
    private static T Named<T>(string? name) where T : struct, Enum =>
        Enum.TryParse<T>(name, out var value) && Enum.GetName(value) == name ? value : throw new FormatException($"Not a {typeof(T).Name}.");

    /// <summary>Newest first: the day counted down from the last day there is, then the moment of logging likewise.</summary>
    private static string Key(Contact c) => string.Create(CultureInfo.InvariantCulture,
        $"{c.CandidateId}|{DateOnly.MaxValue.DayNumber - c.ContactedOn.DayNumber:D7}|"
        + $"{DateTimeOffset.MaxValue.UtcTicks - c.RecordedAt.UtcTicks:D19}|{c.Id}");
}
