using Microsoft.Azure.Functions.Worker;
using IpsMonitor.Access;
using IpsMonitor.CheckIns;
using IpsMonitor.Signals;

namespace IpsMonitor.Caseload;

/// <summary>Everything stored about one candidate, for a subject access request.</summary>
public sealed record CandidateExport(
    string CandidateId, string ProgrammeId, string CoachId, string? LocalReference, string Language, string? Email,
    IReadOnlyList<Referral> Referrals, IReadOnlyList<Job> Jobs, IReadOnlyList<Invitation> CheckIns, IReadOnlyList<SignalDto> Signals,
    DateTimeOffset ExportedAt);

/// <summary>
/// The data subject's rights (GDPR art. 15 and 17), for coordinators: export everything about a candidate, or erase the
/// candidate with their answers, invitations and signals. Built workbooks keep their aggregate counts; the audit log keeps
/// that the erasure happened, under the pseudonymous id only.
/// </summary>
internal sealed class CandidateRecords(StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, SignalStore signals, Development.DevelopmentLinkStore developmentLinks, AuditLog audit, TimeProvider time)
{
    [Function("ExportCandidate")]
    public async Task<IResult> Export([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "candidates/{candidateId}/export")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (!admission.Staff!.IsCoordinator)
            return CoordinatorsOnly();
        var (c, email) = (admission.File!.Candidate, admission.File.Email);
        var jobs = await caseload.JobsAsync(c.ProgrammeId, candidateId, ct);
        var invitations = await checkIns.ForCandidateAsync(c.ProgrammeId, candidateId, ct);
        var (stored, _) = await signals.LoadAsync(c.ProgrammeId, candidateId, ct);
        await audit.RecordAsync(admission.Staff, "export candidate", candidateId, ct);
        return TypedResults.Ok(new CandidateExport(c.Id, c.ProgrammeId, c.CoachId, c.LocalReference, c.Language, email, c.Referrals, jobs,
            invitations.Select(i => i.Invitation).ToList(), stored.Select(s => s.AsDto(c.CoachId)).ToList(), time.GetUtcNow()));
    }

    [Function("EraseCandidate")]
    public async Task<IResult> Erase([HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "candidates/{candidateId}")] HttpRequest request, string candidateId, CancellationToken ct)
    {
        var admission = await gate.CandidateAsync(request, candidateId, ct);
        if (admission.Denied is not null)
            return admission.Denied;
        if (!admission.Staff!.IsCoordinator)
            return CoordinatorsOnly();
        var programmeId = admission.File!.Candidate.ProgrammeId;
        // Answers and signals go before the candidate row, so an interrupted erasure can be repeated to the end.
        await checkIns.EraseAsync(programmeId, candidateId, ct);
        await developmentLinks.EraseAsync(programmeId, candidateId, ct);
        await signals.EraseAsync(programmeId, candidateId, ct);
        await caseload.EraseAsync(programmeId, candidateId, ct);
        // A recompute that read the candidate just before may have written meanwhile; from now on it finds nobody.
        await signals.EraseAsync(programmeId, candidateId, ct);
        await audit.RecordAsync(admission.Staff, "erase candidate", candidateId, ct);
        return TypedResults.NoContent();
    }

    private static IResult CoordinatorsOnly() =>
        TypedResults.Problem(title: "No access", detail: "This key gives no access to this resource.", statusCode: StatusCodes.Status403Forbidden);
}
