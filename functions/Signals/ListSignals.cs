using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.Caseload;

namespace IpsMonitor.Signals;

/// <summary>
/// A programme's signals, open by default, urgent first. Filters: type, severity, state (open, resolved, all), coach.
/// A coach sees their own caseload only; a coordinator the whole programme.
/// </summary>
internal sealed class ListSignals(StaffGate gate, CaseloadStore caseload, SignalStore signals, AuditLog audit)
{
    [Function("ListSignals")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/signals")] HttpRequest request, string programmeId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: false, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var staff = admission.Staff!;
        var query = request.Query;
        var type = query["type"].FirstOrDefault();
        var state = query["state"].FirstOrDefault() ?? "open";
        SignalSeverity? severity = null;
        var errors = new Dictionary<string, string[]>();
        if (query["severity"].FirstOrDefault() is { } s)
        {
            if (Enum.TryParse<SignalSeverity>(s, ignoreCase: true, out var parsed) && !int.TryParse(s, out _))
                severity = parsed;
            else
                errors["severity"] = ["The severity is info, attention or urgent."];
        }
        if (state is not ("open" or "resolved" or "all"))
            errors["state"] = ["The state is open, resolved or all."];
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
        await audit.RecordListAsync(staff, $"list signals ({list.Count})", list.Select(s => s.CandidateId), ct);
        return TypedResults.Ok(list.OrderByDescending(s => s.Severity).ThenBy(s => s.OpenedAt).ThenBy(s => s.Id, StringComparer.Ordinal).ToList());
    }
}
