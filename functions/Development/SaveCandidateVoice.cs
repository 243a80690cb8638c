using IpsMonitor.Workspace;

namespace IpsMonitor.Development;

/// <summary>
/// The candidate writes, changes, marks reached or removes a development goal, and writes or removes a point for the next
/// talk, from "Mijn ontwikkeling". Plain forms behind the candidate's own link: the antiforgery field (another site cannot
/// make a browser send them), the form's own id (a second send writes the same row), then a redirect to the page
/// (post/redirect/get). Bad input is answered with the page, a friendly message at the form and the text kept. Audited as
/// the link's holder.
/// </summary>
internal sealed class SaveCandidateVoice(
    DevelopmentView view, StaffPages forms, CaseloadStore caseload, CandidateVoiceStore voices, AuditLog audit, TimeProvider time)
{
    /// <summary>
    /// Posts to the page's own address, so a page shown again with a message (at this address) keeps every relative
    /// link and form of the page working. The hidden "list" field says which list the form is of.
    /// </summary>
    [Function("SaveCandidateVoice")]
    public Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "d/{token}")] HttpRequest request, string token,
        CancellationToken ct) =>
        view.OpenAsync(request, token, ct).RespondAsync(open => SaveAsync(request, open, ct));

    private async Task<IResult> SaveAsync(HttpRequest request, OpenLink open, CancellationToken ct)
    {
        var (link, clean, lang) = open;
        var words = DevelopmentText.For(lang);
        var text = words.Voice;
        // Checked first: the check reads the form as it arrived, and a refused form is shown again, not acted on.
        var forged = await forms.RefuseForgedAsync(request.HttpContext) is not null;
        var form = request.HasFormContentType ? await request.ReadFormAsync(ct) : null;
        var section = form?["list"] is ["points"] ? "points" : "goals";
        var goal = section == "goals";
        var id = form?["id"] is [{ } i] ? i : "";
        var written = form?["text"] is [{ } w] ? TextRule.Clean(w, multiLine: true).Trim() : "";
        var action = form?["action"] is [{ } a] ? a : "save";
        Task<IResult> Again(string message) => view.ShowAsync(request.HttpContext, link.ProgrammeId, link.CandidateId, link.Id, lang,
            clean, ct, new VoiceForms(forms.FormToken(request.HttpContext), null, section, new VoiceProblem(id, message, written)),
            StatusCodes.Status400BadRequest);

        // A form without a valid antiforgery field changes nothing: the page comes back with a fresh field and the text.
        if (forged)
            return await Again(text.FormExpired);
        if (!CandidateVoiceStore.IsId(id) || form?["list"] is not ["goals" or "points"] || action is not ("save" or "reached" or "remove")
            || (!goal && action == "reached"))
            return await Again(text.NotSaved);
        var file = await caseload.FindAsync(link.CandidateId, ct);
        if (file is null || file.Candidate.ProgrammeId != link.ProgrammeId || file.Candidate.IsDischarged)
            return await DevelopmentView.UnavailableAsync(lang);
        var (programmeId, candidateId) = (link.ProgrammeId, link.CandidateId);
        if (action == "remove")
        {
            await (goal ? voices.RemoveGoalAsync(programmeId, candidateId, id, ct) : voices.RemovePointAsync(programmeId, candidateId, id, ct));
            if (goal)
                await audit.RecordRespondentAsync(programmeId, link.Id, "remove development goal", candidateId, ct);
            else
                await audit.RecordRespondentAsync(programmeId, link.Id, "remove talk point", candidateId, ct);
            return Done(clean, lang, "removed", section);
        }
        var limit = goal ? CandidateVoice.GoalLength : CandidateVoice.PointLength;
        if (written.Length == 0)
            return await Again(text.Empty);
        if (written.Length > limit)
            return await Again(words.Ui.Format(text.TooLong, limit));

        var voice = await voices.ReadAsync(programmeId, candidateId, ct);
        var now = time.GetUtcNow();
        if (goal)
        {
            var earlier = voice.Goals.FirstOrDefault(g => g.Id == id);
            // A full list takes no new goal; a goal already there (or this form sent before) is changed in place.
            if (earlier is null && action == "save" && voice.ActiveGoals.Count >= CandidateVoice.MaxGoals)
                return await Again(text.GoalsFull);
            await voices.SaveGoalAsync(programmeId, candidateId, new DevelopmentGoal(id, written,
                action == "reached" ? GoalState.Reached : GoalState.Active, earlier?.WrittenAt ?? now, now), ct);
        }
        else
        {
            var earlier = voice.Points.FirstOrDefault(p => p.Id == id);
            if (earlier is null && voice.OpenPoints.Count >= CandidateVoice.MaxOpenPoints)
                return await Again(text.PointsFull);
            await voices.SavePointAsync(programmeId, candidateId, new TalkPoint(id, written, earlier?.WrittenAt ?? now, earlier?.DiscussedAt), ct);
        }
        if (goal)
            await audit.RecordRespondentAsync(programmeId, link.Id, "write development goal", candidateId, ct);
        else
            await audit.RecordRespondentAsync(programmeId, link.Id, "write talk point", candidateId, ct);
        return Done(clean, lang, "saved", section);
    }

    /// <summary>Back to the page, at the section the form was in, which then says what was done.</summary>
    private static IResult Done(string token, string? lang, string done, string section) =>
        RespondentPages.SeeOther($"{token}?lang={lang ?? Languages.Default}&{done}={section}#{section}");
}
