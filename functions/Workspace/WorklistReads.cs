using Azure.Data.Tables;
using IpsMonitor.Signals;

namespace IpsMonitor.Workspace;

/// <summary>
/// The worklists' candidates: a coach's caseload in IPS, one candidate looked up, or one page of the programme's candidates
/// in IPS, what needs attention first (<see cref="Next"/> and <see cref="Total"/> then say where the next page starts
/// and how many there are).
/// </summary>
internal sealed record WorklistScope(string ProgrammeId, string? CoachId, IReadOnlyList<CaseloadSummary> Summaries)
{
    public IReadOnlyList<Candidate> Candidates { get; } = [.. Summaries.Select(s => Of(ProgrammeId, s.Candidate))];

    /// <summary>Narrowed to one candidate looked up: their whole history is read.</summary>
    public bool Narrowed { get; init; }

    /// <summary>A page of the programme: the next page's continuation token, and the candidates in IPS in all.</summary>
    public string? Next { get; init; }

    public int? Total { get; init; }

    /// <summary>The lines a page shows: a coach's are paged by line, a page of the programme's candidates shows all of theirs.</summary>
    public List<T> PageOf<T>(Paging paging, List<T> lines) => Total is null ? [.. paging.Of(lines)] : lines;

    /// <summary>
    /// The last page, when the one asked for lies past it (an old bookmark of a list that shrank, a typed address); else
    /// null. Its lines are not shown, so the page never says "1 regel" over an empty list or "niets" beside a full first page.
    /// </summary>
    public int? PastTheEnd(Paging paging, int lines)
    {
        var last = Math.Max(1, ((Total ?? lines) + paging.PageSize - 1) / paging.PageSize);
        return paging.Page > last ? last : null;
    }

    /// <summary>The pager under the lines: by line, or by candidate with the continuation token of the next page.</summary>
    public PagerView? Pager(HttpRequest request, Paging paging, int lines) =>
        Total is { } total ? StaffPager.View(request, paging, total, Next) : StaffPager.View(request, paging, lines);

    /// <summary>What the worklist rules read of a candidate, as the summary holds it: the current referral only.</summary>
    private static Candidate Of(string programmeId, CandidateDto c) => new(c.Id, programmeId, c.CoachId, c.LocalReference, c.Language,
        [new Referral(c.ReferralDate, c.EmployedAtReferral, c.DischargeDate, null)]);
}

