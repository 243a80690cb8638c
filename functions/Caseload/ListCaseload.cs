namespace IpsMonitor.Caseload;

/// <summary>
/// The caseload: each candidate's status, last check-in and next check-in due. A coach sees their own candidates.
/// Paged (<c>?page=</c>, <c>?pageSize=</c> up to <see cref="Paging.MaxPageSize"/>, default
/// <see cref="Paging.DefaultPageSize"/>, with <c>X-Total-Count</c> and a <c>Link</c> header); the audit names the
/// candidates of the page answered.
/// </summary>
internal sealed class ListCaseload(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, AuditLog audit,
    TimeProvider time, IOptions<CheckInOptions> options)
{
    [Function("ListCaseload")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/candidates")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct).RespondAsync(async staff =>
        {
            var coachFilter = staff.IsCoordinator ? request.Query["coach"].FirstOrDefault() : staff.CoachId;
            var errors = new Dictionary<string, string[]>();
            var paging = Paging.Read(request.Query, errors);
            if (errors.Count > 0)
                return TypedResults.ValidationProblem(errors);

            var jobs = new Dictionary<string, List<Job>>();
            await foreach (var job in caseload.ProgrammeJobsAsync(programmeId, ct))
                Add(jobs, job.CandidateId, job);
            var files = new List<VersionedCandidate>();
            await foreach (var file in caseload.ListAsync(programmeId, ct))
                if (coachFilter is null || file.Candidate.CoachId == coachFilter)
                    files.Add(file);
            var lastCheckIns = await checkIns.LastCandidateCheckInsAsync(programmeId, files.Select(f => f.Candidate.Id).ToList(), ct);

            var today = time.Today();
            var list = files.Select(file => file.AsDto(jobs.GetValueOrDefault(file.Candidate.Id) ?? [],
                lastCheckIns.TryGetValue(file.Candidate.Id, out var last) ? last : null, today, options.Value, withJobs: false))
                .OrderBy(c => c.Status == CandidateDtos.Discharged).ThenBy(c => c.NextCheckInDue ?? DateOnly.MaxValue)
                    .ThenBy(c => c.Id, StringComparer.Ordinal).ToList();
            var page = paging.Of(list).ToList();
            await audit.RecordListAsync(staff, $"list caseload ({page.Count} of {list.Count} candidates)", page.Select(c => c.Id), ct);
            paging.Describe(request, list.Count);
            return TypedResults.Ok(page);
        });

    private static void Add<T>(Dictionary<string, List<T>> groups, string key, T item)
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(item);
    }
}
