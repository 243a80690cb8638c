using System.Text.Json;
using System.Text.Json.Serialization;
using Azure;
using Azure.Data.Tables;
using IpsMonitor.Fidelity;

namespace IpsMonitor.Workbooks;

/// <summary>
/// What a build computed for one quarter, kept for the quarter overview and the fidelity page: the quarter's outcome
/// figures, each coach's caseload at its end and the running placements, when they were computed and by which build. Aggregates and staff ids only, never a candidate id:
/// erasure has nothing to remove here. <c>IsOpen</c> when the quarter had not ended, so milestones count up to then.
/// </summary>
internal sealed record QuarterFigures(
    Quarter Quarter, DateTimeOffset ComputedAt, string BuildId, bool IsOpen, OutcomeFigures Figures, IReadOnlyList<CoachFigures> Coaches)
{
    /// <summary>
    /// What the fidelity page shows beside item 11, for the quarter a build was for; null for the quarters of its trend,
    /// and for a row stored before these were kept, which the page then shows as not yet computed.
    /// </summary>
    public FidelityFigures? Fidelity { get; init; }
}

/// <summary>
/// The stored figures, a row per programme and quarter (RowKey "2026-Q3"), so the overview's eight quarters are one
/// range query. A build replaces its own quarter's row; the quarters of its trend get a row only when they have none,
/// so a first build gives the page its trend while a quarter's own build (or a later one of it) decides its figures.
/// </summary>
internal sealed class QuarterFiguresStore(TableServiceClient tables, StorageNames names, RowReader reader)
{
    public const string Table = "quarterfigures";

    /// <summary>A table property holds at most 32K characters: the coaches are split over as many as they need.</summary>
    private const int Part = 30_000;

    private static readonly JsonSerializerOptions Options = new(Json.Options) { Converters = { new QuarterConverter() } };

    private TableClient Rows => tables.GetTableClient(names.Table(Table));

    public async Task SaveAsync(QuarterlyReport report, DateTimeOffset computedAt, string buildId, CancellationToken ct)
    {
        var programmeId = report.ProgrammeId;
        await Rows.UpsertEntityAsync(ToRow(programmeId, new QuarterFigures(
            report.Quarter, computedAt, buildId, report.IsOpen, report.Current, report.Coaches)
        {
            Fidelity = FidelityFigures.Of(report),
        }), TableUpdateMode.Replace, ct);
        var today = report.Policy.Today;
        await Task.WhenAll(report.Trend.Where(f => f.Quarter != report.Quarter).Select(earlier =>
            AddAsync(ToRow(programmeId, new QuarterFigures(
                earlier.Quarter, computedAt, buildId, today is { } day && day <= earlier.Quarter.End, earlier, [])), ct)));
    }

    private async Task AddAsync(TableEntity row, CancellationToken ct)
    {
        try
        {
            await Rows.AddEntityAsync(row, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            // That quarter has figures of its own already.
        }
    }

    /// <summary>The stored figures of the <paramref name="count"/> quarters up to <paramref name="last"/>, by quarter.</summary>
    public async Task<IReadOnlyDictionary<Quarter, QuarterFigures>> ReadAsync(string programmeId, Quarter last, int count, CancellationToken ct)
    {
        var first = last;
        for (var i = 1; i < count; i++)
            first = first.Previous;
        var filter = TableClient.CreateQueryFilter(
            $"PartitionKey eq {programmeId} and RowKey ge {first.ToString()} and RowKey le {last.ToString()}");
        var found = new Dictionary<Quarter, QuarterFigures>();
        // A row this version cannot read is left out and counted: the page then offers to build that quarter again.
        await foreach (var figures in reader.AllAsync(Table, Rows.QueryAsync<TableEntity>(filter, cancellationToken: ct), FromRow, ct))
            found[figures.Quarter] = figures;
        return found;
    }

    private static TableEntity ToRow(string programmeId, QuarterFigures figures)
    {
        var row = new TableEntity(programmeId, figures.Quarter.ToString())
        {
            ["ComputedAt"] = figures.ComputedAt,
            ["BuildId"] = figures.BuildId,
            ["IsOpen"] = figures.IsOpen,
            ["Figures"] = JsonSerializer.Serialize(figures.Figures, Options),
        };
        if (figures.Fidelity is { } fidelity)
            row["Fidelity"] = JsonSerializer.Serialize(fidelity, Options);
        var coaches = JsonSerializer.Serialize(figures.Coaches, Options);
        for (var part = 0; part * Part < coaches.Length; part++)
            row[$"Coaches{part}"] = coaches.Substring(part * Part, Math.Min(Part, coaches.Length - part * Part));
        return row;
    }

    private static QuarterFigures FromRow(TableEntity row)
    {
        var coaches = string.Concat(Enumerable.Range(0, int.MaxValue).Select(i => row.GetString($"Coaches{i}")).TakeWhile(p => p is not null));
        return new QuarterFigures(
            Quarter.Parse(row.RowKey), row.RequiredTime("ComputedAt"), row.GetString("BuildId") ?? "", row.GetBoolean("IsOpen") ?? false,
            JsonSerializer.Deserialize<OutcomeFigures>(row.GetString("Figures") ?? "null", Options) ?? throw new JsonException("No figures."),
            coaches.Length == 0 ? [] : JsonSerializer.Deserialize<List<CoachFigures>>(coaches, Options) ?? [])
        {
            Fidelity = row.GetString("Fidelity") is { } fidelity ? JsonSerializer.Deserialize<FidelityFigures>(fidelity, Options) : null,
        };
    }

    /// <summary>A quarter as its text, "2026-Q3": its Previous and Next would otherwise be written without end.</summary>
    private sealed class QuarterConverter : JsonConverter<Quarter>
    {
        public override Quarter Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            Quarter.Parse(reader.GetString() ?? "");

        public override void Write(Utf8JsonWriter writer, Quarter value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
