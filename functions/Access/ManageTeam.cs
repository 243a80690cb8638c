namespace IpsMonitor.Access;

public sealed record ReassignRequest(string? FromCoachId, string? ToCoachId, IReadOnlyList<string>? CandidateIds);

public sealed record Reassigned(string FromCoachId, string ToCoachId, IReadOnlyList<string> CandidateIds);

/// <summary>
/// Coordinators keep the team: list and revoke keys, move candidates between coaches, and deactivate a coach once their
/// caseload has moved (their keys are revoked with them). Every change is audited.
/// </summary>
internal sealed class ManageTeam(StaffGate gate, AccessStore access, CaseloadStore caseload, CaseloadSummaries summaries, AuditLog audit,
    TimeProvider time)
{
    [Function("ListStaffKeys")]
    public async Task<IResult> ListKeys(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "programmes/{programmeId}/keys")] HttpRequest request,
        string programmeId, CancellationToken ct)
    {
        var admission = await gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct);
        return admission.Refusal ?? TypedResults.Ok(await access.KeysAsync(programmeId, ct));
    }

    [Function("RevokeStaffKey")]
    public Task<IResult> RevokeKey(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/keys/{keyId}/revoke")] HttpRequest request,
        string programmeId, string keyId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct).AnswerAsync(staff => RevokeAsync(staff, keyId, ct));

    /// <summary>
    /// Revokes one key of the caller's programme; it stops working at once, also for its browser sessions. The programme's
    /// last working coordinator key is never revoked: nobody would be left to make a new one. A key revoked already is
    /// answered as done, without a second audit row.
    /// </summary>
    public async Task<Outcome<Done>> RevokeAsync(Staff staff, string keyId, CancellationToken ct)
    {
        var keys = Keys.IsSafe(keyId) ? await access.KeysAsync(staff.ProgrammeId, ct) : [];
        if (keys.FirstOrDefault(k => k.KeyId == keyId) is not { } key)
            return new Refused(RefusalKind.NotFound, "Key not found", "This programme has no key with this id.");
        if (IsLastCoordinatorKey(key, keys, time.GetUtcNow()))
            return new Refused(RefusalKind.NotNow, "Last coordinator key", "This is the programme's last working coordinator key; "
                + "create another coordinator key first.", ErrorCodes.LastCoordinatorKey);
        if (!await access.RevokeKeyAsync(staff.ProgrammeId, keyId, ct))
            return new Refused(RefusalKind.NotFound, "Key not found", "This programme has no key with this id.");
        if (!key.Revoked)
            await audit.RecordAsync(staff, $"revoke key {keyId}", null, ct);
        return Outcome.NoContent();
    }

    /// <summary>Whether revoking this key would leave the programme without a working coordinator key.</summary>
    public static bool IsLastCoordinatorKey(StaffKey key, IReadOnlyList<StaffKey> keys, DateTimeOffset now) =>
        Works(key, now) && key.Role == StaffRole.Coordinator
        && !keys.Any(k => k.KeyId != key.KeyId && k.Role == StaffRole.Coordinator && Works(k, now));

    private static bool Works(StaffKey key, DateTimeOffset now) => !key.Revoked && (key.ExpiresAt is null || key.ExpiresAt > now);

    [Function("ReassignCandidates")]
    public Task<IResult> Reassign(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/reassignments")] HttpRequest request,
        string programmeId, CancellationToken ct) =>
        JsonRoute<ReassignRequest>.AnswerAsync(
            gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct), request, ReassignAsync, ct);

    /// <summary>Moves the chosen candidates of one coach to another, active coach; each move is audited under the candidate.</summary>
    public async Task<Outcome<Reassigned>> ReassignAsync(Staff staff, ReassignRequest r, CancellationToken ct)
    {
        var programmeId = staff.ProgrammeId;
        var errors = new Dictionary<string, string[]>();
        var from = r.FromCoachId is { } fromId && Keys.IsSafe(fromId) ? await access.GetCoachAsync(programmeId, fromId, ct) : null;
        var to = r.ToCoachId is { } toId && Keys.IsSafe(toId) ? await access.GetCoachAsync(programmeId, toId, ct) : null;
        if (from is null)
            errors["fromCoachId"] = ["Name a coach of the programme."];
        if (to is not { Active: true } || to.Id == from?.Id)
            errors["toCoachId"] = ["Name another, active coach of the programme."];
        if (r.CandidateIds is not { Count: > 0 and <= 500 })
            errors["candidateIds"] = ["Choose 1 to 500 candidates."];
        if (errors.Count > 0 || from is null || to is null || r.CandidateIds is not { } ids)
            return Invalid.Of(errors);

        var files = new List<VersionedCandidate>();
        foreach (var id in ids.Distinct())
        {
            var file = Keys.IsSafe(id) ? await caseload.FindAsync(id, ct) : null;
            if (file is null || file.Candidate.ProgrammeId != programmeId || file.Candidate.CoachId != from.Id)
                return new Invalid("candidateIds", new ErrorCode(ErrorCodes.NotInCaseload, $"'{id}' is not in {from.Id}'s caseload."));
            files.Add(file);
        }
        foreach (var file in files)
        {
            // Each move stands on its own and is audited; one changed meanwhile stops the rest.
            if (await caseload.UpdateAsync(file with { Candidate = file.Candidate with { CoachId = to.Id } }, ct) is Write.Conflict)
                return Conflict.Meanwhile;
            await audit.RecordAsync(staff, $"reassign from {from.Id} to {to.Id}", file.Candidate.Id, ct);
            await summaries.RefreshAsync(programmeId, file.Candidate.Id, ct);
        }
        return Outcome.Saved(new Reassigned(from.Id, to.Id, files.Select(f => f.Candidate.Id).ToList()));
    }

    [Function("DeactivateCoach")]
    public Task<IResult> Deactivate(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "programmes/{programmeId}/coaches/{coachId}/deactivate")] HttpRequest request,
        string programmeId, string coachId, CancellationToken ct) =>
        gate.ProgrammeAsync(request, programmeId, coordinatorOnly: true, ct).AnswerAsync(staff => DeactivateAsync(staff, coachId, ct));

    /// <summary>Deactivates a coach whose candidates in IPS have all moved; refuses (409) while any remain.</summary>
    public async Task<Outcome<Coach>> DeactivateAsync(Staff staff, string coachId, CancellationToken ct)
    {
        var coach = Keys.IsSafe(coachId) ? await access.GetCoachAsync(staff.ProgrammeId, coachId, ct) : null;
        if (coach is null)
            return new Refused(RefusalKind.NotFound, "Coach not found");
        var remaining = 0;
        await foreach (var file in caseload.ListAsync(staff.ProgrammeId, ct))
            remaining += file.Candidate.CoachId == coachId && !file.Candidate.IsDischarged ? 1 : 0;
        if (remaining > 0)
            return new Refused(RefusalKind.NotNow, "Caseload not empty", $"Move the {remaining} candidates of {coachId} to another coach first.",
                ErrorCodes.CaseloadNotEmpty);
        if (coach.Active)
            await access.SaveCoachAsync(coach with { Active = false }, ct);
        var revoked = await access.RevokeCoachKeysAsync(staff.ProgrammeId, coachId, ct);
        // The same deactivation sent twice is done once: the second finds the coach inactive and writes no second row,
        // unless it had keys left to revoke (a first attempt stopped halfway).
        if (coach.Active || revoked > 0)
            await audit.RecordAsync(staff, $"deactivate coach {coachId} ({revoked} keys revoked)", null, ct);
        return Outcome.Saved(coach with { Active = false });
    }
}
