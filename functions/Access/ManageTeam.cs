using IpsMonitor.Caseload;
using IpsMonitor.Platform;
using Microsoft.Azure.Functions.Worker;

namespace IpsMonitor.Access;

public sealed record ReassignRequest(string? FromCoachId, string? ToCoachId, IReadOnlyList<string>? CandidateIds);

public sealed record Reassigned(string FromCoachId, string ToCoachId, IReadOnlyList<string> CandidateIds);

/// <summary>
/// Coordinators keep the team: list and revoke keys, move candidates between coaches, and deactivate a coach once their
/// caseload has moved (their keys are revoked with them). Every change is audited.
/// </summary>
internal sealed class ManageTeam(StaffGate gate, AccessStore access, CaseloadStore caseload, AuditLog audit)
{
    [Function("ListStaffKeys")]
    public async Task<IResult> ListKeys([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/keys")] HttpRequest request, string programmeId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        return admission.Denied ?? TypedResults.Ok(await access.KeysAsync(programmeId, ct));
    }

    [Function("RevokeStaffKey")]
    public async Task<IResult> RevokeKey([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/keys/{keyId}/revoke")] HttpRequest request, string programmeId, string keyId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        return admission.Denied ?? await RevokeAsync(admission.Staff!, keyId, ct);
    }

    /// <summary>Revokes one key of the caller's programme; it stops working at once, also for its browser sessions.</summary>
    public async Task<IResult> RevokeAsync(Staff staff, string keyId, CancellationToken ct)
    {
        if (!Keys.IsSafe(keyId) || !await access.RevokeKeyAsync(staff.ProgrammeId, keyId, ct))
            return TypedResults.Problem(title: "Key not found", detail: "This programme has no key with this id.", statusCode: StatusCodes.Status404NotFound);
        await audit.RecordAsync(staff, $"revoke key {keyId}", null, ct);
        return TypedResults.NoContent();
    }

    [Function("ReassignCandidates")]
    public async Task<IResult> Reassign([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/reassignments")] HttpRequest request, string programmeId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var body = await RequestBody.ReadJsonAsync<ReassignRequest>(request, ct);
        return body.Problem ?? await ReassignAsync(admission.Staff!, body.Value!, ct);
    }

    /// <summary>Moves the chosen candidates of one coach to another, active coach; each move is audited under the candidate.</summary>
    public async Task<IResult> ReassignAsync(Staff staff, ReassignRequest r, CancellationToken ct)
    {
        var programmeId = staff.ProgrammeId;
        var errors = new Dictionary<string, string[]>();
        var from = Keys.IsSafe(r.FromCoachId) ? await access.GetCoachAsync(programmeId, r.FromCoachId!, ct) : null;
        var to = Keys.IsSafe(r.ToCoachId) ? await access.GetCoachAsync(programmeId, r.ToCoachId!, ct) : null;
        if (from is null)
            errors["fromCoachId"] = ["Name a coach of the programme."];
        if (to is not { Active: true } || to.Id == from?.Id)
            errors["toCoachId"] = ["Name another, active coach of the programme."];
        if (r.CandidateIds is not { Count: > 0 and <= 500 } ids)
            errors["candidateIds"] = ["Choose 1 to 500 candidates."];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors);

        var files = new List<CandidateFile>();
        foreach (var id in r.CandidateIds!.Distinct())
        {
            var file = Keys.IsSafe(id) ? await caseload.FindAsync(id, ct) : null;
            if (file is null || file.Candidate.ProgrammeId != programmeId || file.Candidate.CoachId != from!.Id)
                return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["candidateIds"] = [$"'{id}' is not in {from!.Id}'s caseload."] });
            files.Add(file);
        }
        foreach (var file in files)
        {
            await caseload.UpdateAsync(file with { Candidate = file.Candidate with { CoachId = to!.Id } }, ct);
            await audit.RecordAsync(staff, $"reassign from {from!.Id} to {to.Id}", file.Candidate.Id, ct);
        }
        return TypedResults.Ok(new Reassigned(from!.Id, to!.Id, files.Select(f => f.Candidate.Id).ToList()));
    }

    [Function("DeactivateCoach")]
    public async Task<IResult> Deactivate([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/coaches/{coachId}/deactivate")] HttpRequest request, string programmeId, string coachId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        return admission.Denied ?? await DeactivateAsync(admission.Staff!, coachId, ct);
    }

    /// <summary>Deactivates a coach whose candidates in IPS have all moved; refuses (409) while any remain.</summary>
    public async Task<IResult> DeactivateAsync(Staff staff, string coachId, CancellationToken ct)
    {
        var coach = Keys.IsSafe(coachId) ? await access.GetCoachAsync(staff.ProgrammeId, coachId, ct) : null;
        if (coach is null)
            return TypedResults.Problem(title: "Coach not found", statusCode: StatusCodes.Status404NotFound);
        var remaining = 0;
        await foreach (var file in caseload.ListAsync(staff.ProgrammeId, ct))
            remaining += file.Candidate.CoachId == coachId && !file.Candidate.IsDischarged ? 1 : 0;
        if (remaining > 0)
            return TypedResults.Problem(title: "Caseload not empty", detail: $"Move the {remaining} candidates of {coachId} to another coach first.", statusCode: StatusCodes.Status409Conflict);
        await access.SaveCoachAsync(coach with { Active = false }, ct);
        var revoked = await access.RevokeCoachKeysAsync(staff.ProgrammeId, coachId, ct);
        await audit.RecordAsync(staff, $"deactivate coach {coachId} ({revoked} keys revoked)", null, ct);
        return TypedResults.Ok(coach with { Active = false });
    }
}