/// <summary>
/// What "Vandaag" and the check-ins board read, and no more: the candidates from their caseload summaries (a coach's in
/// IPS, or one page of the programme's, in the order of what needs attention), their open signals from the signal
/// list's rows, and each candidate's check-ins by key range from a date on (their link's expiry), never their answers.
/// So a page costs what it shows, however long the history. A row that cannot be read is left out and counted
/// (<see cref="RowReader"/>), so one bad row never breaks a page.
/// </summary>
internal sealed class WorklistReads(
    TableServiceClient tables, StorageNames names, RowReader reader, CaseloadStore caseload, CaseloadSummaryStore summaries,
    SignalIndexStore signals)
{
    /// <summary>More candidates in IPS than one coach ever has; a coach's worklists read them all.</summary>
    private const int Caseload = 1000;

    /// <summary>Range queries run side by side; a coach's caseload is a few dozen candidates.</summary>
    private const int Parallel = 8;

    private static readonly string[] CheckInColumns =
    [
        "PartitionKey", "RowKey", "Respondent", "JobId", "DueDate", "CreatedAt", "ExpiresAt", "State", "AnsweredAt",
        "QuestionnaireId", "QuestionnaireVersion",
    ];

    private static string InIps(string order) => order + "|" + CaseloadOrder.InIpsGroup + "|";

    /// <summary>A coach's candidates in IPS (all of them), or, for the whole programme, one page of them after <paramref name="after"/>.</summary>
    public async Task<WorklistScope> ScopeAsync(string programmeId, string? coachId, Paging paging, string? after, CancellationToken ct)
    {
        if (coachId is not null)
        {
            var partition = CaseloadSummaryStore.CoachPartition(programmeId, coachId);
            var (own, _) = await summaries.PageAsync(partition, InIps(CaseloadOrder.Due), null, null, 0, Caseload, Caseload, ct);
            return new WorklistScope(programmeId, coachId, own);
        }
        var programme = CaseloadSummaryStore.ProgrammePartition(programmeId);
        var total = (await summaries.CountsAsync(programme, ct)).Of(CaseloadStatuses.InIps, null);
        var (page, next) = await summaries.PageAsync(programme, InIps(CaseloadOrder.Attention), null, after, paging.Skip, paging.PageSize, total, ct);
        return new WorklistScope(programmeId, null, page) { Next = next, Total = total };
    }

    /// <summary>The candidate with this id or local reference, when the reader may see them (any status); else none.</summary>
    public async Task<WorklistScope> LookUpAsync(string programmeId, string? coachId, string asked, CancellationToken ct)
    {
        var programme = CaseloadSummaryStore.ProgrammePartition(programmeId);
        // Codes are written in lower case; one copied from paper or read out over the phone may not be.
        var lower = asked.ToLowerInvariant();
        var found = (Keys.IsSafe(asked) ? await summaries.GetAsync(programme, asked, ct) : null)
            ?? (lower != asked && Keys.IsSafe(lower) ? await summaries.GetAsync(programme, lower, ct) : null)
            ?? (await caseload.FindByLocalReferenceAsync(programmeId, asked, ct) is { } c ? await summaries.GetAsync(programme, c.Id, ct) : null);
        return new WorklistScope(programmeId, coachId, found is not null && (coachId is null || found.Candidate.CoachId == coachId) ? [found] : [])
        {
            Narrowed = true,
        };
    }

    /// <summary>
    /// The open signals of the scope's candidates: a coach's from their partition of the signal list; a page of the
    /// programme's by the candidates that have any, as their summaries say.
    /// </summary>
    public async Task<List<StoredSignal>> OpenSignalsAsync(WorklistScope scope, CancellationToken ct)
    {
        var ids = scope.Summaries.Where(s => s.OpenSignals.Count > 0).Select(s => s.Id).ToHashSet(StringComparer.Ordinal);
        var open = scope.CoachId is { } coach
            ? await signals.OpenAsync(CaseloadSummaryStore.CoachPartition(scope.ProgrammeId, coach), ct)
            : await signals.OpenOfAsync(scope.ProgrammeId, ids, ct);
        return [.. open.Select(s => s.Signal).Where(s => ids.Contains(s.CandidateId))];
    }

    /// <summary>The response per coach over the last 90 days: one count row each, kept with the coach's caseload summaries.</summary>
    public async Task<List<ResponseRate>> ResponseAsync(string programmeId, IReadOnlyList<string> coachIds, CancellationToken ct)
    {
        var rates = new System.Collections.Concurrent.ConcurrentBag<ResponseRate>();
        await System.Threading.Tasks.Parallel.ForEachAsync(coachIds.Distinct(),
            new ParallelOptions { MaxDegreeOfParallelism = 4 * Parallel, CancellationToken = ct }, async (coach, token) =>
        {
            var response = (await summaries.CountsAsync(CaseloadSummaryStore.CoachPartition(programmeId, coach), token)).Response;
            rates.Add(new ResponseRate(coach, response.Answered, response.Sent));
        });
        return [.. rates];
    }

    /// <summary>
    /// The scope's check-ins whose link expires at or after <paramref name="from"/> (all without): every open one, and
    /// every one that closed since (an answer comes before the expiry), without answers or drafts. A page of candidates
    /// reads them from their summaries (<see cref="CaseloadSummary.RecentCheckIns"/>, which reach back as far as any
    /// worklist looks); one candidate looked up, or a summary written before they were kept, by key range.
    /// </summary>
    public async Task<List<Invitation>> CheckInsAsync(WorklistScope scope, DateTimeOffset? from, CancellationToken ct)
    {
        var kept = scope.Narrowed || from is null ? [] : scope.Summaries.Where(s => s.RecentCheckIns is not null)
            .ToDictionary(s => s.Id, s => s.RecentCheckIns ?? [], StringComparer.Ordinal);
        var read = new System.Collections.Concurrent.ConcurrentQueue<Invitation>(kept
            .SelectMany(k => k.Value.Select(d => CaseloadSummary.CheckIn(k.Key, d)))
            .Where(i => i.ExpiresAt >= from));
        var p = scope.ProgrammeId;
        var filters = scope.Candidates.Where(c => !kept.ContainsKey(c.Id)).Select(c => from is { } f
            ? TableClient.CreateQueryFilter($"PartitionKey eq {p} and RowKey gt {c.Id + "|"} and RowKey lt {c.Id + "}"} and ExpiresAt ge {f}")
            : CandidateRows.CandidateRange(p, c.Id)).ToList();
        var table = tables.GetTableClient(names.Table(CheckInStore.Table));
        await System.Threading.Tasks.Parallel.ForEachAsync(filters,
            new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = ct }, async (filter, token) =>
            {
                var rows = table.QueryAsync<TableEntity>(filter, select: CheckInColumns, cancellationToken: token);
                await foreach (var invitation in reader.AllAsync(CheckInStore.Table, rows, row => InvitationRows.ToFile(row).Invitation, token))
                    read.Enqueue(invitation);
            });
        return [.. read.Where(i => i.State != InvitationState.Cancelled)];
    }
}
