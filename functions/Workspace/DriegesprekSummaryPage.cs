using MimeKit;

namespace IpsMonitor.Workspace;

/// <summary>
/// The supervisor's summary of a recorded driegesprek: a printable page for the coach, the form that records the
/// candidate's agreement to share it, and the form that mails it to the supervisor's recorded address. The summary is
/// shown and mailed only once the candidate agreed; each view and each mail is an audited read of the candidate's record.
/// </summary>
internal sealed partial class DriegesprekSummaryPage(
    StaffPages pages, StaffGate gate, AuditLog audit, AccessStore access, CandidateForms forms, ShareDriegesprekSummary share,
    IOptions<CheckIns.SmtpOptions> smtp, ILogger<DriegesprekSummaryPage> logger)
{
    [Function("ShowDriegesprekSummary")]
    public async Task<IResult> Show(
        [HttpTrigger(AuthorizationLevel.Anonymous, "get",
            Route = "staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/summary")] HttpRequest request,
        string candidateId, string jobId, string talkId, CancellationToken ct)
    {
        if (!(await pages.SignedInAsync(request, ct)).Passed(out var staff, out var refusal))
            return refusal;
        // An id no talk could have is refused as an unknown record is; a talk not recorded yet reads as not shared.
        if (!IsTalkId(talkId) || !(await gate.JobAsync(staff, candidateId, jobId, ct)).Passed(out var admission, out _))
            return CandidatePage.NoAccess(request);
        await audit.RecordAsync(staff, "view driegesprek summary", candidateId, ct);
        var t = StaffPages.Text(request);
        var w = DriegesprekText.For(t.Lang);
        var chrome = pages.Chrome(request, t, staff.IsCoordinator, $"candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/summary");
        var job = admission.Job;
        var talk = job.Driegesprekken.FirstOrDefault(d => d.Id == talkId);
        var summary = talk is { Sharing: not null } ? DriegesprekSummaries.Of(t, job, talk, await CoachAsync(admission, ct)) : null;
        var mailable = summary is not null && Enabled && Address(job) is not null;
        var view = new DriegesprekSummaryView(chrome, summary?.Title ?? w.SummaryLink, chrome.Base + "candidates/" + candidateId, summary,
            summary is null ? w.NotShared : null,
            mailable ? chrome.Base + $"candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/summary/mail" : null,
            mailable ? string.Format(t.Culture, w.MailHint, job.Supervisor.Name ?? w.None) : null);
        return StaffPages.Page(await Views.RenderAsync<DriegesprekSummaryDocument>(new Dictionary<string, object?>
        {
            [nameof(DriegesprekSummaryDocument.View)] = view,
        }));
    }

    [Function("ShareDriegesprekSummaryForm")]
    public Task<IResult> Share(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/sharing")] HttpRequest request,
        string candidateId, string jobId, string talkId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), "driegesprek-record-title",
            $"share-{jobId}-{talkId}", f => new SummarySharingRequest(f.Bool("candidateAgreed")),
            (admission, r) => share.ShareAsync(admission, talkId, r, ct), ct, rules: (_, r) => ShareDriegesprekSummary.Rules(r));

    [Function("MailDriegesprekSummaryForm")]
    public Task<IResult> Mail(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post",
            Route = "staff/candidates/{candidateId}/jobs/{jobId}/driegesprekken/{talkId}/summary/mail")] HttpRequest request,
        string candidateId, string jobId, string talkId, CancellationToken ct) =>
        forms.HandleAsync(request, staff => gate.JobAsync(staff, candidateId, jobId, ct), SummaryMailed,
            $"mail-{jobId}-{talkId}", _ => new SummaryMailRequest(), (admission, _) => MailAsync(request, admission, talkId, ct), ct);

    /// <summary>What the candidate page is told after a mail went out, so its notice says the summary was sent, not saved.</summary>
    public const string SummaryMailed = "summary-mailed";

    /// <summary>The form of the ids <see cref="RecordDriegesprek"/> gives: "t" and the talk's number within its job.</summary>
    private static bool IsTalkId(string id) =>
        id.Length is > 1 and <= 5 && id[0] == 't' && id.AsSpan(1).IndexOfAnyExceptInRange('0', '9') < 0;

    /// <summary>The candidate's own coach, whom the supervisor reaches, whoever opens the page.</summary>
    private Task<Coach?> CoachAsync(JobAdmission admission, CancellationToken ct) =>
        access.GetCoachAsync(admission.File.Candidate.ProgrammeId, admission.File.Candidate.CoachId, ct);

    private bool Enabled => !string.IsNullOrWhiteSpace(smtp.Value.Host);

    /// <summary>The supervisor's recorded address, while contact with the supervisor is consented to.</summary>
    private static string? Address(Job job) => job.SupervisorConsentStands && !string.IsNullOrWhiteSpace(job.Supervisor.Email)
        ? job.Supervisor.Email : null;

    private async Task<Outcome<JobDto>> MailAsync(HttpRequest request, JobAdmission admission, string talkId, CancellationToken ct)
    {
        var job = admission.Job;
        if (job.Driegesprekken.FirstOrDefault(d => d.Id == talkId) is not { } talk)
            return new Refused(RefusalKind.NotFound, "Driegesprek not found");
        if (talk.Sharing is null)
            return new Refused(RefusalKind.NotNow, "Not shared", "The candidate has not agreed to share this summary.");
        if (Address(job) is not { } to)
            return new Refused(RefusalKind.NotNow, "No supervisor address", "The supervisor's e-mail address is not recorded, or contact is not consented to.");
        if (!Enabled)
            return new Refused(RefusalKind.NotNow, "Mail is off", "This installation sends no mail.");
        var t = StaffPages.Text(request);
        var w = DriegesprekText.For(t.Lang);
        var summary = DriegesprekSummaries.Of(t, job, talk, await CoachAsync(admission, ct));
        await audit.RecordAsync(admission.Staff, "mail driegesprek summary", admission.File.Candidate.Id, ct);
        if (!await TrySendAsync(to, summary.Title, summary.AsText(w), ct))
            return new Refused(RefusalKind.NotNow, "Not sent", "The mail server did not take the mail; nothing was sent.");
        return Outcome.Saved(job.AsDto());
    }

    /// <summary>Plain text only: the summary's own words, nothing else of the record.</summary>
    private async Task<bool> TrySendAsync(string to, string subject, string text, CancellationToken ct)
    {
        var o = smtp.Value;
        using var message = new MimeMessage();
        message.From.Add(new MailboxAddress(o.FromName, MailboxAddress.Parse(o.From).Address));
        message.To.Add(MailboxAddress.Parse(to));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = text };
        if (await CheckIns.SmtpDelivery.SendAsync(message, o, o.Host ?? "", ct) is not { } failure)
            return true;
        LogFailed(failure);
        return false;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Mailing a driegesprek summary failed: {Status}")]
    private partial void LogFailed(string status);
}
