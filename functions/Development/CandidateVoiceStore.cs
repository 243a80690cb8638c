using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Development;

/// <summary>
/// The candidate's goals and talk points, in the programme's partition keyed candidate|goal|id and candidate|point|id, so
/// one candidate's voice is one range query and its erasure one range delete. Written by the candidate's own link; read
/// by that link and by the candidate's coach (the candidate page and its agenda), never by a supervisor's link.
/// </summary>
internal sealed class CandidateVoiceStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "candidatevoice";

    private const string GoalKind = "goal";
    private const string PointKind = "point";

    private TableClient Rows => tables.GetTableClient(names.Table(Table));

    public async Task<CandidateVoice> ReadAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        var goals = new List<DevelopmentGoal>();
        var points = new List<TalkPoint>();
        var range = Caseload.CandidateRows.CandidateRange(programmeId, candidateId);
        await foreach (var entry in rows.AllAsync(Table, Rows.QueryAsync<TableEntity>(range, cancellationToken: ct), ToEntry, ct))
        {
            if (entry.Goal is { } goal)
                goals.Add(goal);
            if (entry.Point is { } point)
                points.Add(point);
        }
        return new CandidateVoice(goals, points);
    }

    /// <summary>Writes the goal under its id: a second send of the same form writes the same row again.</summary>
    public Task SaveGoalAsync(string programmeId, string candidateId, DevelopmentGoal goal, CancellationToken ct) =>
        Rows.UpsertEntityAsync(GoalRow(programmeId, candidateId, goal), TableUpdateMode.Replace, ct);

    public static TableEntity GoalRow(string programmeId, string candidateId, DevelopmentGoal goal) =>
        new(programmeId, Key(candidateId, GoalKind, goal.Id))
        {
            ["Text"] = goal.Text,
            ["State"] = goal.State.ToString(),
            ["WrittenAt"] = goal.WrittenAt,
            ["ChangedAt"] = goal.ChangedAt,
        };

    public Task SavePointAsync(string programmeId, string candidateId, TalkPoint point, CancellationToken ct) =>
        Rows.UpsertEntityAsync(new TableEntity(programmeId, Key(candidateId, PointKind, point.Id))
        {
            ["Text"] = point.Text,
            ["WrittenAt"] = point.WrittenAt,
            ["DiscussedAt"] = point.DiscussedAt,
        }, TableUpdateMode.Replace, ct);

    /// <summary>Removing what is gone already changes nothing, so a second send is harmless.</summary>
    public Task RemoveGoalAsync(string programmeId, string candidateId, string id, CancellationToken ct) =>
        Rows.DeleteEntityAsync(programmeId, Key(candidateId, GoalKind, id), ETag.All, ct);

    public Task RemovePointAsync(string programmeId, string candidateId, string id, CancellationToken ct) =>
        Rows.DeleteEntityAsync(programmeId, Key(candidateId, PointKind, id), ETag.All, ct);

    /// <summary>Erases every goal and point of the candidate; a retry finds nothing left.</summary>
    public Task EraseAsync(string programmeId, string candidateId, CancellationToken ct) =>
        Rows.DeleteWhereAsync(Caseload.CandidateRows.CandidateRange(programmeId, candidateId), ct);

    /// <summary>Ids are made by the page (letters and digits), so a key never holds the separator.</summary>
    public static bool IsId(string? id) => id is { Length: > 0 and <= 32 } && id.All(char.IsAsciiLetterOrDigit);

    private static string Key(string candidateId, string kind, string id) => $"{candidateId}|{kind}|{id}";

    private sealed record Entry(DevelopmentGoal? Goal, TalkPoint? Point);

    private static Entry ToEntry(TableEntity row)
    {
        var parts = row.RowKey.Split('|');
        if (parts.Length != 3)
            throw new FormatException($"The row {row.RowKey} is not a goal or a point.");
        var text = row.GetString("Text") is { Length: > 0 } t ? t : throw new FormatException($"The row {row.RowKey} has no text.");
        return parts[1] switch
        {
            GoalKind => new Entry(new DevelopmentGoal(parts[2], text, Enum.Parse<GoalState>(row.GetString("State") ?? ""),
                row.RequiredTime("WrittenAt"), row.RequiredTime("ChangedAt")), null),
            PointKind => new Entry(null, new TalkPoint(parts[2], text, row.RequiredTime("WrittenAt"), row.GetDateTimeOffset("DiscussedAt"))),
            _ => throw new FormatException($"The row {row.RowKey} is not a goal or a point."),
        };
    }
}
