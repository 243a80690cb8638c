using Azure;
using Azure.Data.Tables;

namespace IpsMonitor.Caseload;

/// <summary>
/// Candidates (partitioned by programme, so a caseload is one partition) and their jobs (same partition, keyed
/// candidate|job, so one candidate's jobs are a range query). An index maps a candidate id to its programme.
/// </summary>
internal sealed class CaseloadStore(TableServiceClient tables, StorageNames names, RowReader rows, CaseloadSummaryStore summaries,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    public const string CandidatesTable = "candidates";
    public const string IndexTable = "candidateindex";
    public const string JobsTable = "jobs";

    private TableClient Candidates => tables.GetTableClient(names.Table(CandidatesTable));
    private TableClient Index => tables.GetTableClient(names.Table(IndexTable));
    private TableClient Jobs => tables.GetTableClient(names.Table(JobsTable));

    /// <summary>
    /// The index row goes first: a candidate row without one could never be reached by id. It is inserted, never
    /// overwritten, so an id that is taken already (in any programme) is refused with false and nothing is written,
    /// instead of pointing another programme's candidate somewhere else.
    /// </summary>
    public async Task<bool> EnrolAsync(Candidate candidate, string? email, CancellationToken ct)
    {
        try
        {
            await Index.AddEntityAsync(new TableEntity(candidate.Id, "") { ["ProgrammeId"] = candidate.ProgrammeId }, ct);
        }
        catch (RequestFailedException e) when (e.Status == 409)
        {
            return false;
        }
        await Candidates.AddEntityAsync(CandidateRows.ToRow(candidate, email), ct);
        // A new candidate has nothing else stored yet, so their summary needs no other row; a lost race means someone
        // refreshed it from the rows meanwhile, which gives the same.
        var summary = CaseloadSummary.Of(new VersionedCandidate(candidate, email, default), [], [], [], time.GetUtcNow(), options.Value);
        await summaries.TryPutCandidateAsync(candidate.ProgrammeId, candidate.Id, summary, ct);
        return true;
    }

    /// <summary>A new candidate id: 128 random bits, so ids never collide in practice; older, shorter ids stay valid.</summary>
    public static string NewCandidateId() => "k-" + Secrets.NewId(16);

    /// <summary>Whether the text has the form of an id <see cref="NewCandidateId"/> makes.</summary>
    public static bool IsCandidateId(string text) =>
        text.Length == NewCandidateId().Length && text.StartsWith("k-", StringComparison.Ordinal) && Keys.IsSafe(text);

    public async Task<VersionedCandidate?> FindAsync(string candidateId, CancellationToken ct)
    {
        var index = await Index.GetEntityIfExistsAsync<TableEntity>(candidateId, "", cancellationToken: ct);
        var programmeId = rows.One(IndexTable, index, row => row.GetString("ProgrammeId") ?? throw new FormatException("No ProgrammeId."));
        return programmeId is null ? null : await GetAsync(programmeId, candidateId, ct);
    }

    /// <summary>The candidate when the programme is known already (from a link's index row, say): one read instead of two.</summary>
    public async Task<VersionedCandidate?> GetAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        var row = await Candidates.GetEntityIfExistsAsync<TableEntity>(programmeId, candidateId, cancellationToken: ct);
        return rows.One(CandidatesTable, row, Versioned);
    }

    public async Task<Candidate?> FindByLocalReferenceAsync(string programmeId, string localReference, CancellationToken ct)
    {
        await foreach (var row in Candidates.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {programmeId} and LocalReference eq {localReference}"), cancellationToken: ct))
            if (rows.TryMap(CandidatesTable, row, CandidateRows.ToCandidate, out var candidate))
                return candidate;
        return null;
    }

    public IAsyncEnumerable<VersionedCandidate> ListAsync(string programmeId, CancellationToken ct) =>
        rows.AllAsync(CandidatesTable, Candidates.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"),
            cancellationToken: ct), Versioned, ct);

    private static VersionedCandidate Versioned(TableEntity row) =>
        new(CandidateRows.ToCandidate(row), row.GetString("Email"), row.ETag);

    /// <summary>The ids of a programme's candidates, and nothing else of them (a rebuild or a sample).</summary>
    public async Task<List<string>> IdsAsync(string programmeId, CancellationToken ct)
    {
        var ids = new List<string>();
        await foreach (var row in Candidates.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"),
            select: ["RowKey"], cancellationToken: ct))
            ids.Add(row.RowKey);
        return ids;
    }

    /// <summary>
    /// The earliest referral date of any candidate of the programme, or null without candidates. Reads only the referrals;
    /// a row whose referrals cannot be read is passed over (the workbook build reports such rows).
    /// </summary>
    public async Task<DateOnly?> FirstReferralAsync(string programmeId, CancellationToken ct)
    {
        DateOnly? first = null;
        await foreach (var row in Candidates.QueryAsync<TableEntity>(
            TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"), select: ["Referrals"], cancellationToken: ct))
        {
            DateOnly? earliest;
            try
            {
                earliest = Json.Read<List<Referral>>(row.GetString("Referrals")).Min(r => (DateOnly?)r.ReferralDate);
            }
            catch (Exception e) when (e is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
            {
                continue;
            }
            if (earliest < first || first is null)
                first = earliest;
        }
        return first;
    }

    /// <summary>Optimistic: a concurrent change makes this a conflict rather than overwrite it.</summary>
    public Task<Write> UpdateAsync(VersionedCandidate file, CancellationToken ct) => OptimisticWrite.RunAsync(() =>
        Candidates.UpdateEntityAsync(CandidateRows.ToRow(file.Candidate, file.Email), file.ETag, TableUpdateMode.Replace, ct));

    public async Task<IReadOnlyList<Job>> JobsAsync(string programmeId, string candidateId, CancellationToken ct) =>
        await rows.ListAsync(JobsTable, Jobs.QueryAsync<TableEntity>(CandidateRows.CandidateRange(programmeId, candidateId),
            cancellationToken: ct), CandidateRows.ToJob, ct);

    public IAsyncEnumerable<Job> ProgrammeJobsAsync(string programmeId, CancellationToken ct) =>
        rows.AllAsync(JobsTable, Jobs.QueryAsync<TableEntity>(TableClient.CreateQueryFilter($"PartitionKey eq {programmeId}"),
            cancellationToken: ct), CandidateRows.ToJob, ct);

    public async Task<Job?> JobAsync(string programmeId, string candidateId, string jobId, CancellationToken ct) =>
        (await JobWithVersionAsync(programmeId, candidateId, jobId, ct))?.Job;

    /// <summary>Jobs first, then the candidate, then the index: until the end a retry can still find what is left.</summary>
    public async Task EraseAsync(string programmeId, string candidateId, CancellationToken ct)
    {
        await Jobs.DeleteWhereAsync(CandidateRows.CandidateRange(programmeId, candidateId), ct);
        await Candidates.DeleteEntityAsync(programmeId, candidateId, ETag.All, ct);
        await Index.DeleteEntityAsync(candidateId, "", ETag.All, ct);
    }

    /// <summary>The job with its row version, for a change that must not overwrite a concurrent one.</summary>
    public async Task<(Job Job, ETag Version)?> JobWithVersionAsync(string programmeId, string candidateId, string jobId, CancellationToken ct)
    {
        var row = await Jobs.GetEntityIfExistsAsync<TableEntity>(programmeId, CandidateRows.JobKey(candidateId, jobId), cancellationToken: ct);
        return rows.One(JobsTable, row, found => ((Job Job, ETag Version)?)(CandidateRows.ToJob(found), found.ETag));
    }

    /// <summary>A conflict when the job changed since it was read: a consent withdrawal is never overwritten by a stale update.</summary>
    public Task<Write> ReplaceJobAsync(string programmeId, Job job, ETag version, CancellationToken ct) => OptimisticWrite.RunAsync(() =>
        Jobs.UpdateEntityAsync(CandidateRows.ToRow(programmeId, job), version, TableUpdateMode.Replace, ct));

    public Task SaveJobAsync(string programmeId, Job job, CancellationToken ct) =>
        Jobs.UpsertEntityAsync(CandidateRows.ToRow(programmeId, job), TableUpdateMode.Replace, ct);
}

/// <summary>A candidate with the one contact detail kept (an optional e-mail address for links) and its row version.</summary>
internal sealed record VersionedCandidate(Candidate Candidate, string? Email, ETag ETag);
