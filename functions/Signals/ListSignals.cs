namespace IpsMonitor.Signals;

/// <summary>
/// A programme's signals, open by default, urgent first. Filters: type, severity, state (open, resolved, all), each
/// exactly one value (see QueryFilter); coach.
/// A coach sees their own caseload only; a coordinator the whole programme. Paged as the caseload is
/// (<c>?page=</c>, <c>?pageSize=</c> up to <see cref="Paging.MaxPageSize"/>, <c>X-Total-Count</c>, <c>Link</c>).
/// </summary>
internal sealed class ListSignals(StaffGate gate, CaseloadStore caseload, SignalStore signals, AuditLog audit)
{
    [Function("ListSignals")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/signals")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct).RespondAsync(async staff =>
        {
            var query = request.Query;
            var errors = new Dictionary<string, string[]>();
            var type = QueryFilter.OneOf(query, "type", SignalTypes.All, errors);
            var severity = QueryFilter.Enum<SignalSeverity>(query, "severity", errors);
            var state = QueryFilter.OneOf(query, "state", ["open", "resolved", "all"], errors) ?? "open";
            var paging = Paging.Read(query, errors);
            if (errors.Count > 0)
                return TypedResults.ValidationProblem(errors);
            var coach = staff.IsCoordinator ? query["coach"].FirstOrDefault() : staff.CoachId;

            var coaches = new Dictionary<string, string>();
            await foreach (var file in caseload.ListAsync(programmeId, ct))
                coaches[file.Candidate.Id] = file.Candidate.CoachId;
            var list = new List<SignalDto>();
            await foreach (var signal in signals.ForProgrammeAsync(programmeId, ct))
            {
                if (!coaches.TryGetValue(signal.CandidateId, out var coachId) || (coach is not null && coachId != coach)
                    || (type is not null && signal.Type != type) || (severity is not null && signal.Severity != severity)
                    || (state == "open" && !signal.IsOpen) || (state == "resolved" && signal.IsOpen))
                    continue;
                list.Add(signal.AsDto(coachId));
            }
            var page = paging.Of(list.OrderByDescending(s => s.Severity).ThenBy(s => s.OpenedAt).ThenBy(s => s.Id, StringComparer.Ordinal)).ToList();
            await audit.RecordListAsync(staff, $"list signals ({page.Count} of {list.Count})", page.Select(s => s.CandidateId), ct);
            paging.Describe(request, list.Count);
            return TypedResults.Ok(page);
        });
}
