using Azure;

namespace IpsMonitor.Signals;

/// <summary>One candidate's signals, open and resolved (the history), and the coach's acknowledgement of one.</summary>
internal sealed class CandidateSignals(StaffGate gate, SignalStore signals, CaseloadSummaries summaries, AuditLog audit, TimeProvider time)
{
    [Function("ListCandidateSignals")]
    public Task<IResult> List(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "candidates/{candidateId}/signals")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            var candidate = admission.File.Candidate;
            var (stored, _) = await signals.LoadAsync(candidate.ProgrammeId, candidateId, ct);
            await audit.RecordAsync(admission.Staff, "list candidate signals", candidateId, ct);
            return TypedResults.Ok(stored.OrderBy(s => s.ResolvedAt is not null).ThenByDescending(s => s.OpenedAt)
                .Select(s => s.AsDto(candidate.CoachId)).ToList());
        });

    [Function("AcknowledgeSignal")]
    public Task<IResult> Acknowledge(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/signals/{signalId}/acknowledge")] HttpRequest request,
        string candidateId, string signalId, CancellationToken ct) =>
        JsonRoute<AcknowledgeRequest>.AnswerAsync(gate.CandidateAsync(request, candidateId, ct), request,
            (admission, body, c) => AcknowledgeAsync(admission, signalId, body, c), ct);

    /// <summary>The acknowledgement itself, for the API and the staff pages alike.</summary>
    public async Task<Outcome<SignalDto>> AcknowledgeAsync(Admission admission, string signalId, AcknowledgeRequest r, CancellationToken ct)
    {
        var candidateId = admission.File.Candidate.Id;
        var note = r.Note?.Trim();
        if (note is not null && !Platform.Validation.Fits(note, 500))
            return new Invalid("note", "The note is at most 500 characters.");
        var staff = admission.Staff;
        var by = staff.CoachId ?? $"coordinator:{staff.KeyId}";
        try
        {
            var acknowledged = await signals.AcknowledgeAsync(admission.File.Candidate.ProgrammeId, candidateId, signalId, by, note, time.GetUtcNow(), ct);
            if (acknowledged is null)
                return new Refused(RefusalKind.NotFound, "Signal not found");
            await audit.RecordAsync(staff, "acknowledge signal", candidateId, ct);
            await summaries.RefreshAsync(admission.File.Candidate.ProgrammeId, candidateId, ct);
            return Outcome.Saved(acknowledged.AsDto(admission.File.Candidate.CoachId));
        }
        catch (InvalidOperationException)
        {
            return new Refused(RefusalKind.NotNow, "Signal resolved", "This signal has resolved; it is kept as history.");
        }
        catch (RequestFailedException e) when (e.Status == StatusCodes.Status412PreconditionFailed)
        {
            return Conflict.Meanwhile;
        }
    }
}
