using Microsoft.Azure.Functions.Worker;
using Azure;
using IpsMonitor.Access;
using IpsMonitor.Platform;

namespace IpsMonitor.Signals;

/// <summary>One candidate's signals, open and resolved (the history), and the coach's acknowledgement of one.</summary>
internal sealed class CandidateSignals(StaffGate gate, SignalStore signals, AuditLog audit, TimeProvider time)
{
    [Function("ListCandidateSignals")]
    public async Task<IResult> List([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "candidates/{candidateId}/signals")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var candidate = admission.File!.Candidate;
        var (stored, _) = await signals.LoadAsync(candidate.ProgrammeId, candidateId, ct);
        await audit.RecordAsync(admission.Staff!, "list candidate signals", candidateId, ct);
        return TypedResults.Ok(stored.OrderBy(s => s.ResolvedAt is not null).ThenByDescending(s => s.OpenedAt).Select(s => s.AsDto(candidate.CoachId)).ToList());
    }

    [Function("AcknowledgeSignal")]
    public async Task<IResult> Acknowledge([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "candidates/{candidateId}/signals/{signalId}/acknowledge")] HttpRequest request, string candidateId, string signalId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        var body = await RequestBody.ReadJsonAsync<AcknowledgeRequest>(request, ct);
        return body.Problem ?? await AcknowledgeAsync(admission, signalId, body.Value!, ct);
    }

    /// <summary>The acknowledgement itself, for the API and the staff pages alike.</summary>
    public async Task<IResult> AcknowledgeAsync(Admission admission, string signalId, AcknowledgeRequest r, CancellationToken ct)
    {
        var candidateId = admission.File!.Candidate.Id;
        var note = r.Note?.Trim();
        if (note is not null && Platform.Validation.Length(note) > 500)
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { ["note"] = ["The note is at most 500 characters."] });
        var staff = admission.Staff!;
        var by = staff.CoachId ?? $"coordinator:{staff.KeyId}";
        try
        {
            var acknowledged = await signals.AcknowledgeAsync(admission.File!.Candidate.ProgrammeId, candidateId, signalId, by, note, time.GetUtcNow(), ct);
            if (acknowledged is null)
                return TypedResults.Problem(title: "Signal not found", statusCode: StatusCodes.Status404NotFound);
            await audit.RecordAsync(staff, "acknowledge signal", candidateId, ct);
            return TypedResults.Ok(acknowledged.AsDto(admission.File.Candidate.CoachId));
        }
        catch (InvalidOperationException)
        {
            return TypedResults.Problem(title: "Signal resolved", detail: "This signal has resolved; it is kept as history.", statusCode: StatusCodes.Status409Conflict);
        }
        catch (RequestFailedException e) when (e.Status == 412)
        {
            return TypedResults.Problem(title: "Changed meanwhile", detail: "The signals were just recomputed; try again.", statusCode: StatusCodes.Status409Conflict);
        }
    }
}
