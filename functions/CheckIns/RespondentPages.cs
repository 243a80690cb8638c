using IpsMonitor.Caseload;
using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// What both questionnaire functions need: the invitation behind a link, whether it can still be answered, the language,
/// and HTML responses with headers that keep a link out of caches, referrers and search engines.
/// </summary>
internal sealed class RespondentPages(CheckInStore store, CaseloadStore caseload, TimeProvider time)
{
    public sealed record Session(InvitationFile File, string Language);

    /// <summary>The session, or the friendly page that explains why there is none (revealing nothing else).</summary>
    public async Task<(Session? Session, IResult? Page)> OpenAsync(string token, string? requestedLanguage, CancellationToken ct)
    {
        var lang = requestedLanguage is "nl" or "en" ? requestedLanguage : null;
        var file = await store.FindByTokenAsync(token, ct);
        if (file is null)
            return (null, Html(QuestionnairePage.Unavailable(lang ?? "nl", UnavailableReason.Unknown), StatusCodes.Status404NotFound));

        var candidate = await caseload.FindAsync(file.Invitation.CandidateId, ct);
        string language = lang ?? (file.Draft.GetValueOrDefault("lang") is "en" ? "en"
            : file.Draft.GetValueOrDefault("lang") is "nl" ? "nl"
            : file.Invitation.Respondent == Respondent.Candidate && candidate?.Candidate.Language is "en" ? "en" : "nl");

        var invitation = file.Invitation;
        if (invitation.State == InvitationState.Answered)
            return (new Session(file, language), null);
        if (invitation.State == InvitationState.Cancelled || candidate is null || candidate.Candidate.IsDischarged)
            return (null, Html(QuestionnairePage.Unavailable(language, UnavailableReason.Cancelled), StatusCodes.Status410Gone));
        if (invitation.State == InvitationState.Missed || invitation.ExpiresAt <= time.GetUtcNow())
            return (null, Html(QuestionnairePage.Unavailable(language, UnavailableReason.Expired), StatusCodes.Status410Gone));
        if (invitation.Respondent == Respondent.Supervisor && !await ConsentStandsAsync(file, ct))
            return (null, Html(QuestionnairePage.Unavailable(language, UnavailableReason.Cancelled), StatusCodes.Status410Gone));
        return (new Session(file, language), null);
    }

    /// <summary>Consent can be withdrawn after a link went out; it is checked again on every visit.</summary>
    private async Task<bool> ConsentStandsAsync(InvitationFile file, CancellationToken ct) =>
        file.Invitation.JobId is { } jobId
        && await caseload.JobAsync(file.ProgrammeId, file.Invitation.CandidateId, jobId, ct) is { SupervisorConsentStands: true } job
        && job.IsOpenOn(Platform.ProgrammeTime.Today(time));

    public static IResult Html(string page, int status = StatusCodes.Status200OK) => new HtmlPage(page, status);

    /// <summary>303: after a POST the browser fetches the next page with GET, so a reload never posts twice.</summary>
    public static IResult SeeOther(string location) => new SeeOtherResult(location);

    private sealed class SeeOtherResult(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            context.Response.StatusCode = StatusCodes.Status303SeeOther;
            context.Response.Headers.Location = location;
            context.Response.Headers.CacheControl = "no-store";
            return Task.CompletedTask;
        }
    }

    private sealed class HtmlPage(string html, int status) : IResult
    {
        public Task ExecuteAsync(HttpContext context)
        {
            var headers = context.Response.Headers;
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers["X-Content-Type-Options"] = "nosniff";
            headers["X-Robots-Tag"] = "noindex, nofollow";
            headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(html, context.RequestAborted);
        }
    }
}
