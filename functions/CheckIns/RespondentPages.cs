using IpsMonitor.Questionnaires;

namespace IpsMonitor.CheckIns;

/// <summary>
/// What both questionnaire functions need: the invitation behind a link, whether it can still be answered, the language,
/// the questionnaire as this person sees it, what the page may say around it, and HTML responses with headers that keep
/// a link out of caches, referrers and search engines.
/// </summary>
internal sealed class RespondentPages(
    CheckInStore store, CaseloadStore caseload, AccessStore access, QuestionnaireCatalog catalog, GuessThrottle throttle, TimeProvider time)
{
    /// <summary>
    /// An open link. Token is the link's token without what a chat app glued to it; Definition holds only the items meant
    /// for this person (job items only for a candidate in work); Context is what the page may say around the questions,
    /// with the coach's name and phone once <see cref="HasCoach"/> (a POST that only redirects never shows them).
    /// </summary>
    public sealed record Session(VersionedInvitation File, string Token, string Language, QuestionnaireDefinition Definition, RespondentContext Context)
    {
        public bool HasCoach { get; init; }

        internal string CoachId { get; init; } = "";
    }

    /// <summary>
    /// A link pasted from SMS or WhatsApp often ends in ")", ".", "," or "!". Tokens are base64url (letters, digits, '-'
    /// and '_'), so anything else at the end of the path is not part of the token and is ignored.
    /// </summary>
    public static string CleanToken(string token)
    {
        var end = token.Length;
        while (end > 0 && !(char.IsAsciiLetterOrDigit(token[end - 1]) || token[end - 1] is '-' or '_'))
            end--;
        return token[..end];
    }

    /// <summary>The page for a link nobody holds, counted as a guess of this client (refused over the limit).</summary>
    private async Task<IResult> UnknownAsync(HttpContext http, string? lang, CancellationToken ct) =>
        await LinkRefusal.AfterWrongTokenAsync(throttle, http, lang, ct)
            ?? Html(await QuestionnairePage.UnavailableAsync(lang ?? Platform.Languages.Default, UnavailableReason.Unknown),
                StatusCodes.Status404NotFound);

    /// <summary>
    /// The session of a questionnaire request, in the language the link asked for (?lang=), without the coach's details:
    /// the handler reads those only when it shows a page.
    /// </summary>
    public Task<Gated<Session>> OpenAsync(HttpRequest request, string rawToken, CancellationToken ct) =>
        OpenAsync(request.HttpContext, rawToken, request.Query["lang"].FirstOrDefault(), ct, withCoach: false);

    /// <summary>
    /// The session, or the friendly page that explains why there is none (revealing nothing else). An unknown token counts
    /// as a guess of this client (<see cref="GuessThrottle"/>); a right token always opens, whatever this client guessed. The
    /// invitation, the candidate and the jobs are read side by side: the link's index names all three keys. withCoach false
    /// leaves the coach's details out (one read fewer) for a caller that renders a page only now and then: it calls
    /// WithCoachAsync first.
    /// </summary>
    public async Task<Gated<Session>> OpenAsync(
        HttpContext http, string rawToken, string? requestedLanguage, CancellationToken ct, bool withCoach = true)
    {
        var token = CleanToken(rawToken);
        var lang = Platform.Languages.Supported(requestedLanguage, Platform.Languages.Respondent);
        var target = await store.ResolveTokenAsync(token, ct);
        if (target is null)
            return Gated<Session>.Refuse(await UnknownAsync(http, lang, ct));
        var fileRead = store.GetAsync(target.ProgrammeId, target.CandidateId, target.InvitationId, ct);
        var candidateRead = caseload.GetAsync(target.ProgrammeId, target.CandidateId, ct);
        var jobsRead = caseload.JobsAsync(target.ProgrammeId, target.CandidateId, ct);
        await Task.WhenAll(fileRead, candidateRead, jobsRead);
        var (file, candidate, jobs) = (await fileRead, await candidateRead, await jobsRead);
        if (file is null || file.TokenHash != target.Hash)
            return Gated<Session>.Refuse(await UnknownAsync(http, lang, ct));

        var invitation = file.Invitation;
        // Asked for, else chosen on an earlier screen, else the candidate's own language; a supervisor starts in Dutch.
        var language = lang
            ?? Platform.Languages.Supported(file.Draft.GetValueOrDefault("lang"), Platform.Languages.Respondent)
            ?? (invitation.Respondent == Respondent.Candidate
                ? Platform.Languages.Supported(candidate?.Candidate.Language, Platform.Languages.Respondent)
                : null)
            ?? Platform.Languages.Default;
        if (invitation.State == InvitationState.Cancelled || candidate is null
            || (candidate.Candidate.IsDischarged && invitation.State != InvitationState.Answered))
            return Gated<Session>.Refuse(Html(await QuestionnairePage.UnavailableAsync(language, UnavailableReason.Cancelled), StatusCodes.Status410Gone));

        var today = Platform.ProgrammeTime.Today(time);
        var job = jobs.FirstOrDefault(j => j.Id == invitation.JobId);
        var context = invitation.Respondent == Respondent.Supervisor
            ? new RespondentContext(Respondent.Supervisor, JobTitle: job?.JobTitle, JobStart: job?.StartDate,
                CandidateFirstName: job?.Supervisor.Consent == true ? job.Supervisor.CandidateFirstName : null)
            : new RespondentContext(Respondent.Candidate);
        var definition = catalog.Get(invitation.QuestionnaireId, invitation.QuestionnaireVersion);
        definition = invitation.Respondent == Respondent.Candidate
            ? definition.AskedOf(inWork: jobs.Any(j => j.IsOpenOn(today)))
            : definition.AskedAbout(AdjustmentAsked.Of(job, invitation.Answers, today));
        var session = new Session(file, token, language, definition, context) { CoachId = candidate.Candidate.CoachId };
        if (withCoach)
            session = await WithCoachAsync(session, ct);

        if (invitation.State == InvitationState.Answered)
            return Gated<Session>.Pass(session);
        if (invitation.State == InvitationState.Missed || invitation.ExpiresAt <= time.GetUtcNow())
        {
            var coached = await WithCoachAsync(session, ct);
            var expired = await QuestionnairePage.UnavailableAsync(language, UnavailableReason.Expired, coached.Context);
            return Gated<Session>.Refuse(Html(expired, StatusCodes.Status410Gone));
        }
        // Consent can be withdrawn after a link went out; it is checked again on every visit.
        if (invitation.Respondent == Respondent.Supervisor && !(job is { SupervisorConsentStands: true } && job.RunsForSupervisorOn(today)))
            return Gated<Session>.Refuse(Html(await QuestionnairePage.UnavailableAsync(language, UnavailableReason.Cancelled), StatusCodes.Status410Gone));
        return Gated<Session>.Pass(session);
    }

    /// <summary>The session with the coach's name and phone in its context, for a page that shows them.</summary>
    public async Task<Session> WithCoachAsync(Session session, CancellationToken ct)
    {
        if (session.HasCoach)
            return session;
        var coach = await access.GetCoachAsync(session.File.ProgrammeId, session.CoachId, ct);
        var context = session.Context with
        {
            CoachName = coach?.Name,
            CoachPhone = coach?.Phone,
            CoachEmail = coach?.Email,
        };
        return session with { Context = context, HasCoach = true };
    }

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
            headers.ContentSecurityPolicy = Platform.HttpEdge.ContentSecurityPolicy;
            context.Response.StatusCode = status;
            context.Response.ContentType = "text/html; charset=utf-8";
            return context.Response.WriteAsync(html, context.RequestAborted);
        }
    }
}
