using IpsMonitor.Signals;

namespace IpsMonitor.Caseload;

/// <summary>
/// Everything stored about one candidate, for a subject access request: the record, the jobs, every check-in with the
/// answers and any unfinished draft, the signals, and who read the record when (the audit). What it leaves out and why
/// is in docs/privacy.md ("Export").
/// </summary>
public sealed record CandidateExport(
    string CandidateId, string ProgrammeId, string CoachId, string? LocalReference, string Language, string? Email,
    IReadOnlyList<Referral> Referrals, IReadOnlyList<Job> Jobs, IReadOnlyList<Invitation> CheckIns, IReadOnlyList<CheckInDraft> Drafts,
    IReadOnlyList<SignalDto> Signals, IReadOnlyList<RecordAccess> Accesses, DateTimeOffset ExportedAt)
{
    /// <summary>The coach's contact log about the candidate, newest first.</summary>
    public IReadOnlyList<Contact> Contacts { get; init; } = [];

    /// <summary>The coach's observations of the candidate, newest first.</summary>
    public IReadOnlyList<CoachObservation> Observations { get; init; } = [];
    /// <summary>The candidate's own development goals (reached ones too) and points for the next talk, in their words.</summary>
    public IReadOnlyList<Development.DevelopmentGoal> Goals { get; init; } = [];

    public IReadOnlyList<Development.TalkPoint> TalkPoints { get; init; } = [];

    /// <summary>When the fit of a job was reviewed at the end of its onboarding.</summary>
    public IReadOnlyList<Workspace.FitReview> FitReviews { get; init; } = [];
}

/// <summary>Answers saved on a check-in's screens but not sent yet.</summary>
public sealed record CheckInDraft(string InvitationId, IReadOnlyDictionary<string, string?> Answers);

/// <summary>One read or change of the candidate's record: when, by which role (and the key's label), what.</summary>
public sealed record RecordAccess(DateTimeOffset At, string Role, string? KeyLabel, string Action);

/// <summary>
/// The data subject's rights (GDPR art. 15 and 17), for coordinators: export everything about a candidate, or erase the
/// candidate with their answers, invitations and signals (see DataRights.CandidateErasure). Built workbooks keep their
/// aggregate counts; the audit log keeps that the erasure happened, under the pseudonymous id only.
/// </summary>
internal sealed class CandidateRecords(
    StaffGate gate, CaseloadStore caseload, CheckInStore checkIns, SignalStore signals, ContactStore contacts,
    ObservationStore observations, DataRights.CandidateErasure erasure,
    DataRights.ErasureTombstones tombstones, AuditLog audit, AuditTrail trail, TimeProvider time, Development.CandidateVoiceStore voices,
    Workspace.FitReviewStore fitReviews)
{
    [Function("ExportCandidate")]
    public Task<IResult> Export(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "candidates/{candidateId}/export")] HttpRequest request,
        string candidateId, CancellationToken ct) =>
        gate.CandidateAsync(request, candidateId, ct).RespondAsync(async admission =>
        {
            if (!admission.Staff.IsCoordinator)
                return CoordinatorsOnly();
            return await ExportAsync(admission.Staff, admission.File, "export candidate", ct) is { } export
                ? TypedResults.Ok(export)
                : new Refused(RefusalKind.NotNow, "Export incomplete", IncompleteExport).ToResult();
        });

    public const string IncompleteExport =
        "Some stored rows of this candidate could not be read, so an export would be incomplete; nothing was exported. The log names the rows.";

    /// <summary>
    /// Everything stored about the candidate, audited under the given action; the API and the staff page's download share it.
    /// Null when a row of the candidate could not be read: an access request answered with part of the data would mislead.
    /// </summary>
    public async Task<CandidateExport?> ExportAsync(Staff staff, VersionedCandidate file, string action, CancellationToken ct)
    {
        var (c, email) = (file.Candidate, file.Email);
        var unreadable = UnreadableRows.Count;
        var jobs = await caseload.JobsAsync(c.ProgrammeId, c.Id, ct);
        var invitations = await checkIns.ForCandidateAsync(c.ProgrammeId, c.Id, ct);
        var (stored, _) = await signals.LoadAsync(c.ProgrammeId, c.Id, ct);
        var logged = await contacts.AllAsync(c.ProgrammeId, c.Id, ct);
        var observed = await observations.AllAsync(c.ProgrammeId, c.Id, ct);
        var voice = await voices.ReadAsync(c.ProgrammeId, c.Id, ct);
        var reviews = await fitReviews.ForCandidateAsync(c.ProgrammeId, c.Id, ct);
        if (UnreadableRows.Count > unreadable)
            return null;
        // The export itself is audited first, so it lists itself too.
        await audit.RecordAsync(staff, action, c.Id, ct);
        var accesses = (await trail.ReadAsync(c.ProgrammeId, null, c.Id, ct))
            .Select(e => new RecordAccess(e.At, e.Role, e.KeyLabel, e.Action)).OrderBy(a => a.At).ToList();
        var drafts = invitations.Where(i => i.Draft.Any(d => d.Key != "lang"))
            .Select(i => new CheckInDraft(i.Invitation.Id, i.Draft)).ToList();
        // The supervisor's e-mail address is the supervisor's own data (GDPR art. 15(4)): the candidate gets the name only.
        var ownJobs = jobs.Select(j => j with { Supervisor = j.Supervisor with { Email = null } }).ToList();
        return new CandidateExport(c.Id, c.ProgrammeId, c.CoachId, c.LocalReference, c.Language, email, c.Referrals, ownJobs,
            invitations.Select(i => i.Invitation).ToList(), drafts, stored.Select(s => s.AsDto(c.CoachId)).ToList(), accesses, time.GetUtcNow())
        {
            Contacts = logged,
            Observations = observed,
            Goals = [.. voice.Goals.OrderBy(g => g.WrittenAt)],
            TalkPoints = [.. voice.Points.OrderBy(p => p.WrittenAt)],
            FitReviews = reviews,
        };
    }

    [Function("EraseCandidate")]
    public async Task<IResult> Erase(
        [HttpTrigger(AuthorizationLevel.Anonymous, "delete", Route = "candidates/{candidateId}")] HttpRequest request,
        string candidateId, CancellationToken ct)
    {
        // An erasure begun before is finished, even when the candidate row is already gone (see CandidateErasure).
        if (await tombstones.FindAsync(candidateId, ct) is { } begun)
        {
            if (!(await gate.ProgrammeAsync(request, begun.ProgrammeId, coordinatorOnly: true, ct)).Passed(out var coordinator, out var refused))
                return refused;
            await erasure.EraseAsync(begun.ProgrammeId, candidateId, coordinator, ct);
            return TypedResults.NoContent();
        }
        if (!(await gate.CandidateAsync(request, candidateId, ct)).Passed(out var admission, out var refusal))
            return refusal;
        if (!admission.Staff.IsCoordinator)
            return CoordinatorsOnly();
        await erasure.EraseAsync(admission.File.Candidate.ProgrammeId, candidateId, admission.Staff, ct);
        return TypedResults.NoContent();
    }

    private static IResult CoordinatorsOnly() =>
        new Refused(RefusalKind.Forbidden, "No access", "This key gives no access to this resource.").ToResult();
}
