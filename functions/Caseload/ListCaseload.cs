using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Hosting;
using Microsoft.Extensions.Options;

namespace IpsMonitor.Caseload;

/// <summary>The caseload: each candidate's status, last check-in and next check-in due. A coach sees their own candidates.</summary>
internal sealed class ListCaseload(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, AuditLog audit, TimeProvider time, IOptions<CheckInOptions> options)
{
    public async Task<IResult> Run(HttpRequest request, string programmeId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var staff = admission.Staff!;
        var coachFilter = staff.IsCoordinator ? request.Query["coach"].FirstOrDefault() : staff.CoachId;

        var jobs = new Dictionary<string, List<Job>>();
        await foreach (var job in caseload.ProgrammeJobsAsync(programmeId, ct))
            Add(jobs, job.CandidateId, job);
        var invitations = new Dictionary<string, List<Invitation>>();
        await foreach (var file in checkIns.ForProgrammeAsync(programmeId, nameof(InvitationState.Answered), ct))
            Add(invitations, file.Invitation.CandidateId, file.Invitation);

        var today = time.Today();
        var list = new List<CandidateDto>();
        await foreach (var file in caseload.ListAsync(programmeId, ct))
        {
            if (coachFilter is not null && file.Candidate.CoachId != coachFilter)
                continue;
            list.Add(file.AsDto(jobs.GetValueOrDefault(file.Candidate.Id) ?? [], invitations.GetValueOrDefault(file.Candidate.Id) ?? [],
                today, options.Value, withJobs: false));
        }
        await audit.RecordListAsync(staff, $"list caseload ({list.Count} candidates)", list.Select(c => c.Id), ct);
        return TypedResults.Ok(list.OrderBy(c => c.Status == CandidateDtos.Discharged).ThenBy(c => c.NextCheckInDue ?? DateOnly.MaxValue).ToList());
    }

    private static void Add<T>(Dictionary<string, List<T>> groups, string key, T item)
    {
        if (!groups.TryGetValue(key, out var list))
            groups[key] = list = [];
        list.Add(item);
    }
}
