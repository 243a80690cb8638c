using IpsMonitor.Development;

namespace IpsMonitor.Workspace;

/// <summary>
/// "Besproken": the coach marks a point the candidate wrote for the talk as discussed, which takes it off the candidate
/// page, the agenda and the candidate's own list of open points. It stays stored (the export shows it) until erasure.
/// Through the candidate forms' one path (token, sign-in, admission), so a success redirects and a second send does
/// nothing again.
/// </summary>
internal sealed class TalkPointForms(CandidateForms forms, StaffGate gate, CandidateVoiceStore voices, AuditLog audit, TimeProvider time)
{
    [Function("MarkTalkPointDiscussed")]
    public Task<IResult> Discussed(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "staff/candidates/{candidateId}/talk-points/{pointId}/discussed")]
        HttpRequest request, string candidateId, string pointId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.CandidateAsync(staff, candidateId, ct), "voice", "point-" + pointId,
            _ => new NoFields(), (admission, _) => MarkAsync(admission, pointId, ct), ct);

    private async Task<Outcome<Done>> MarkAsync(Admission admission, string pointId, CancellationToken ct)
    {
        var candidate = admission.File.Candidate;
        if (candidate.IsDischarged)
            return new Invalid("candidate", "The candidate is discharged.");
        var voice = await voices.ReadAsync(candidate.ProgrammeId, candidate.Id, ct);
        if (voice.Points.FirstOrDefault(p => p.Id == pointId) is not { } point)
            return new Refused(RefusalKind.NotFound, "Not found", "The candidate has no such point for the talk.");
        // Discussed already (by a colleague, or this form sent before): nothing to write again.
        if (point.IsOpen)
        {
            await voices.SavePointAsync(candidate.ProgrammeId, candidate.Id, point with { DiscussedAt = time.GetUtcNow() }, ct);
            await audit.RecordAsync(admission.Staff, "mark talk point discussed", candidate.Id, ct);
        }
        return Outcome.NoContent();
    }

    /// <summary>The form sends no field: the route names the point.</summary>
    private sealed record NoFields;
}
