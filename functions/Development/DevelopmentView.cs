namespace IpsMonitor.Development;

/// <summary>
/// Shows "Mijn ontwikkeling" to a candidate who came with a working link. It reads the candidate's invitations and keeps
/// only their own answered check-ins; it never reads signals. Every view is written to the audit log before it is shown.
/// </summary>
internal sealed class DevelopmentView(
    CaseloadStore caseload, CheckInStore checkIns, AccessStore access, DevelopmentLinkStore links, AuditLog audit, ClientAddress clients,
    GuessThrottle throttle, TimeProvider time, CandidateVoiceStore voices)
{
    /// <summary>The language the link asks for (?lang=), if it is a respondent language.</summary>
    public static string? Language(HttpRequest request) =>
        Platform.Languages.Supported(request.Query["lang"].FirstOrDefault(), Platform.Languages.Respondent);

    /// <summary>A token that matches nothing: counted as a guess (429 past the limit), else the unavailable page.</summary>
    public async Task<IResult> WrongTokenAsync(HttpContext http, string? lang, CancellationToken ct) =>
        await LinkRefusal.AfterWrongTokenAsync(throttle, http, lang, ct) ?? await UnavailableAsync(lang);

    /// <summary>What a development link answers when it does not work: unknown, stopped by its holder, or expired.</summary>
    public async Task<IResult> NotWorkingAsync(HttpContext http, DevelopmentLink? link, string? lang, CancellationToken ct) =>
        link is null ? await WrongTokenAsync(http, lang, ct)
        : link.StoppedByHolder ? await StoppedAsync(lang) : await UnavailableAsync(lang);

    /// <summary>
    /// The working link a token names, with the page language asked for and the cleaned token; else what the link
    /// answers instead. Every page behind a development link starts here, so none shows more to a link that stopped.
    /// </summary>
    public async Task<Gated<OpenLink>> OpenAsync(HttpRequest request, string token, CancellationToken ct)
    {
        var (lang, clean) = (Language(request), CleanToken(token));
        var link = await links.FindByTokenAsync(clean, ct);
        return link is not null && link.WorksAt(time.GetUtcNow())
            ? Gated<OpenLink>.Pass(new OpenLink(link, clean, lang))
            : Gated<OpenLink>.Refuse(await NotWorkingAsync(request.HttpContext, link, lang, ct));
    }

    /// <param name="actorId">The link that opened the view (a development link id or a check-in id), as the audit's actor.</param>
    /// <param name="stopToken">The token of a development link, whose holder can stop it; null for a check-in's link.</param>
    /// <param name="forms">With the development link's token: the goals and talk points with their forms.</param>
    public async Task<IResult> ShowAsync(HttpContext http, string programmeId, string candidateId, string actorId,
        string? requestedLanguage, string? stopToken, CancellationToken ct, VoiceForms? forms = null, int status = StatusCodes.Status200OK)
    {
        var file = await caseload.FindAsync(candidateId, ct);
        if (file is null || file.Candidate.ProgrammeId != programmeId || file.Candidate.IsDischarged)
            return await UnavailableAsync(requestedLanguage);
        var lang = Platform.Languages.Supported(requestedLanguage, Platform.Languages.Respondent) ?? file.Candidate.Language;
        var invitations = await checkIns.ForCandidateAsync(programmeId, candidateId, ct);
        var points = DevelopmentHistory.Of(invitations.Select(i => i.Invitation));
        var coach = await access.GetCoachAsync(programmeId, file.Candidate.CoachId, ct);
        var place = ClientPlace.Of(clients.Of(http), http.Request.Headers.UserAgent.ToString(), candidateId);
        await audit.RecordRespondentAsync(programmeId, actorId, "open development view", candidateId, ct, place);
        var voice = stopToken is not null && forms is not null
            ? Voice(await voices.ReadAsync(programmeId, candidateId, ct), DevelopmentText.For(lang), stopToken, lang, forms) : null;
        // What was agreed is for the candidate's own link only, as their goals are: a check-in's thank-you page leaves it out.
        var agreed = voice is null ? null : AgreedView.Of(
            await caseload.JobsAsync(programmeId, candidateId, ct), ProgrammeTime.DateOf(time.GetUtcNow()), DevelopmentText.For(lang));
        return RespondentPages.Html(await DevelopmentPage.RenderAsync(points, lang, coach,
            stopToken is null ? null : $"{stopToken}/stop?lang={lang}", voice, agreed), status);
    }

    private static VoiceView Voice(CandidateVoice voice, DevelopmentText text, string token, string lang, VoiceForms forms)
    {
        var (goals, points) = (voice.ActiveGoals, voice.OpenPoints);
        // A new form that was refused keeps its id, so sending it again (corrected) still writes one row.
        // Only the list the refused form was of: the other list's new form gets its own id, so the message and the text
        // show at the one form that was sent, not at both.
        var problemId = forms.Problem?.Id;
        string NewId(string list, IEnumerable<string> taken) =>
            forms.Section == list && CandidateVoiceStore.IsId(problemId) && problemId is not null && !taken.Contains(problemId)
                ? problemId : Secrets.NewId(8);
        return new VoiceView($"{token}?lang={lang}", forms.Token,
            [.. goals.Select(g => new VoiceEntry(g.Id, g.Text))], NewId("goals", goals.Select(g => g.Id)), goals.Count >= CandidateVoice.MaxGoals,
            [.. voice.ReachedGoals.Select(g => new VoiceEntry(g.Id, g.Text,
                text.Ui.Format(text.Voice.ReachedOn, text.Date(ProgrammeTime.DateOf(g.ChangedAt)))))],
            [.. points.Select(p => new VoiceEntry(p.Id, p.Text))], NewId("points", points.Select(p => p.Id)), points.Count >= CandidateVoice.MaxOpenPoints,
            forms.Section == "goals" ? forms.Status : null, forms.Section == "points" ? forms.Status : null, forms.Problem);
    }

    /// <summary>The same page for an unknown, expired or revoked link, so a page never confirms that a token exists.</summary>
    public static async Task<IResult> UnavailableAsync(string? requestedLanguage) =>
        RespondentPages.Html(await DevelopmentPage.UnavailableAsync(requestedLanguage), StatusCodes.Status404NotFound);

    /// <summary>What a link its holder stopped answers, from the stop on (410: it is gone for good).</summary>
    public static async Task<IResult> StoppedAsync(string? requestedLanguage) =>
        RespondentPages.Html(await Platform.Views.RenderAsync<DevelopmentStopped>(new Dictionary<string, object?>
        {
            [nameof(DevelopmentStopped.Text)] = DevelopmentText.For(requestedLanguage),
        }), StatusCodes.Status410Gone);

    /// <summary>
    /// A token as it arrives from a chat app, which often glues a ')', '.', ',' or '!' to the end of a link. Tokens are
    /// base64url, so anything outside that alphabet at the end is cut off.
    /// </summary>
    public static string CleanToken(string token) =>
        token.TrimEnd().TrimEnd(token.Where(c => !(char.IsAsciiLetterOrDigit(c) || c is '-' or '_')).Distinct().ToArray());
}

/// <summary>A development link that works, the token that named it (cleaned) and the page language asked for.</summary>
internal sealed record OpenLink(DevelopmentLink Link, string Token, string? Lang);
