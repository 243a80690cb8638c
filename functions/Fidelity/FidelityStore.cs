using System.Globalization;
using Azure.Data.Tables;

namespace IpsMonitor.Fidelity;

/// <summary>
/// Fidelity reviews in one table, partitioned by programme: a team has a review every six months, so one partition
/// read gives the whole history. The row key orders by review date, then by when it was recorded, so two reviews of
/// the same day both stay. Scores are one JSON column: the 27 scores and notes are always read and written together.
/// </summary>
internal sealed class FidelityStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "fidelityreviews";

    private TableClient Reviews => tables.GetTableClient(names.Table(Table));

    public async Task AddAsync(FidelityReview review, CancellationToken ct) =>
        await Reviews.AddEntityAsync(new TableEntity(review.ProgrammeId, review.Id)
        {
            ["Date"] = review.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["Reviewers"] = review.Reviewers,
            ["Scores"] = Json.Write(review.Scores),
            ["ActionPoints"] = review.ActionPoints,
            ["RecordedAt"] = review.RecordedAt,
            ["RecordedBy"] = review.RecordedBy,
        }, ct);

    /// <summary>The programme's reviews, oldest first.</summary>
    public async Task<IReadOnlyList<FidelityReview>> ListAsync(string programmeId, CancellationToken ct)
    {
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}");
        return await rows.ListAsync(Table, Reviews.QueryAsync<TableEntity>(filter, cancellationToken: ct), ToReview, ct);
    }

    /// <summary>The last review held on or before <paramref name="day"/>, for a quarter's workbook; null if none.</summary>
    public async Task<FidelityReview?> LastOnOrBeforeAsync(string programmeId, DateOnly day, CancellationToken ct) =>
        (await ListAsync(programmeId, ct)).LastOrDefault(r => r.Date <= day);

    /// <summary>A key that sorts by review date, then by the moment of recording; the suffix keeps two saves in one tick apart.</summary>
    public static string Key(DateOnly date, DateTimeOffset recordedAt) =>
        date.ToString("yyyyMMdd", CultureInfo.InvariantCulture) + "-"
        + recordedAt.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8];

    private static FidelityReview ToReview(TableEntity row) => new(
        row.RowKey,
        row.PartitionKey,
        DateOnly.ParseExact(row.GetString("Date") ?? "", "yyyy-MM-dd", CultureInfo.InvariantCulture),
        row.GetString("Reviewers") ?? "",
        Json.Read<Dictionary<string, FidelityScore>>(row.GetString("Scores") ?? "{}"),
        row.GetString("ActionPoints"),
        row.RequiredTime("RecordedAt"),
        row.GetString("RecordedBy") ?? "");
}
