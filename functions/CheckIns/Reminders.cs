namespace IpsMonitor.CheckIns;

/// <summary>
/// Reminds respondents of open check-ins, through an outbox: first the decision is stored as a pending reminder row (its
/// key makes it once per check-in and schedule place), then the mail goes and the row is marked sent. A host that dies in
/// between leaves the row pending, and the next run mails it, once. Everything that could forbid the mail (answered,
/// cancelled, consent withdrawn, discharged, erased, a link stopped) is checked again right before sending.
/// </summary>
internal sealed partial class Reminders(
    AccessStore access, CaseloadStore caseload, CheckInStore checkIns, ReminderStore store, LinkSeal seal, LinkMailer mailer,
    DataRights.ErasureTombstones tombstones, TimeProvider time, IOptions<ReminderOptions> options,
    IOptions<CheckInOptions> checkInOptions, ILogger<Reminders> logger)
{
    public async Task<(int Written, int Sent)> RunProgrammeAsync(string programmeId, CancellationToken ct)
    {
        if (!mailer.Enabled || !ReminderSchedule.InSendingHours(time.GetUtcNow(), options.Value.FromHour, options.Value.UntilHour))
            return (0, 0);
        var written = await WriteDueAsync(programmeId, ct);
        return (written, await SendPendingAsync(programmeId, ct));
    }

    /// <summary>The programme's own schedule, else the settings' default.</summary>
    public async Task<IReadOnlyList<int>> DaysAsync(string programmeId, CancellationToken ct) =>
        ReminderSchedule.Parse(await access.ReminderScheduleAsync(programmeId, ct))
        ?? ReminderSchedule.Parse(options.Value.Schedule) ?? [];

    private async Task<int> WriteDueAsync(string programmeId, CancellationToken ct)
    {
        var days = await DaysAsync(programmeId, ct);
        if (days.Count == 0)
            return 0;
        var now = time.GetUtcNow();
        var known = new List<Reminder>();
        await foreach (var reminder in store.ForProgrammeAsync(programmeId, null, ct))
            known.Add(reminder);
        var byCheckIn = known.ToLookup(r => (r.CandidateId, r.InvitationId));
        var written = 0;
        await foreach (var file in checkIns.ForProgrammeAsync(programmeId, nameof(InvitationState.Open), ct))
        {
            var invitation = file.Invitation;
            // A check-in whose link was never mailed nor handed over has nothing to remind of.
            if (file.SealedLink is null
                || ReminderSchedule.Due(days, invitation, byCheckIn[(invitation.CandidateId, invitation.Id)].ToList(), now, options.Value) is not { } number
                || await RecipientAsync(programmeId, invitation, ct) is null)
                continue;
            var reminder = new Reminder(invitation.CandidateId, invitation.Id, number, ProgrammeTime.DateOf(now), ReminderState.Pending, null);
            written += await store.TryAddAsync(programmeId, reminder, now, ct) ? 1 : 0;
        }
        return written;
    }

    /// <summary>Mails every pending reminder of the programme, or drops it when it may no longer go.</summary>
    private async Task<int> SendPendingAsync(string programmeId, CancellationToken ct)
    {
        var pending = new List<Reminder>();
        await foreach (var reminder in store.ForProgrammeAsync(programmeId, ReminderState.Pending, ct))
            pending.Add(reminder);
        var sent = 0;
        foreach (var reminder in pending)
        {
            try
            {
                sent += await SendAsync(programmeId, reminder, ct) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // One reminder's trouble must not hold up the others; it stays pending for the next run.
                LogFailed(e, reminder.InvitationId);
            }
        }
        return sent;
    }

    private async Task<bool> SendAsync(string programmeId, Reminder reminder, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var file = await checkIns.GetAsync(programmeId, reminder.CandidateId, reminder.InvitationId, ct);
        // The link the respondent holds now: one reissued by the coach replaced the seal, one stopped removed it.
        var token = seal.Open(file?.SealedLink);
        var recipient = file is { Invitation.State: InvitationState.Open } && file.Invitation.ExpiresAt > now
            && token is not null && Secrets.Hash(token) == file.TokenHash
            ? await RecipientAsync(programmeId, file.Invitation, ct) : null;
        if (recipient is not { } to)
        {
            await store.MarkAsync(programmeId, reminder, ReminderState.Dropped, null, ct);
            return false;
        }
        var mail = new LinkMail(to.Address, checkInOptions.Value.LinkBaseUrl + token, file!.Invitation.Respondent, to.Language,
            file.Invitation.ExpiresAt, Reminder: true, MessageId: MessageId(programmeId, reminder));
        if (!await mailer.TrySendAsync(mail, ct))
            return false;
        await store.MarkAsync(programmeId, reminder, ReminderState.Sent, time.GetUtcNow(), ct);
        return true;
    }

    /// <summary>
    /// Where the reminder may go, or null: the candidate still in IPS and not erased; a supervisor only of the check-in's
    /// own current job, with consent and a disclosure that allows contact. Supervisors get the candidate's language, as
    /// their invitation did.
    /// </summary>
    private async Task<(string Address, string Language)?> RecipientAsync(string programmeId, Invitation invitation, CancellationToken ct)
    {
        if (await caseload.GetAsync(programmeId, invitation.CandidateId, ct) is not { Candidate.IsDischarged: false } candidate
            || await tombstones.IsErasedAsync(invitation.CandidateId, ct))
            return null;
        var language = candidate.Candidate.Language;
        if (invitation.Respondent == Respondent.Candidate)
            return candidate.Email is { } email ? (email, language) : null;
        var job = invitation.JobId is { } jobId ? await caseload.JobAsync(programmeId, invitation.CandidateId, jobId, ct) : null;
        return job is { Supervisor.Email: { } address } && job.SupervisorMayBeAskedOn(time.Today()) ? (address, language) : null;
    }

    /// <summary>The same for every copy of one reminder, and holding no id: a hash of which reminder it is.</summary>
    private static string MessageId(string programmeId, Reminder r) =>
        $"{Secrets.Hash($"{programmeId}|{r.CandidateId}|{r.InvitationId}|{r.Number}")[..32]}@reminder.ipsmonitor.invalid";

    [LoggerMessage(Level = LogLevel.Error, Message = "A reminder for invitation {InvitationId} failed; it stays pending")]
    private partial void LogFailed(Exception e, string invitationId);
}
