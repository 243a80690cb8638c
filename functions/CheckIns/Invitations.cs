using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>Creates invitations for the current questionnaire of the respondent, and gives them links.</summary>
internal sealed class Invitations(CheckInStore store, QuestionnaireCatalog catalog, LinkMailer mailer,
    DataRights.ErasureTombstones tombstones, CaseloadSummaries summaries, TimeProvider time, IOptions<CheckInOptions> options)
{
    /// <summary>The id prefix of a check-in a coach asked a link for, outside the schedule.</summary>
    public const string OnDemand = "od";

    public bool CanMail => mailer.Enabled;

    public Invitation New(string candidateId, string invitationId, Respondent respondent, DateOnly dueDate, string? jobId)
    {
        var questionnaire = catalog.Current(respondent);
        var now = time.GetUtcNow();
        // Valid to the end of the local day ExpiryDays on: the date the mail and the pages name.
        var expiresAt = ProgrammeTime.EndOf(ProgrammeTime.DateOf(now).AddDays(options.Value.ExpiryDays));
        return new Invitation(invitationId, candidateId, respondent, jobId, dueDate, now, expiresAt,
            InvitationState.Open, null, questionnaire.Id, questionnaire.Version, new Dictionary<string, Answer>());
    }

    /// <summary>
    /// The respondent's open, unexpired check-in (a supervisor's: of that job), or a new one dated today when there is none:
    /// a candidate never holds two open check-ins for the same respondent. Null when it vanished between writing and reading.
    /// </summary>
    public async Task<VersionedInvitation?> OpenOrNewAsync(string programmeId, string candidateId, Respondent respondent, string? jobId,
        string idPrefix, CancellationToken ct)
    {
        var now = time.GetUtcNow();
        var open = (await store.ForCandidateAsync(programmeId, candidateId, ct))
            .Where(f => IsOpenFor(f.Invitation, respondent, jobId, now))
            .OrderByDescending(f => f.Invitation.CreatedAt).FirstOrDefault();
        if (open is not null)
            return open;
        var prefix = respondent == Respondent.Candidate ? "c" : "s";
        var created = New(candidateId, $"{prefix}-{idPrefix}-{Secrets.NewId(4)}", respondent, time.Today(), jobId);
        // The worklists show a new check-in from the candidate's summary (CaseloadSummary.RecentCheckIns).
        if (await store.TryCreateAsync(programmeId, created, ct))
            await summaries.RefreshAsync(programmeId, candidateId, ct);
        return await store.GetAsync(programmeId, candidateId, created.Id, ct);
    }

    /// <summary>Whether an invitation is a working open check-in of this respondent; a supervisor's counts only for its own job.</summary>
    public static bool IsOpenFor(Invitation invitation, Respondent respondent, string? jobId, DateTimeOffset now) =>
        invitation.Respondent == respondent && invitation.State == InvitationState.Open && invitation.ExpiresAt > now
        && (respondent == Respondent.Candidate || invitation.JobId == jobId);

    /// <summary>
    /// A fresh link for an open invitation; the previous link of that invitation stops working and its draft is cleared.
    /// issuedBy is "system" for a mailed link, or the staff actor who asked for it (see AuditLog.Actor).
    /// </summary>
    public async Task<string> IssueLinkAsync(VersionedInvitation file, string issuedBy, CancellationToken ct) =>
        options.Value.LinkBaseUrl + await store.IssueTokenAsync(file, issuedBy, ct);

    /// <summary>Mails a link to the respondent when an address is known and SMTP is on; the link is not kept.</summary>
    public async Task<bool> MailAsync(VersionedInvitation file, VersionedCandidate candidate, Job? job, CancellationToken ct)
    {
        if (!mailer.Enabled || Address(file, candidate, job) is null)
            return false;
        return await MailLinkAsync(await IssueLinkAsync(file, AuditLog.System, ct), file, candidate, job, ct);
    }

    /// <summary>
    /// Mails a link that was just issued, so the coach and the respondent hold the same one. Nothing goes out for a
    /// candidate whose erasure has begun, even when the caller read them just before.
    /// </summary>
    public async Task<bool> MailLinkAsync(string link, VersionedInvitation file, VersionedCandidate candidate, Job? job, CancellationToken ct) =>
        Address(file, candidate, job) is { } to && !await tombstones.IsErasedAsync(candidate.Candidate.Id, ct)
        && await mailer.TrySendAsync(to, link, file.Invitation.Respondent, candidate.Candidate.Language, file.Invitation.ExpiresAt, ct);

    /// <summary>A supervisor's link goes only to the supervisor of the invitation's own job, whatever job the caller holds.</summary>
    private static string? Address(VersionedInvitation file, VersionedCandidate candidate, Job? job) =>
        file.Invitation.Respondent == Respondent.Candidate ? candidate.Email
        : job is not null && job.Id == file.Invitation.JobId ? job.Supervisor.Email
        : null;
}
