namespace IpsMonitor.CheckIns;

/// <summary>
/// Daily: creates the check-ins that are due (mailing links where an address is known) and records unanswered expired ones
/// as missed, each with a message for the signal function. Safe to run twice: due invitations have deterministic ids.
/// </summary>
internal sealed partial class ScheduleCheckIns(
    AccessStore access, CaseloadStore caseload, CheckInStore store, Invitations invitations, CheckInOutbox outbox,
    DataRights.ErasureTombstones tombstones, CaseloadSummaries summaries, TimeProvider time, IOptions<CheckInOptions> options,
    ILogger<ScheduleCheckIns> logger)
{
    [Function("ScheduleCheckIns")]
    public async Task Run([TimerTrigger("%ScheduleCheckInsSchedule%")] TimerInfo timer, CancellationToken ct)
    {
        foreach (var programmeId in await access.ProgrammeIdsAsync(ct))
        {
            try
            {
                var (created, missed) = await RunProgrammeAsync(programmeId, ct);
                LogDone(programmeId, created, missed, timer.IsPastDue);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One programme's trouble must not keep the others' check-ins from going out.
                LogFailed(e, programmeId);
            }
        }
    }

    public async Task<(int Created, int Missed)> RunProgrammeAsync(string programmeId, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var today = time.Today();
        var jobs = new Dictionary<string, List<Job>>();
        await foreach (var job in caseload.ProgrammeJobsAsync(programmeId, ct))
            (jobs.TryGetValue(job.CandidateId, out var list) ? list : jobs[job.CandidateId] = []).Add(job);

        var missed = 0;
        var open = new List<Invitation>();
        await foreach (var file in store.ForProgrammeAsync(programmeId, nameof(InvitationState.Open), ct))
        {
            if (IsForFormerSupervisor(file.Invitation, jobs, today))
            {
                // An end date that was ahead has come: the former supervisor's link stops, as an end recorded today stops it.
                // One answered or changed in the same moment is read again by the next run.
                await store.CancelAsync(file, ct);
                await summaries.RefreshAsync(programmeId, file.Invitation.CandidateId, ct);
                continue;
            }
            if (file.Invitation.ExpiresAt > now)
            {
                open.Add(file.Invitation);
                continue;
            }
            if (await store.CloseAsync(file, file.Invitation with { State = InvitationState.Missed }, QueueNames.CheckInMissed, ct))
            {
                await outbox.PublishAsync(QueueNames.CheckInMissed, new CheckInMessage(programmeId, file.Invitation.CandidateId, file.Invitation.Id), ct);
                missed++;
            }
        }

        var openByCandidate = open.ToLookup(i => i.CandidateId);
        var created = 0;
        await foreach (var candidate in caseload.ListAsync(programmeId, ct))
        {
            try
            {
                var theirs = openByCandidate[candidate.Candidate.Id].ToList();
                var made = await CreateDueAsync(programmeId, candidate, jobs.GetValueOrDefault(candidate.Candidate.Id) ?? [], theirs, ct);
                // The worklists show new check-ins from the candidate's summary (CaseloadSummary.RecentCheckIns).
                if (made > 0)
                    await summaries.RefreshAsync(programmeId, candidate.Candidate.Id, ct);
                created += made;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One candidate's trouble must not keep the rest of the caseload from their check-ins.
                LogCandidateFailed(e, candidate.Candidate.Id);
            }
        }
        return (created, missed);
    }

    private static bool IsForFormerSupervisor(Invitation invitation, Dictionary<string, List<Job>> jobs, DateOnly today) =>
        invitation.Respondent == Respondent.Supervisor
        && jobs.GetValueOrDefault(invitation.CandidateId)?.FirstOrDefault(j => j.Id == invitation.JobId) is { EndDate: { } end } && end <= today;


    private async Task<int> CreateDueAsync(string programmeId, VersionedCandidate candidate, List<Job> jobs, List<Invitation> open, CancellationToken ct)
    {
        var created = 0;
        var now = time.GetUtcNow();
        // A check-in still open for the same respondent (one a coach handed over, say) stands in for the due one: never two at once.
        var due = CheckInSchedule.DueOn(candidate.Candidate, jobs, time.Today(), options.Value)
            .Where(d => !open.Any(i => i.Id != d.InvitationId && Invitations.IsOpenFor(i, d.Respondent, d.JobId, now))).ToList();
        // A candidate whose erasure has begun gets nothing new, even when their row was read before it began.
        if (due.Count == 0 || await tombstones.IsErasedAsync(candidate.Candidate.Id, ct))
            return 0;
        foreach (var next in due)
        {
            var job = jobs.FirstOrDefault(j => j.Id == next.JobId);
            // Consent may have been withdrawn since the jobs were read at the start of the run: ask again right before.
            if (next.Respondent == Respondent.Supervisor
                && (job = await caseload.JobAsync(programmeId, candidate.Candidate.Id, next.JobId!, ct)) is not { SupervisorMayBeInvited: true })
                continue;
            var invitation = invitations.New(candidate.Candidate.Id, next.InvitationId, next.Respondent, next.DueDate, next.JobId);
            var isNew = await store.TryCreateAsync(programmeId, invitation, ct);
            if (isNew && await tombstones.IsErasedAsync(invitation.CandidateId, ct))
            {
                // The erasure began while this was written, and may have run past the check-ins already: take it back.
                await store.EraseAsync(programmeId, invitation.CandidateId, ct);
                return created;
            }
            created += isNew ? 1 : 0;
            if (!isNew && !invitations.CanMail)
                continue;
            // An open check-in without a link was never mailed (an earlier run stopped halfway): mail it now.
            var file = await store.GetAsync(programmeId, invitation.CandidateId, invitation.Id, ct);
            if (file is { Invitation.State: InvitationState.Open, TokenHash: null })
                await invitations.MailAsync(file, candidate, job, ct);
        }
        return created;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduling check-ins for candidate {CandidateId} failed")]
    private partial void LogCandidateFailed(Exception e, string candidateId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Check-ins for {ProgrammeId}: {Created} created, {Missed} missed (past due: {IsPastDue})")]
    private partial void LogDone(string programmeId, int created, int missed, bool isPastDue);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduling check-ins for {ProgrammeId} failed")]
    private partial void LogFailed(Exception e, string programmeId);
}
