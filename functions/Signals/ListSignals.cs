using Azure.Data.Tables;

namespace IpsMonitor.Signals;

/// <summary>
/// A programme's signals, open by default: open before resolved, urgent first, oldest first. Filters: type, severity,
/// state (open, resolved, all), each exactly one value (see QueryFilter); coach.
/// A coach sees their own caseload only; a coordinator the whole programme. Paged as the caseload is
/// (<c>?page=</c>, <c>?pageSize=</c> up to <see cref="Paging.MaxPageSize"/>, <c>X-Total-Count</c>, and a <c>Link</c>
/// whose next page carries a continuation token, <c>after</c>). It reads the signal list's rows of the page only, in
/// the order answered (see <see cref="SignalIndexStore"/>), and the count row of the caseload; never the programme's signals.
/// </summary>
internal sealed class ListSignals(StaffGate gate, CaseloadSummaryStore summaries, SignalIndexStore index, AuditLog audit)
{
    [Function("ListSignals")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/signals")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct).RespondAsync(async staff =>
        {
            var query = request.Query;
            var errors = new Dictionary<string, string[]>();
            var filter = SignalFilter.Read(query, errors);
            var paging = Paging.Read(query, errors);
            if (errors.Count > 0)
                return TypedResults.ValidationProblem(errors);
            if (CaseloadSummaryStore.ListPartition(staff, programmeId, query) is not { } partition)
            {
                paging.Describe(request, 0);
                return TypedResults.Ok(new List<SignalDto>());
            }

            var total = (await summaries.CountsAsync(partition, ct)).OfSignals(filter.State, filter.Type, filter.Severity);
            var (rows, next) = await index.PageAsync(filter.Range(partition), query["after"].FirstOrDefault(), paging.Skip, paging.PageSize, total, ct);
            var page = rows.Select(r => r.Signal.AsDto(r.CoachId)).ToList();
            await audit.RecordListAsync(staff, $"list signals ({page.Count} of {total})", page.Select(s => s.CandidateId), ct);
            paging.Describe(request, total, next);
            return TypedResults.Ok(page);
        });
}

/// <summary>The list's filters, each exactly one value (see QueryFilter): type, severity, and state (open by default).</summary>
internal sealed record SignalFilter(string State, string? Type, SignalSeverity? Severity)
{
    public static SignalFilter Read(IQueryCollection query, Dictionary<string, string[]> errors) => new(
        QueryFilter.OneOf(query, "state", ["open", "resolved", "all"], errors) ?? "open",
        QueryFilter.OneOf(query, "type", SignalTypes.All, errors),
        QueryFilter.Enum<SignalSeverity>(query, "severity", errors));

    /// <summary>The keys of the state (and severity, where the key allows), and the other filters as columns.</summary>
    public KeyRangePage Range(string partition)
    {
        var (from, to) = SignalIndexRows.Range(State, Severity);
        var filters = new List<string>();
        if (Type is not null)
            filters.Add(TableClient.CreateQueryFilter($"Type eq {Type}"));
        if (Severity is not null && State == "all")
            filters.Add(TableClient.CreateQueryFilter($"Severity eq {Severity.ToString()}"));
        return new KeyRangePage(partition, from, to, filters.Count == 0 ? null : string.Join(" and ", filters));
    }
}
