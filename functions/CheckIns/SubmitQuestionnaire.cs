using System.Globalization;
using System.Text;
using IpsMonitor.Questionnaires;
using Microsoft.AspNetCore.WebUtilities;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Receives one screen of answers. "Next" and "back" keep a draft on the server, so a reload or a later visit loses nothing;
/// "submit" checks every answer and then stores the answers and the invitation's new state in one conditional write, with
/// an outbox row, before the message goes on the queue. A double submit finds the invitation answered and thanks again.
/// </summary>
internal sealed class SubmitQuestionnaire(RespondentPages pages, CheckInStore store, CheckInOutbox outbox, Access.AuditLog audit,
    TimeProvider time, ILogger<SubmitQuestionnaire> logger)
{
    public const int MaxBytes = 16 * 1024;

    [Function("SubmitQuestionnaire")]
    public async Task<IResult> Run(
        [HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "q/{token}")] HttpRequest request,
        string token, CancellationToken ct)
    {
        // Most posts only redirect, so the coach's details (for a page) are read only when a page is shown.
        if (!(await pages.OpenAsync(request, token, ct)).Passed(out var session, out var page))
            return page;
        var lang = session.Language;
        if (session.File.Invitation.State == InvitationState.Answered)
            return Done(session.Token, lang);

        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return RespondentPages.Html(await QuestionnairePage.ProblemAsync(lang, t => t.Unreadable), StatusCodes.Status415UnsupportedMediaType);
        var bytes = await RequestBody.ReadLimitedAsync(request, ct, MaxBytes);
        if (bytes is null)
            return RespondentPages.Html(await QuestionnairePage.ProblemAsync(lang, t => t.TooMuchText), StatusCodes.Status413PayloadTooLarge);

        var posted = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(bytes));
        // Cleaned by the one text rule before anything is kept, the draft included.
        var fields = posted.ToDictionary(p => p.Key,
            p => (string?)(p.Value.Count == 1 ? TextRule.Clean(p.Value[0] ?? "", multiLine: true) : null), StringComparer.Ordinal);
        var definition = session.Definition;
        var step = int.TryParse(fields.GetValueOrDefault("step"), NumberStyles.None, CultureInfo.InvariantCulture, out var s)
            ? Math.Clamp(s, 1, definition.Groups.Count) : 1;
        var action = fields.GetValueOrDefault("action") ?? "next";

        for (var attempt = 0; ; attempt++)
        {
            var file = session.File;
            var group = definition.Groups[step - 1];
            var draft = QuestionnaireDraft.Merge(file.Draft, definition, group, fields, lang);
            IReadOnlyList<string> notKept = [];
            if (action.StartsWith(QuestionnairePage.SwitchLanguage, StringComparison.Ordinal))
            {
                // Everything on this screen is kept as typed, even what is not valid yet: it is checked on "next".
                lang = QuestionnairePage.SwitchedTo(action) ?? lang;
                draft["lang"] = lang;
            }
            else
            {
                var checkGroups = action == "submit" ? definition.Groups : [group];
                var parsed = AnswerForm.Parse(definition, checkGroups, Without(fields, group, draft), lang);
                if (action == "back")
                {
                    if (parsed.Errors.ContainsKey(AnswerForm.FormError))
                        return Redirect(session.Token, lang, Math.Max(1, step - 1));
                    notKept = QuestionnaireDraft.KeepValidOnBack(draft, file.Draft, definition, group, parsed.Errors, lang);
                }
                else if (parsed.NeedsAttention)
                {
                    var errorStep = action == "submit" ? FirstGroupWithError(definition, parsed.Errors.Keys.Concat(parsed.Checks.Keys)) ?? step : step;
                    var shown = pages.WithCoachAsync(session, ct);
                    await Task.WhenAll(shown, audit.RecordRespondentAsync(file, "questionnaire shown with errors", ct));
                    var status = parsed.Errors.Count > 0 ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;
                    return RespondentPages.Html(await QuestionnaireForm.RenderAsync(await shown, lang, errorStep, draft, parsed.Errors, parsed.Checks),
                        status);
                }
                else if (action == "submit")
                {
                    var answered = file.Invitation with { State = InvitationState.Answered, AnsweredAt = time.GetUtcNow(), Answers = parsed.Answers };
                    bool closed;
                    try
                    {
                        closed = await store.CloseAsync(file, answered, QueueNames.CheckInSubmitted, ct);
                    }
                    catch (Exception e) when (StorageFault.IsUnavailable(e))
                    {
                        // The write may have reached storage before it stopped answering: the page says the outcome is
                        // not known yet, and the next press finds the check-in answered (the thank-you) or stores it.
                        return UnhandledError.TryAgain(request.HttpContext, lang);
                    }
                    catch (Azure.RequestFailedException e) when (e.Status == 412)
                    {
                        closed = false;
                    }
                    if (closed)
                    {
                        // The answers and their outbox row are stored: what follows can fail without unsaying that (the
                        // outbox sweep sends the message later). Both run side by side.
                        await Task.WhenAll(
                            outbox.PublishAsync(QueueNames.CheckInSubmitted, new CheckInMessage(file.ProgrammeId, answered.CandidateId, answered.Id), ct),
                            RecordSubmitAsync(file, ct));
                        return Done(session.Token, lang);
                    }
                }
                else
                {
                    QuestionnaireDraft.SetReached(draft, Math.Min(definition.Groups.Count, step + 1));
                }
            }

            if (action != "submit")
            {
                try
                {
                    await store.SaveDraftAsync(file, draft, ct);
                    var to = action switch { "back" => Math.Max(1, step - 1), "next" => Math.Min(definition.Groups.Count, step + 1), _ => step };
                    return Redirect(session.Token, lang, to, notKept);
                }
                catch (Exception e) when (StorageFault.IsUnavailable(e))
                {
                    return UnhandledError.TryAgain(request.HttpContext, lang);
                }
                catch (Azure.RequestFailedException e) when (e.Status == 412)
                {
                }
            }

            // Another tab or a retry changed the invitation first: read it again and decide anew.
            if (!(await pages.OpenAsync(request.HttpContext, token, lang, ct, withCoach: false)).Passed(out session, out page))
                return page;
            if (session.File.Invitation.State == InvitationState.Answered)
                return Done(session.Token, lang);
            if (attempt >= 2)
                return await NotSavedAsync(await pages.WithCoachAsync(session, ct), lang, step, draftOf(session));
        }

        Dictionary<string, string?> draftOf(RespondentPages.Session current) =>
            QuestionnaireDraft.Merge(current.File.Draft, definition, definition.Groups[step - 1], fields, lang);
    }

    /// <summary>
    /// Three lost races in a row: nothing of this screen was stored (earlier screens' draft is). Say so, and show the same
    /// screen with what the person gave, so one more click tries again and nothing has to be typed twice.
    /// </summary>
    private static async Task<IResult> NotSavedAsync(RespondentPages.Session session, string lang, int step, Dictionary<string, string?> draft) =>
        RespondentPages.Html(await QuestionnaireForm.RenderAsync(session, lang, step, draft, new Dictionary<string, string>
        {
            [AnswerForm.FormError] = UiText.For(lang).NotSavedRace,
        }), StatusCodes.Status409Conflict);

    /// <summary>What the validator sees: the whole draft, plus any posted field that is not an item of this screen, so an unknown one is caught.</summary>
    private static Dictionary<string, string?> Without(Dictionary<string, string?> posted, ItemGroup group, Dictionary<string, string?> draft)
    {
        var all = new Dictionary<string, string?>(draft, StringComparer.Ordinal);
        all.Remove("lang");
        foreach (var (key, value) in posted)
            if (!group.Items.Any(i => i.Id == key || Plausibility.ConfirmField(i.Id) == key) && key is not ("step" or "action" or "lang"))
                all[key] = value;
        return all;
    }

    private static int? FirstGroupWithError(QuestionnaireDefinition definition, IEnumerable<string> itemIds)
    {
        var ids = itemIds.ToHashSet();
        for (var i = 0; i < definition.Groups.Count; i++)
            if (definition.Groups[i].Items.Any(item => ids.Contains(item.Id)))
                return i + 1;
        return null;
    }

    private static IResult Redirect(string token, string lang, int step, IReadOnlyList<string>? notKept = null) =>
        RespondentPages.SeeOther($"{token}?lang={lang}&step={step}" + (notKept is { Count: > 0 } ? "&kept=" + string.Join(',', notKept) : ""));

    private static IResult Done(string token, string lang) => RespondentPages.SeeOther($"{token}?lang={lang}&sent=1");

    /// <summary>The audit row of a stored submit; storage that stops answering now must not turn the thank-you into a fault.</summary>
    private async Task RecordSubmitAsync(VersionedInvitation file, CancellationToken ct)
    {
        try
        {
            await audit.RecordRespondentAsync(file, "submit questionnaire", ct);
        }
        catch (Exception e) when (StorageFault.IsUnavailable(e))
        {
            logger.LogWarning("The audit row of a stored submit could not be written: storage did not answer");
        }
    }
}
