namespace IpsMonitor.Caseload;

/// <summary>
/// The caseload: each candidate's status, last check-in and next check-in due. A coach sees their own candidates.
/// Paged (<c>?page=</c>, <c>?pageSize=</c> up to <see cref="Paging.MaxPageSize"/>, default
/// <see cref="Paging.DefaultPageSize"/>, with <c>X-Total-Count</c> and a <c>Link</c> header whose next page carries a
/// continuation token, <c>after</c>); the audit names the candidates of the page answered. It reads the summaries of the
/// page only, in the order answered (see <see cref="CaseloadSummaryStore"/>), never the programme's rows.
/// </summary>
internal sealed class ListCaseload(StaffGate gate, CaseloadSummaryStore summaries, AuditLog audit)
{
    [Function("ListCaseload")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/candidates")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct).RespondAsync(async staff =>
        {
            var errors = new Dictionary<string, string[]>();
            var paging = Paging.Read(request.Query, errors);
            if (errors.Count > 0)
                return TypedResults.ValidationProblem(errors);
            if (CaseloadSummaryStore.ListPartition(staff, programmeId, request.Query) is not { } partition)
            {
                paging.Describe(request, 0);
                return TypedResults.Ok(new List<CandidateDto>());
            }

            var total = (await summaries.CountsAsync(partition, ct)).Of(CaseloadStatuses.All, null);
            var (rows, next) = await summaries.PageAsync(partition, CaseloadOrder.Due + "|", null, request.Query["after"].FirstOrDefault(),
                paging.Skip, paging.PageSize, total, ct);
            var page = rows.Select(r => r.Candidate).ToList();
            await audit.RecordListAsync(staff, $"list caseload ({page.Count} of {total} candidates)", page.Select(c => c.Id), ct);
            paging.Describe(request, total, next);
            return TypedResults.Ok(page);
        });
}

/// <summary>The statuses of a caseload, and which of them a list filter means.</summary>
internal static class CaseloadStatuses
{
    public static readonly IReadOnlyList<string> All = [CandidateDtos.Looking, CandidateDtos.Working, CandidateDtos.Discharged];
    public static readonly IReadOnlyList<string> InIps = [CandidateDtos.Looking, CandidateDtos.Working];
}
