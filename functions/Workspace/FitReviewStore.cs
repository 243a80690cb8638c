using Azure.Data.Tables;

namespace IpsMonitor.Workspace;

/// <summary>
/// When the coach reviewed the fit of a job at the end of its onboarding ("Passendheid besproken"): one row per job, in
/// the programme's partition keyed candidate|job, so a candidate's reviews are one range and a job's one point read.
/// Until a driegesprek is recorded, this mark is what takes the line on "Vandaag" down.
/// </summary>
internal sealed class FitReviewStore(TableServiceClient tables, StorageNames names, RowReader rows)
{
    public const string Table = "fitreviews";

    private TableClient Rows => tables.GetTableClient(names.Table(Table));

    /// <summary>The day the job's fit was reviewed, or null.</summary>
    public async Task<DateTimeOffset?> ReviewedAtAsync(string programmeId, string candidateId, string jobId, CancellationToken ct) =>
        rows.One(Table, await Rows.GetEntityIfExistsAsync<TableEntity>(programmeId, Key(candidateId, jobId), cancellationToken: ct),
            row => (DateTimeOffset?)row.RequiredTime("ReviewedAt"));

    /// <summary>The job's reviews of a candidate by job id, for the export.</summary>
    public async Task<IReadOnlyList<FitReview>> ForCandidateAsync(string programmeId, string candidateId, CancellationToken ct) =>
        await rows.ListAsync(Table, Rows.QueryAsync<TableEntity>(Caseload.CandidateRows.CandidateRange(programmeId, candidateId),
            cancellationToken: ct), row => new FitReview(row.RowKey[(row.RowKey.IndexOf('|', StringComparison.Ordinal) + 1)..],
            row.RequiredTime("ReviewedAt")), ct);

    /// <summary>Marks the review once: a second mark keeps the first day.</summary>
    public async Task<bool> MarkAsync(string programmeId, string candidateId, string jobId, DateTimeOffset at, CancellationToken ct)
    {
        try
        {
            await Rows.AddEntityAsync(new TableEntity(programmeId, Key(candidateId, jobId)) { ["ReviewedAt"] = at }, ct);
            return true;
        }
        catch (Azure.RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
    }

    public Task EraseAsync(string programmeId, string candidateId, CancellationToken ct) =>
        Rows.DeleteWhereAsync(Caseload.CandidateRows.CandidateRange(programmeId, candidateId), ct);

    private static string Key(string candidateId, string jobId) => $"{candidateId}|{jobId}";
}

/// <summary>The fit of a job reviewed at the end of its onboarding, and when.</summary>
public sealed record FitReview(string JobId, DateTimeOffset ReviewedAt);
