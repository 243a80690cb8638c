namespace IpsMonitor.Development;

/// <summary>
/// Shows "Mijn ontwikkeling" to a candidate who came with a working link. It reads the candidate's invitations and keeps
/// only their own answered check-ins; it never reads signals. Every view is written to the audit log before it is shown.
/// </summary>
internal sealed class DevelopmentView(CaseloadStore caseload, CheckInStore checkIns, AuditLog audit, GuessThrottle throttle,
    TimeProvider time)
{
    /// <summary>
    /// The view behind a personal link of either kind: refused while this client is guessing, an unknown token counted as
    /// a guess, and one "not available" page for a token that is unknown or no longer opens the view.
    /// </summary>
    /// <param name="find">Looks the cleaned token up; null when it is unknown.</param>
    /// <param name="opens">What the found link opens at this moment, or null when it opens nothing (any more).</param>
    public async Task<IResult> ShowByLinkAsync<TLink>(HttpRequest request, string token, Func<string, Task<TLink?>> find,
        Func<TLink, DateTimeOffset, DevelopmentTarget?> opens, CancellationToken ct) where TLink : class
    {
        var lang = Platform.Languages.Supported(request.Query["lang"].FirstOrDefault(), Platform.Languages.Respondent);
        if (await LinkRefusal.ForAsync(throttle, request.HttpContext, lang) is { } refused)
            return refused;
        var link = await find(CleanToken(token));
        if (link is null)
            await throttle.FailedAsync(Guess.Link, request.HttpContext, ct);
        return link is not null && opens(link, time.GetUtcNow()) is { } target
            ? await ShowAsync(target.ProgrammeId, target.CandidateId, target.ActorId, lang, ct)
            : await UnavailableAsync(lang);
    }

    /// <param name="actorId">The link that opened the view (a development link id or a check-in id), as the audit's actor.</param>
    public async Task<IResult> ShowAsync(string programmeId, string candidateId, string actorId, string? requestedLanguage, CancellationToken ct)
    {
        var file = await caseload.FindAsync(candidateId, ct);
        if (file is null || file.Candidate.ProgrammeId != programmeId || file.Candidate.IsDischarged)
            return await UnavailableAsync(requestedLanguage);
        var lang = Platform.Languages.Supported(requestedLanguage, Platform.Languages.Respondent) ?? file.Candidate.Language;
        var invitations = await checkIns.ForCandidateAsync(programmeId, candidateId, ct);
        var points = DevelopmentHistory.Of(invitations.Select(i => i.Invitation));
        await audit.RecordRespondentAsync(programmeId, actorId, "open development view", candidateId, ct);
        return RespondentPages.Html(await DevelopmentPage.RenderAsync(points, lang));
    }

    /// <summary>The same page for an unknown, expired or revoked link, so a page never confirms that a token exists.</summary>
    public static async Task<IResult> UnavailableAsync(string? requestedLanguage) =>
        RespondentPages.Html(await DevelopmentPage.UnavailableAsync(requestedLanguage), StatusCodes.Status404NotFound);

    /// <summary>
    /// A token as it arrives from a chat app, which often glues a ')', '.', ',' or '!' to the end of a link. Tokens are
    /// base64url, so anything outside that alphabet at the end is cut off.
    /// </summary>
    public static string CleanToken(string token) =>
        token.TrimEnd().TrimEnd(token.Where(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')).Distinct().ToArray());
}

/// <summary>The candidate whose view a link opens, and the link (a development link id or a check-in id) as the audit's actor.</summary>
internal sealed record DevelopmentTarget(string ProgrammeId, string CandidateId, string ActorId);
