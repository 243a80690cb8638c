using Microsoft.Azure.Functions.Worker;
using System.Globalization;
using System.Text;
using IpsMonitor.Platform;
using IpsMonitor.Questionnaires;
using Microsoft.AspNetCore.WebUtilities;

namespace IpsMonitor.CheckIns;

/// <summary>
/// Receives one screen of answers. "Next" and "back" keep a draft on the server, so a reload or a later visit loses nothing;
/// "submit" checks every answer and then stores the answers and the invitation's new state in one conditional write, with
/// an outbox row, before the message goes on the queue. A double submit finds the invitation answered and thanks again.
/// </summary>
internal sealed class SubmitQuestionnaire(RespondentPages pages, QuestionnaireCatalog catalog, CheckInStore store, CheckInOutbox outbox, Access.AuditLog audit, TimeProvider time)
{
    public const int MaxBytes = 16 * 1024;

    [Function("SubmitQuestionnaire")]
    public async Task<IResult> Run([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "q/{token}")] HttpRequest request, string token, CancellationToken ct)
    {
        var (session, page) = await pages.OpenAsync(token, request.Query["lang"].FirstOrDefault(), ct);
        if (session is null)
            return page!;
        var lang = session.Language;
        if (session.File.Invitation.State == InvitationState.Answered)
            return Done(token, lang);

        if (!string.Equals(request.ContentType?.Split(';')[0].Trim(), "application/x-www-form-urlencoded", StringComparison.OrdinalIgnoreCase))
            return RespondentPages.Html(QuestionnairePage.Problem(lang, lang == "en" ? "The answers could not be read. Please go back and try again." : "De antwoorden konden niet gelezen worden. Ga terug en probeer het opnieuw."), StatusCodes.Status415UnsupportedMediaType);
        var bytes = await RequestBody.ReadLimitedAsync(request, ct, MaxBytes);
        if (bytes is null)
            return RespondentPages.Html(QuestionnairePage.Problem(lang, lang == "en" ? "That was too much text at once. Please shorten your answers and try again." : "Dat was te veel tekst in één keer. Maak je antwoorden wat korter en probeer het opnieuw."), StatusCodes.Status413PayloadTooLarge);

        var posted = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(bytes));
        // Cleaned by the one text rule before anything is kept, the draft included.
        var fields = posted.ToDictionary(p => p.Key, p => (string?)(p.Value.Count == 1 ? TextRule.Clean(p.Value[0] ?? "", multiLine: true) : null), StringComparer.Ordinal);
        var definition = catalog.Get(session.File.Invitation.QuestionnaireId, session.File.Invitation.QuestionnaireVersion);
        var step = int.TryParse(fields.GetValueOrDefault("step"), NumberStyles.None, CultureInfo.InvariantCulture, out var s) ? Math.Clamp(s, 1, definition.Groups.Count) : 1;
        var action = fields.GetValueOrDefault("action") ?? "next";

        for (var attempt = 0; ; attempt++)
        {
            var file = session.File;
            var group = definition.Groups[step - 1];
            var draft = Merge(file.Draft, group, fields, lang);
            var checkGroups = action == "submit" ? definition.Groups : [group];
            var parsed = AnswerForm.Parse(definition, checkGroups, Without(fields, group, draft), lang);
            // Going back keeps this screen's valid answers and drops the rest (an unfinished answer is no reason to stay).
            if (action == "back")
            {
                if (parsed.Errors.ContainsKey(AnswerForm.FormError))
                    return Redirect(token, lang, Math.Max(1, step - 1));
                foreach (var item in parsed.Errors.Keys)
                    draft.Remove(item);
            }
            else if (parsed.Errors.Count > 0)
            {
                var errorStep = action == "submit" ? FirstGroupWithError(definition, parsed.Errors) ?? step : step;
                await audit.RecordRespondentAsync(file, "questionnaire shown with errors", ct);
                return RespondentPages.Html(QuestionnaireForm.Render(definition, token, lang, errorStep, draft, parsed.Errors), StatusCodes.Status400BadRequest);
            }

            try
            {
                if (action != "submit")
                {
                    await store.SaveDraftAsync(file, draft, ct);
                    return Redirect(token, lang, action == "back" ? Math.Max(1, step - 1) : Math.Min(definition.Groups.Count, step + 1));
                }
                var answered = file.Invitation with { State = InvitationState.Answered, AnsweredAt = time.GetUtcNow(), Answers = parsed.Answers };
                if (await store.CloseAsync(file, answered, QueueNames.CheckInSubmitted, ct))
                {
                    await outbox.PublishAsync(QueueNames.CheckInSubmitted, new CheckInMessage(file.ProgrammeId, answered.CandidateId, answered.Id), ct);
                    await audit.RecordRespondentAsync(file, "submit questionnaire", ct);
                    return Done(token, lang);
                }
            }
            catch (Azure.RequestFailedException e) when (e.Status == 412)
            {
            }
            catch (Azure.RequestFailedException)
            {
                return RespondentPages.Html(QuestionnairePage.Problem(lang, lang == "en" ? "Your answers could not be saved just now. Please try again in a moment." : "Je antwoorden konden nu niet bewaard worden. Probeer het zo nog een keer."), StatusCodes.Status503ServiceUnavailable);
            }

            // Another tab or a retry changed the invitation first: read it again and decide anew.
            (session, page) = await pages.OpenAsync(token, lang, ct);
            if (session is null)
                return page!;
            if (session.File.Invitation.State == InvitationState.Answered)
                return Done(token, lang);
            if (attempt >= 2)
                return NotSaved(definition, token, lang, step, draft);
        }
    }

    /// <summary>
    /// Three lost races in a row: nothing of this screen was stored (earlier screens' draft is). Say so, and show the same
    /// screen with what the person gave, so one more click tries again and nothing has to be typed twice.
    /// </summary>
    private static IResult NotSaved(QuestionnaireDefinition definition, string token, string lang, int step, Dictionary<string, string?> draft) =>
        RespondentPages.Html(QuestionnaireForm.Render(definition, token, lang, step, draft, new Dictionary<string, string>
        {
            [AnswerForm.FormError] = lang == "en"
                ? "Your answers on this page have not been saved yet: the questionnaire was being changed at the same moment. They are still below; please try again."
                : "Je antwoorden op deze pagina zijn nog niet bewaard: de vragenlijst werd op hetzelfde moment ergens anders bijgewerkt. Ze staan hieronder nog; probeer het nog eens.",
        }), StatusCodes.Status409Conflict);

    /// <summary>The draft with this screen's fields replacing what was there; fields of other screens are kept.</summary>
    private static Dictionary<string, string?> Merge(IReadOnlyDictionary<string, string?> draft, ItemGroup group, Dictionary<string, string?> fields, string lang)
    {
        var merged = new Dictionary<string, string?>(draft, StringComparer.Ordinal) { ["lang"] = lang };
        foreach (var item in group.Items)
        {
            if (fields.GetValueOrDefault(item.Id) is { Length: > 0 } value)
                merged[item.Id] = value;
            else
                merged.Remove(item.Id);
        }
        return merged;
    }

    /// <summary>What the validator sees: the whole draft, plus any posted field that is not an item of this screen, so an unknown one is caught.</summary>
    private static Dictionary<string, string?> Without(Dictionary<string, string?> posted, ItemGroup group, Dictionary<string, string?> draft)
    {
        var all = new Dictionary<string, string?>(draft, StringComparer.Ordinal);
        all.Remove("lang");
        foreach (var (key, value) in posted)
            if (!group.Items.Any(i => i.Id == key) && key is not ("step" or "action" or "lang"))
                all[key] = value;
        return all;
    }

    private static int? FirstGroupWithError(QuestionnaireDefinition definition, IReadOnlyDictionary<string, string> errors)
    {
        for (var i = 0; i < definition.Groups.Count; i++)
            if (definition.Groups[i].Items.Any(item => errors.ContainsKey(item.Id)))
                return i + 1;
        return null;
    }

    private static IResult Redirect(string token, string lang, int step) => RespondentPages.SeeOther($"{token}?lang={lang}&step={step}");

    private static IResult Done(string token, string lang) => RespondentPages.SeeOther($"{token}?lang={lang}");
}
